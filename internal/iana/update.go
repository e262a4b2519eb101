package iana

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/spec"
)

// RegistryPage is the registry's own page, which a spec links for a
// document the CSV names without a link.
const RegistryPage = "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"

// codeKeys returns the keys of a code entry in the spec's order: the
// order of a code's properties in the spec's schema, which gen writes from
// its own fields (nil if the schema has none). A key the update adds goes
// after the nearest key before it.
func codeKeys(schema []byte) []string {
	var s struct {
		Defs struct {
			Code struct {
				Properties json.RawMessage `json:"properties"`
			} `json:"code"`
		} `json:"$defs"`
	}
	if json.Unmarshal(schema, &s) != nil || s.Defs.Code.Properties == nil {
		return nil
	}
	// A decoder's tokens keep the order, which a map would lose.
	dec := json.NewDecoder(bytes.NewReader(s.Defs.Code.Properties))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return nil
		}
	}
	return keys
}

// Update returns the spec file src rewritten so that the merged spec s,
// whose last layer src is, agrees with the registry. It changes only what
// the registry owns: phrase, lifecycle, registration dates and references
// of each code that differs (as an entry of src, added where src has none),
// and adds each registered code the spec lacks, without a description.
// Everything else keeps its bytes. A renamed code keeps its old identifier
// and phrase as a deprecated alias. Notes name what a person must finish.
// Codes that only the spec has, or that it takes from outside the
// registry, are left alone.
//
// below is the spec merged from the layers under src, nil when src is the
// only one. A code below has its identifier from there (gen keeps a code's
// identifier when a later layer changes its phrase), so src renames it
// with a name field.
func Update(src gen.Source, s, below *gen.Spec, reg *Registry) ([]byte, []*gen.Diagnostic, error) {
	u := &updater{splicer: newSplicer(src.Name, src.Data), entries: map[int]*yaml.Node{}, below: map[int]bool{}, keys: codeKeys(spec.Schema())}
	if below != nil {
		for _, c := range below.Codes {
			u.below[c.Code] = true
		}
	}
	if err := u.index(src.Data); err != nil {
		return nil, nil, err
	}
	codes := make(map[int]gen.Code, len(s.Codes))
	for _, c := range s.Codes {
		codes[c.Code] = c
	}
	for _, e := range reg.Entries {
		c, ok := codes[e.Code]
		var err error
		switch {
		case !ok:
			err = u.addEntry(e.Code, u.newEntry(e))
		case c.Source == "" && len(compareEntry(e, c)) > 0:
			err = u.fix(e, c)
		}
		if err != nil {
			return nil, nil, err
		}
	}
	if err := u.addCodesList(); err != nil {
		return nil, nil, err
	}
	out, err := u.result()
	return out, u.notes, err
}

// updater is one update of one spec file.
type updater struct {
	*splicer
	root    *yaml.Node         // the file's top-level mapping
	codes   *yaml.Node         // its codes list, if any
	entries map[int]*yaml.Node // its code entries by code
	notes   []*gen.Diagnostic
	pending []*yaml.Node // entries for a file without a codes list
	below   map[int]bool // the codes of the layers under the file
	keys    []string     // a code entry's keys in the spec's order (codeKeys)
}

func (u *updater) index(data []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return diag(gen.Pos{Path: u.path}, "reading the spec: %v", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return diag(gen.Pos{Path: u.path, Line: 1, Col: 1}, "the spec is not a mapping")
	}
	u.root = doc.Content[0]
	if err := u.requireBlock(u.root, "the spec"); err != nil {
		return err
	}
	if _, u.codes = lookup(u.root, "codes"); u.codes == nil {
		return nil
	}
	for _, item := range u.codes.Content {
		if _, v := lookup(item, "code"); v != nil {
			if n, err := strconv.Atoi(v.Value); err == nil {
				u.entries[n] = item
			}
		}
	}
	return nil
}

// newEntry is the entry of a code the spec lacks: the registry's fields.
func (u *updater) newEntry(e Entry) *yaml.Node {
	m := mapping("code", integer(e.Code), "phrase", str(e.Phrase), "lifecycle", str(e.Lifecycle))
	if e.Lifecycle == Temporary {
		m.Content = append(m.Content, str("registered"), quoted(e.Registered), str("expires"), quoted(e.Expires))
	}
	m.Content = append(m.Content, str("references"), u.refsNode(e, nil, nil))
	return m
}

// fix rewrites the registry-owned fields in which code c differs from
// entry e: in c's entry in the file, or in a new entry that overrides
// only them.
func (u *updater) fix(e Entry, c gen.Code) error {
	m := u.entries[e.Code]
	type change struct {
		key string
		val *yaml.Node // nil removes the key
	}
	var changes []change
	for _, d := range compareEntry(e, c) {
		switch d.Field {
		case "phrase":
			changes = append(changes, change{"phrase", str(e.Phrase)})
			if name, aliases := u.renamed(e, c, m); aliases != nil {
				if name != nil {
					changes = append(changes, change{"name", name})
				}
				changes = append(changes, change{"aliases", aliases})
			}
		case "lifecycle":
			changes = append(changes, change{"lifecycle", str(e.Lifecycle)})
			if e.Lifecycle == Temporary {
				changes = append(changes, change{"registered", quoted(e.Registered)}, change{"expires", quoted(e.Expires)})
			} else {
				changes = append(changes, change{"registered", nil}, change{"expires", nil})
			}
		case "registered":
			changes = append(changes, change{"registered", quoted(e.Registered)})
		case "expires":
			changes = append(changes, change{"expires", quoted(e.Expires)})
		case "references":
			_, old := lookup(m, "references")
			changes = append(changes, change{"references", u.refsNode(e, c.References, old)})
		}
	}
	if m == nil {
		n := mapping("code", integer(e.Code))
		for _, ch := range changes {
			if ch.val != nil {
				n.Content = append(n.Content, str(ch.key), ch.val)
			}
		}
		return u.addEntry(e.Code, n)
	}
	if err := u.requireBlock(m, "the entry of "+strconv.Itoa(e.Code)); err != nil {
		return err
	}
	for _, ch := range changes {
		k, old := lookup(m, ch.key)
		var err error
		switch {
		case k != nil && ch.val == nil:
			err = u.deleteEntry(k)
		case k != nil:
			err = u.setValue(k, old, ch.val)
		case ch.val != nil:
			err = u.insertAfter(predecessor(u.keys, m, ch.key), ch.key, ch.val)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// renamed applies the alias policy (docs/spec.md) to a phrase the registry
// changed: when the code's identifier follows its phrase, the identifier
// the new phrase gives replaces it and the old identifier and phrase
// become a deprecated alias. It returns the new aliases list, or nil when
// it stays as it is, and the name field a code of a lower layer needs for
// the new identifier (nil when the phrase gives it).
func (u *updater) renamed(e Entry, c gen.Code, m *yaml.Node) (name, aliases *yaml.Node) {
	at := gen.Pos{Path: u.path}
	if m != nil {
		at = u.pos(m)
	}
	derived, err := gen.PhraseIdent(c.Phrase)
	if err != nil || derived.Camel != c.Ident.Camel {
		u.notes = append(u.notes, diag(at, "note: %d keeps its identifier %s (from a name field, or from the phrase of the file that added the code), so its old phrase %q is no longer accepted by phrase lookups; an alias needs a name of its own", c.Code, c.Ident.Camel, c.Phrase))
		return nil, nil
	}
	next, err := gen.PhraseIdent(e.Phrase)
	if err != nil {
		return nil, nil // the phrase needs a name field: loading the result says so
	}
	if next.Camel == c.Ident.Camel {
		u.notes = append(u.notes, diag(at, "note: %d keeps its identifier %s, so its old phrase %q is no longer accepted by phrase lookups; an alias needs a name of its own", c.Code, c.Ident.Camel, c.Phrase))
		return nil, nil
	}
	if u.below[c.Code] {
		name = str(next.Camel)
	}
	var items []*yaml.Node
	if _, old := lookup(m, "aliases"); old != nil {
		items = old.Content
	} else {
		for _, a := range c.Aliases {
			items = append(items, aliasNode(a))
		}
	}
	list := sequence()
	for _, item := range items {
		if _, name := lookup(item, "name"); name == nil || name.Value != next.Camel {
			list.Content = append(list.Content, item) // an alias that becomes the name again goes
		}
	}
	list.Content = append(list.Content, mapping("name", str(c.Ident.Camel), "phrase", str(c.Phrase)))
	return name, list
}

func aliasNode(a gen.Alias) *yaml.Node {
	n := mapping("name", str(a.Ident.Camel))
	if a.Phrase != "" {
		n.Content = append(n.Content, str("phrase"), str(a.Phrase))
	}
	if len(a.Targets) > 0 {
		t := sequence()
		t.Style = yaml.FlowStyle
		for _, lang := range a.Targets {
			t.Content = append(t.Content, str(lang))
		}
		n.Content = append(n.Content, str("targets"), t)
	}
	return n
}

// refsNode is the references list the registry gives e. A reference the
// spec already has (as the registry's, or more precisely, with a section)
// keeps its node, comments and all; old is the file's list, if it has
// one, else the spec's resolved references are written out.
func (u *updater) refsNode(e Entry, spec []gen.Reference, old *yaml.Node) *yaml.Node {
	have := specRefs(spec)
	list := sequence()
	for _, r := range e.References {
		var n *yaml.Node
		for i, s := range have {
			if r.covers(s) {
				if old != nil && i < len(old.Content) {
					n = old.Content[i]
				} else {
					n = refNode(s, spec[i].URL)
				}
				break
			}
		}
		if n == nil {
			n = refNode(r, RegistryPage)
			if r.Text != "" {
				u.notes = append(u.notes, diag(e.At, "note: %d: the registry names the document %q without a link; the spec links the registry's page (%s) until someone gives the document's own URL", e.Code, r.Text, RegistryPage))
			}
		}
		list.Content = append(list.Content, n)
	}
	return list
}

// refNode writes a reference as the spec does; url serves a document
// named by its title only.
func refNode(r Ref, url string) *yaml.Node {
	switch {
	case r.RFC != 0 && r.Section != "":
		return mapping("rfc", integer(r.RFC), "section", quoted(r.Section))
	case r.RFC != 0:
		return mapping("rfc", integer(r.RFC))
	case r.Draft != "":
		return mapping("draft", str(r.Draft))
	}
	return mapping("url", str(url), "title", str(r.Text))
}

// predecessor is the key of m after which key goes: the nearest one
// before it in keys, the spec's order (code, which every entry has, at the
// latest).
func predecessor(keys []string, m *yaml.Node, key string) *yaml.Node {
	var prev *yaml.Node
	for _, k := range keys {
		if k == key {
			break
		}
		if kn, _ := lookup(m, k); kn != nil {
			prev = kn
		}
	}
	return prev
}

// addEntry inserts a code's entry into the codes list in code order,
// separated from its neighbours as they are separated from each other.
func (u *updater) addEntry(code int, entry *yaml.Node) error {
	if u.codes == nil || len(u.codes.Content) == 0 {
		u.pending = append(u.pending, entry)
		return nil
	}
	if err := u.requireBlock(u.codes, "the codes list"); err != nil {
		return err
	}
	items := u.codes.Content
	dash, err := u.dashIndent(items[0])
	if err != nil {
		return err
	}
	text, err := encode(sequence(entry), dash)
	if err != nil {
		return err
	}
	gap := ""
	if len(items) > 1 && strings.TrimSpace(u.line(u.headLine(items[1])-1)) == "" {
		gap = "\n"
	}
	for _, item := range items {
		if _, v := lookup(item, "code"); v != nil {
			if n, err := strconv.Atoi(v.Value); err == nil && n > code {
				u.insert(u.start[u.headLine(item)-1], text+gap)
				return nil
			}
		}
	}
	last := items[len(items)-1]
	u.insert(u.lineEnd(u.blockEnd(last.Line, dash)), gap+text)
	return nil
}

// addCodesList writes the pending entries as a codes list, in place of
// an empty one or at the end of the file.
func (u *updater) addCodesList() error {
	if len(u.pending) == 0 {
		return nil
	}
	text, err := encode(mapping("codes", sequence(u.pending...)), 0)
	if err != nil {
		return err
	}
	if k, _ := lookup(u.root, "codes"); k != nil {
		from, to := u.entrySpan(k)
		u.edits = append(u.edits, edit{from, to, text})
		return nil
	}
	u.insert(len(u.data), "\n"+text)
	return nil
}

// headLine is the first line of a list item, with the comment lines just
// above it that belong to it.
func (u *updater) headLine(item *yaml.Node) int {
	n := item.Line
	for n > 1 && strings.HasPrefix(strings.TrimSpace(u.line(n-1)), "#") {
		n--
	}
	return n
}

// dashIndent is the column (from 0) of a block list item's dash.
func (u *updater) dashIndent(item *yaml.Node) (int, error) {
	line := u.line(item.Line)
	if d := item.Column - 3; d >= 0 && d+2 <= len(line) && line[d:d+2] == "- " && u.startsLine(item.Line, d+1) {
		return d, nil
	}
	return 0, diag(u.pos(item), "list item does not start with \"- \" on its first key's line; -update cannot place a new entry beside it")
}
