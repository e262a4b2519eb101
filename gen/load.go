package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Source is one spec file: its name, as diagnostics print it, and its bytes.
type Source struct {
	Name string
	Data []byte
	// AddOnly marks a set, such as a vendor extras set, that may only add
	// codes: an entry for a code that an earlier source has is an error.
	AddOnly bool
	// Embedded marks a source that ships inside statusgen (the registry,
	// the extras sets). What is out of date there is statusgen's to fix,
	// not its user's, so LoadSpec gives no warnings about it.
	Embedded bool
	// Decoded, when set on an Embedded source, returns what LoadSpec gives
	// for this source alone, already decoded (statusgen's pre-decoded
	// registry, which its tests prove equal to loading Data). LoadSpec
	// uses it when the source is the only one, and Data otherwise: merging
	// needs the positions that only the YAML has.
	Decoded func() *Spec
}

// Limits bound what a spec may ask of the generator, so that a hostile or
// broken file fails with a clear error instead of exhausting memory.
type Limits struct {
	// MaxFileSize is the largest spec file accepted, in bytes.
	MaxFileSize int
	// MaxNodes bounds the YAML nodes of a file after alias expansion.
	MaxNodes int
	// MaxCodes bounds the entries of a file's codes list.
	MaxCodes int
	// MaxString is the longest string value accepted, in bytes.
	MaxString int
	// MaxOutput bounds one rendered file, and what a template function
	// may build, in bytes.
	MaxOutput int
}

// ReadSource reads a spec or config file from r, stopping one byte past
// the size limit: a huge or endless input (a 2 GiB file, /dev/zero, a pipe
// that never closes) is refused having read no more than that.
func ReadSource(name string, r io.Reader, lim Limits) (Source, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(lim.MaxFileSize)+1))
	if err != nil {
		return Source{}, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(data) > lim.MaxFileSize {
		return Source{}, tooLarge(name, lim)
	}
	return Source{Name: name, Data: data}, nil
}

func tooLarge(name string, lim Limits) error {
	return errorAt(Pos{Path: name}, "file is larger than the limit of %d bytes", lim.MaxFileSize)
}

// DefaultLimits are generous for any real spec: the whole 100-599 range
// with long descriptions fits several times over.
func DefaultLimits() Limits {
	return Limits{MaxFileSize: 4 << 20, MaxNodes: 200_000, MaxCodes: 1000, MaxString: 8 << 10, MaxOutput: 64 << 20}
}

// opt is a spec field as written: Set tells whether the file gave it, and
// At where, so that merging overrides only given fields and diagnostics
// point at the value.
type opt[T any] struct {
	Val T
	Set bool
	At  Pos
}

func (o *opt[T]) decodeNode(d *decoder, n *yaml.Node) error {
	o.Set, o.At = true, d.pos(n)
	return d.value(n, &o.Val)
}

type nodeDecoder interface {
	decodeNode(d *decoder, n *yaml.Node) error
}

// rawFile is one spec file before merging.
type rawFile struct {
	Version     opt[string]     `yaml:"version"`
	RetryPolicy opt[string]     `yaml:"retry_policy"`
	Classes     opt[[]rawClass] `yaml:"classes"`
	Codes       opt[[]rawCode]  `yaml:"codes"`

	addOnly bool // see Source.AddOnly
}

type rawClass struct {
	At          Pos
	Class       opt[int]    `yaml:"class"`
	Name        opt[string] `yaml:"name"`
	Description opt[string] `yaml:"description"`
}

type rawCode struct {
	At             Pos
	Code           opt[int]        `yaml:"code"`
	Phrase         opt[string]     `yaml:"phrase"`
	Name           opt[string]     `yaml:"name"`
	Aliases        opt[[]rawAlias] `yaml:"aliases"`
	Lifecycle      opt[string]     `yaml:"lifecycle"`
	Registered     opt[string]     `yaml:"registered"`
	Expires        opt[string]     `yaml:"expires"`
	References     opt[[]rawRef]   `yaml:"references"`
	Description    opt[string]     `yaml:"description"`
	Cacheable      opt[bool]       `yaml:"cacheable"`
	ContentAllowed opt[bool]       `yaml:"content_allowed"`
	Redirect       opt[string]     `yaml:"redirect"`
	Headers        opt[[]string]   `yaml:"headers"`
	Retryable      opt[bool]       `yaml:"retryable"`
	RetryNote      opt[string]     `yaml:"retry_note"`
	Source         opt[string]     `yaml:"source"`
}

type rawAlias struct {
	At      Pos
	Name    opt[string]   `yaml:"name"`
	Phrase  opt[string]   `yaml:"phrase"`
	Targets opt[[]string] `yaml:"targets"`
}

type rawRef struct {
	At      Pos
	RFC     opt[int]    `yaml:"rfc"`
	Section opt[string] `yaml:"section"`
	Draft   opt[string] `yaml:"draft"`
	URL     opt[string] `yaml:"url"`
	Title   opt[string] `yaml:"title"`
}

// loadFile parses one spec file strictly: unknown fields, duplicate keys, wrong
// types, oversized input and alias bombs are errors with positions.
func loadFile(src Source, lim Limits) (*rawFile, error) {
	root, err := parseYAML(src, lim)
	if err != nil {
		return nil, err
	}
	d := &decoder{path: src.Name, lim: lim}
	var f rawFile
	if err := d.value(root, &f); err != nil {
		return nil, err
	}
	if n := len(f.Codes.Val); n > lim.MaxCodes {
		return nil, errorAt(f.Codes.At, "spec has %d codes, more than the limit of %d", n, lim.MaxCodes)
	}
	return &f, nil
}

// parseYAML parses one YAML document within the limits and returns its
// root node.
func parseYAML(src Source, lim Limits) (*yaml.Node, error) {
	if len(src.Data) > lim.MaxFileSize {
		return nil, tooLarge(src.Name, lim)
	}
	dec := yaml.NewDecoder(bytes.NewReader(src.Data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errorAt(Pos{Path: src.Name, Line: 1, Col: 1}, "file is empty")
		}
		return nil, yamlSyntaxError(src.Name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, errorAt(nodePos(src.Name, &extra), "file holds more than one YAML document")
	} else if !errors.Is(err, io.EOF) {
		return nil, yamlSyntaxError(src.Name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	budget := lim.MaxNodes
	if n := countNodes(root, &budget); n != nil {
		return nil, errorAt(nodePos(src.Name, n), "file expands to more than %d YAML nodes (an alias bomb?)", lim.MaxNodes)
	}
	return root, nil
}

var (
	yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	decimal  = regexp.MustCompile(`^-?(0|[1-9][0-9]*)$`)
)

func yamlSyntaxError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return errorAt(Pos{Path: path, Line: line, Col: 1}, "invalid YAML: %s", m[2])
	}
	return errorAt(Pos{Path: path, Line: 1, Col: 1}, "invalid YAML: %s", strings.TrimPrefix(msg, "yaml: "))
}

// countNodes walks n as decoding would, following aliases, and returns the
// node at which the budget ran out, or nil.
func countNodes(n *yaml.Node, budget *int) *yaml.Node {
	*budget--
	if *budget < 0 {
		return n
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		if bad := countNodes(n.Alias, budget); bad != nil {
			return n
		}
		return nil
	}
	for _, c := range n.Content {
		if bad := countNodes(c, budget); bad != nil {
			return bad
		}
	}
	return nil
}

// decoder turns YAML nodes into the raw spec types, keeping positions.
type decoder struct {
	path string
	lim  Limits
}

func (d *decoder) pos(n *yaml.Node) Pos { return nodePos(d.path, n) }

var posType = reflect.TypeOf(Pos{})

func (d *decoder) value(n *yaml.Node, dst any) error {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if nd, ok := dst.(nodeDecoder); ok {
		return nd.decodeNode(d, n)
	}
	switch p := dst.(type) {
	case *string:
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return errorAt(d.pos(n), "expected a string, found %s", describe(n))
		}
		if len(n.Value) > d.lim.MaxString {
			return errorAt(d.pos(n), "string is %d bytes, more than the limit of %d", len(n.Value), d.lim.MaxString)
		}
		if err := checkText(n.Value); err != nil {
			return errorAt(d.pos(n), "%v", err)
		}
		*p = n.Value
		return nil
	case *int:
		// yaml.v3 reads YAML 1.1 integers (0310 is octal 200, 0x1F4 and
		// 5_00 are 500), so the text itself must be plain decimal.
		if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
			return errorAt(d.pos(n), "expected an integer, found %s", describe(n))
		}
		if !decimal.MatchString(n.Value) {
			return errorAt(d.pos(n), "expected a decimal integer, found %s (plain digits: no leading zeros, +, _, 0x, 0o, decimal point or exponent)", describe(n))
		}
		if err := n.Decode(p); err != nil {
			return errorAt(d.pos(n), "expected an integer, found %s", describe(n))
		}
		return nil
	case *bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			return errorAt(d.pos(n), "expected true or false, found %s", describe(n))
		}
		return n.Decode(p)
	}
	rv := reflect.ValueOf(dst).Elem()
	switch rv.Kind() {
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return errorAt(d.pos(n), "expected a list, found %s", describe(n))
		}
		var errs Diagnostics
		s := reflect.MakeSlice(rv.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			errs.add(d.pos(item), d.value(item, s.Index(i).Addr().Interface()))
		}
		rv.Set(s)
		return errs.err()
	case reflect.Struct:
		return d.mapping(n, rv)
	}
	return fmt.Errorf("internal error: cannot decode into %T", dst)
}

// mapping decodes a YAML mapping into a struct whose fields are opt values
// tagged with their keys; a field named At of type Pos gets the position.
func (d *decoder) mapping(n *yaml.Node, rv reflect.Value) error {
	if n.Kind != yaml.MappingNode {
		return errorAt(d.pos(n), "expected a mapping, found %s", describe(n))
	}
	rt := rv.Type()
	fields := make(map[string]int, rt.NumField())
	var names []string
	for i := range rt.NumField() {
		f := rt.Field(i)
		if f.Name == "At" && f.Type == posType {
			rv.Field(i).Set(reflect.ValueOf(d.pos(n)))
			continue
		}
		if tag := f.Tag.Get("yaml"); tag != "" {
			fields[tag] = i
			names = append(names, tag)
		}
	}
	var errs Diagnostics
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			errs = append(errs, errorAt(d.pos(k), "expected a field name, found %s", describe(k)))
			continue
		}
		idx, ok := fields[k.Value]
		if !ok {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := closest(k.Value, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			errs = append(errs, errorAt(d.pos(k), "%s", msg))
			continue
		}
		if seen[k.Value] {
			errs = append(errs, errorAt(d.pos(k), "field %q given twice", k.Value))
			continue
		}
		seen[k.Value] = true
		errs.add(d.pos(v), d.value(v, rv.Field(idx).Addr().Interface()))
	}
	return errs.err()
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	v := n.Value
	if len(v) > 40 {
		v = v[:40] + "..."
	}
	return strconv.Quote(v)
}

// closest returns the name within edit distance 2 of s, if any.
func closest(s string, names []string) string {
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(s, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
