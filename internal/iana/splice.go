package iana

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
)

// splicer edits a YAML file in place: yaml.v3's nodes say where things
// are, and only the bytes of what changes are replaced. Encoding the whole
// node tree again would rewrap every folded description and drop the blank
// lines between entries; splicing keeps every byte it does not change.
type splicer struct {
	path  string
	data  []byte
	start []int // byte offset of each line's start; line n is start[n-1]
	edits []edit
}

// edit replaces data[from:to] with text; from == to inserts.
type edit struct {
	from, to int
	text     string
}

func newSplicer(path string, data []byte) *splicer {
	s := &splicer{path: path, data: data, start: []int{0}}
	for i, b := range data {
		if b == '\n' && i+1 < len(data) {
			s.start = append(s.start, i+1)
		}
	}
	return s
}

// result applies the edits, which must not overlap; edits at one offset
// keep the order in which they were made.
func (s *splicer) result() ([]byte, error) {
	slices.SortStableFunc(s.edits, func(a, b edit) int { return a.from - b.from })
	var out bytes.Buffer
	at := 0
	for _, e := range s.edits {
		if e.from < at {
			return nil, fmt.Errorf("internal error: overlapping edits at byte %d", e.from)
		}
		out.Write(s.data[at:e.from])
		out.WriteString(e.text)
		at = e.to
	}
	out.Write(s.data[at:])
	return out.Bytes(), nil
}

func (s *splicer) lines() int { return len(s.start) }

// line returns line n without its line break.
func (s *splicer) line(n int) string {
	end := len(s.data)
	if n < len(s.start) {
		end = s.start[n]
	}
	return strings.TrimRight(string(s.data[s.start[n-1]:end]), "\r\n")
}

// offset is the byte offset of a node's line and column (yaml.v3 counts
// columns in characters; what precedes a key or value on its line is
// indentation, a dash or an ASCII key, so they are bytes here).
func (s *splicer) offset(line, col int) int { return s.start[line-1] + col - 1 }

// lineEnd is the offset just past line n's line break.
func (s *splicer) lineEnd(n int) int {
	if n < len(s.start) {
		return s.start[n]
	}
	return len(s.data)
}

// blockEnd returns the last line of the block that starts on line first
// at indentation indent: the following lines indented deeper, less the
// blank and comment lines at its end.
func (s *splicer) blockEnd(first, indent int) int {
	last := first
	for n := first + 1; n <= s.lines(); n++ {
		text := s.line(n)
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if len(text)-len(strings.TrimLeft(text, " ")) <= indent {
			break
		}
		last = n
	}
	return last
}

// startsLine reports whether only spaces precede column col of line n.
func (s *splicer) startsLine(n, col int) bool {
	return strings.TrimLeft(s.line(n)[:col-1], " ") == ""
}

// pos is a node's position, for diagnostics.
func (s *splicer) pos(n *yaml.Node) gen.Pos {
	return gen.Pos{Path: s.path, Line: n.Line, Col: n.Column}
}

// requireBlock refuses a node in flow style ({...} or [...], as in JSON),
// whose lines this splicer cannot edit.
func (s *splicer) requireBlock(n *yaml.Node, what string) error {
	if n.Style&yaml.FlowStyle != 0 {
		return diag(s.pos(n), "%s is in flow style ({...} or [...]); -update edits block-style YAML only", what)
	}
	return nil
}

// setValue gives key k of mapping m the value v: in place when both are
// one-line scalars, else by rewriting the key's lines.
func (s *splicer) setValue(k, old, v *yaml.Node) error {
	if old.Kind == yaml.ScalarNode && v.Kind == yaml.ScalarNode && old.Line == k.Line {
		if from, to, ok := s.scalarSpan(old); ok {
			if old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
				v.Style = old.Style
			}
			v.LineComment = ""
			text, err := encode(v, 0)
			if err != nil {
				return err
			}
			if text = strings.TrimSuffix(text, "\n"); !strings.Contains(text, "\n") {
				s.edits = append(s.edits, edit{from, to, text})
				return nil
			}
		}
	}
	v.LineComment = old.LineComment
	return s.replaceEntry(k, v)
}

// scalarSpan finds the bytes of a one-line scalar in the source.
func (s *splicer) scalarSpan(n *yaml.Node) (int, int, bool) {
	from := s.offset(n.Line, n.Column)
	rest := s.line(n.Line)[n.Column-1:]
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		for i := 1; i < len(rest); i++ {
			switch rest[i] {
			case '\\':
				i++
			case '"':
				return from, from + i + 1, true
			}
		}
	case n.Style&yaml.SingleQuotedStyle != 0:
		for i := 1; i < len(rest); i++ {
			if rest[i] == '\'' {
				if i+1 < len(rest) && rest[i+1] == '\'' {
					i++
					continue
				}
				return from, from + i + 1, true
			}
		}
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle|yaml.FlowStyle) == 0:
		after := strings.TrimSpace(strings.TrimPrefix(rest, n.Value))
		if strings.HasPrefix(rest, n.Value) && (after == "" || strings.HasPrefix(after, "#")) {
			return from, from + len(n.Value), true
		}
	}
	return 0, 0, false
}

// entrySpan is the bytes of key k's entry in a block mapping: from the key
// to the end of its value's last line.
func (s *splicer) entrySpan(k *yaml.Node) (int, int) {
	return s.offset(k.Line, k.Column), s.lineEnd(s.blockEnd(k.Line, k.Column-1))
}

// replaceEntry rewrites key k's entry as "k: v" at the same indentation.
func (s *splicer) replaceEntry(k, v *yaml.Node) error {
	text, err := encode(mapping(k.Value, v), k.Column-1)
	if err != nil {
		return err
	}
	from, to := s.entrySpan(k)
	s.edits = append(s.edits, edit{from, to, text[k.Column-1:]})
	return nil
}

// deleteEntry removes key k's entry with its lines.
func (s *splicer) deleteEntry(k *yaml.Node) error {
	if !s.startsLine(k.Line, k.Column) {
		return diag(s.pos(k), "cannot remove %s: it shares its line with a list item's dash; put it on a line of its own", k.Value)
	}
	_, to := s.entrySpan(k)
	s.edits = append(s.edits, edit{s.start[k.Line-1], to, ""})
	return nil
}

// insertAfter adds "key: v" after the entry of key k, at k's indentation.
func (s *splicer) insertAfter(k *yaml.Node, key string, v *yaml.Node) error {
	text, err := encode(mapping(key, v), k.Column-1)
	if err != nil {
		return err
	}
	_, at := s.entrySpan(k)
	s.insert(at, text)
	return nil
}

// insert adds text at offset at, after a line break if the file's last
// line lacks one.
func (s *splicer) insert(at int, text string) {
	if at == len(s.data) && len(s.data) > 0 && s.data[len(s.data)-1] != '\n' {
		text = "\n" + text
	}
	s.edits = append(s.edits, edit{at, at, text})
}

// encode renders a node as block YAML indented by two spaces a level,
// with indent more spaces before every line.
func encode(n *yaml.Node, indent int) (string, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return "", fmt.Errorf("encoding YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return "", fmt.Errorf("encoding YAML: %w", err)
	}
	if indent == 0 {
		return b.String(), nil
	}
	pad := strings.Repeat(" ", indent)
	lines := strings.SplitAfter(b.String(), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, ""), nil
}

// Node builders.

func str(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

// quoted is a string that stays quoted, as the spec writes dates and
// section numbers.
func quoted(v string) *yaml.Node {
	n := str(v)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

func integer(v int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(v)}
}

func mapping(kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Content = append(m.Content, str(kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return m
}

func sequence(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

// lookup returns the key and value nodes of key in mapping m.
func lookup(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}
