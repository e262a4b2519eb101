package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
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

// rawFile is one spec file before merging. The bundled spec gives every
// field; a file merged on top of it gives only what it changes, so no
// top-level field is required.
//
// The doc comments of the raw types and their fields are the descriptions
// of spec/http-status.schema.json (see rules.go).
type rawFile struct {
	// The version of the spec, a semantic version such as 1.2.0: the
	// version of every package generated from it.
	Version opt[string] `yaml:"version" rule:"semver"`
	// What retryable: true means in this spec, in plain text: when a
	// client may repeat the same request unchanged, how long it waits, and
	// for which methods.
	RetryPolicy opt[string] `yaml:"retry_policy"`
	// The five classes of status codes, by the first digit of the code.
	Classes opt[[]rawClass] `yaml:"classes"`
	// The status codes, sorted by code, each listed once. An entry for a
	// code that an earlier file has changes only the fields it gives; an
	// entry for a new code needs a phrase too.
	Codes opt[[]rawCode] `yaml:"codes"`

	addOnly bool // see Source.AddOnly
}

// rawClass is a class of status codes (1xx to 5xx).
type rawClass struct {
	At Pos
	// The first digit of the class's codes, 1 to 5.
	Class opt[int] `yaml:"class" rule:"classDigit" required:"class entry"`
	// The class's name, such as Client Error; identifiers are made from it.
	Name opt[string] `yaml:"name" rule:"phrase,identifiable"`
	// Two or three sentences of plain text on what the class's codes mean
	// and how clients treat them.
	Description opt[string] `yaml:"description"`
}

// rawCode is one HTTP status code. Only code is required, so that a file
// can change one field of a code an earlier file has; a new code needs a
// phrase too.
type rawCode struct {
	At Pos
	// The three-digit status code, 100 to 599, written in plain decimal.
	Code opt[int] `yaml:"code" rule:"statusCode" required:"entry"`
	// The reason phrase, as the IANA registry lists it, on one line. The
	// registry's reserved codes (306, 418) have the phrase Unused.
	Phrase opt[string] `yaml:"phrase" rule:"phrase"`
	// The identifier base in UpperCamelCase, for a code whose phrase gives
	// none or a poor one (ImATeapot for 418). Without it, the identifier
	// is made from the phrase of the file that adds the code; a later
	// file's phrase does not rename it.
	Name opt[string] `yaml:"name" rule:"identifier"`
	// Older names of the code that users may know, which every target
	// keeps as deprecated aliases.
	Aliases opt[[]rawAlias] `yaml:"aliases"`
	// The code's registry status: permanent (the default), temporary (a
	// provisional registration with an expiry date), unused (reserved,
	// with no meaning: 306, 418) or obsoleted.
	Lifecycle opt[string] `yaml:"lifecycle" rule:"lifecycle"`
	// The date of a temporary registration, YYYY-MM-DD; only with
	// lifecycle temporary.
	Registered opt[string] `yaml:"registered" rule:"date"`
	// The date a temporary registration expires unless renewed,
	// YYYY-MM-DD; required with lifecycle temporary, and only with it.
	Expires opt[string] `yaml:"expires" rule:"date"`
	// The documents that define the code: an RFC (with a section where
	// one is meant), an Internet-Draft or a web page.
	References opt[[]rawRef] `yaml:"references"`
	// Two to four sentences of plain text in our own words: what the code
	// means, when a server sends it, and what a client does.
	Description opt[string] `yaml:"description"`
	// Whether a response with this code is heuristically cacheable by
	// default: RFC 9110, section 15.1 lists such codes, and the RFC that
	// defines a code can add it (RFC 7725, section 3, for 451). Defaults
	// to false.
	Cacheable opt[bool] `yaml:"cacheable"`
	// False when a response with this code must not carry content (every
	// 1xx, 204, 205, 304). Defaults to true, and to false for 1xx codes.
	ContentAllowed opt[bool] `yaml:"content_allowed"`
	// How a client follows this redirect (3xx codes only): keeps-method
	// (307, 308), may-change-method (301, 302, which clients have long
	// turned from POST into GET) or changes-to-get (303).
	Redirect opt[string] `yaml:"redirect" rule:"redirect"`
	// The response header fields that go with this code, each once, in
	// their usual capitalization (Location, WWW-Authenticate,
	// Retry-After).
	Headers opt[[]string] `yaml:"headers" rule:"headerName" list:"unique"`
	// Whether repeating the request can succeed under the spec's
	// retry_policy. Defaults to false; a retryable code needs a
	// retry_note.
	Retryable opt[bool] `yaml:"retryable"`
	// One sentence of plain text on why and how a client retries after
	// this code, such as waiting for Retry-After.
	RetryNote opt[string] `yaml:"retry_note"`
	// Where an entry outside the IANA registry comes from, such as nginx
	// or Cloudflare; registry entries have none.
	Source opt[string] `yaml:"source" rule:"line"`

	// identPhrase is the phrase the code's identifier comes from when it
	// has no name: that of the layer that added the code (see merge).
	identPhrase opt[string]
}

// rawAlias is an older name of a code, kept as a deprecated alias.
type rawAlias struct {
	At Pos
	// The older identifier base in UpperCamelCase, such as
	// RequestEntityTooLarge.
	Name opt[string] `yaml:"name" rule:"identifier" required:"alias"`
	// The older reason phrase that went with the name, if any, such as
	// Request Entity Too Large; phrase lookups still accept it.
	Phrase opt[string] `yaml:"phrase" rule:"phrase"`
	// The target languages that get the alias, each once; every language
	// when left out.
	Targets opt[[]string] `yaml:"targets" rule:"language" list:"unique,nonempty"`
}

// rawRef is a document that defines a code: exactly one of an RFC (rfc,
// with an optional section), an Internet-Draft (draft) or a web page
// (url, with an optional title).
type rawRef struct {
	At Pos
	// The RFC's number, such as 9110.
	RFC opt[int] `yaml:"rfc" rule:"rfcNumber"`
	// The section number, quoted, such as "15.5.14" (or A.1 for an
	// appendix); left out when the whole RFC is meant.
	Section opt[string] `yaml:"section" rule:"section"`
	// The draft's name with its revision, such as
	// draft-ietf-httpbis-resumable-upload-05.
	Draft opt[string] `yaml:"draft" rule:"draft"`
	// The absolute http(s) URL of the document.
	URL opt[string] `yaml:"url" rule:"url"`
	// The document's title, on one line; the URL's host when left out.
	Title opt[string] `yaml:"title" rule:"line"`
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
	yamlLine = lazyRegexp(`^yaml: line (\d+): (.*)$`)
	decimal  = lazyRegexp(`^-?(0|[1-9][0-9]*)$`)
)

func yamlSyntaxError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
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
	path  string
	lim   Limits
	types map[reflect.Type]*structInfo
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
		// A plain date is a string in YAML 1.2, as editors and the schema
		// read it; yaml.v3 tags it a timestamp.
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return errorAt(d.pos(n), "expected a string, found %s", describe(n))
		}
		if n.Tag != "!!str" && n.Tag != "!!timestamp" {
			return errorAt(d.pos(n), "expected a string, found %s (quote it)", describe(n))
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
		if !decimal().MatchString(n.Value) {
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

// structInfo is what mapping needs to know of a struct type, worked out
// once per decoder.
type structInfo struct {
	at       int            // the index of the At field, or -1
	fields   map[string]int // each key's field index
	names    []string       // the keys, in field order
	required [][2]string    // key and what the struct is called, of the required fields
	checks   map[int]fieldCheck
}

func (d *decoder) info(rt reflect.Type) *structInfo {
	if si, ok := d.types[rt]; ok {
		return si
	}
	si := &structInfo{at: -1, fields: map[string]int{}, checks: map[int]fieldCheck{}}
	for i := range rt.NumField() {
		f := rt.Field(i)
		if f.Name == "At" && f.Type == posType {
			si.at = i
			continue
		}
		key := f.Tag.Get("yaml")
		if key == "" {
			continue
		}
		si.fields[key] = i
		si.names = append(si.names, key)
		if what := f.Tag.Get("required"); what != "" {
			si.required = append(si.required, [2]string{key, what})
		}
		if c := checkOf(f); c.rules != nil || c.unique || c.nonEmpty {
			si.checks[i] = c
		}
	}
	if d.types == nil {
		d.types = map[reflect.Type]*structInfo{}
	}
	d.types[rt] = si
	return si
}

// mapping decodes a YAML mapping into a struct whose fields are opt values
// tagged with their keys; a field named At of type Pos gets the position.
// The fields' rules (rules.go) are checked as they decode.
func (d *decoder) mapping(n *yaml.Node, rv reflect.Value) error {
	if n.Kind != yaml.MappingNode {
		return errorAt(d.pos(n), "expected a mapping, found %s", describe(n))
	}
	si := d.info(rv.Type())
	if si.at >= 0 {
		rv.Field(si.at).Set(reflect.ValueOf(d.pos(n)))
	}
	var errs Diagnostics
	seen := make(map[string]bool, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			errs = append(errs, errorAt(d.pos(k), "expected a field name, found %s", describe(k)))
			continue
		}
		idx, ok := si.fields[k.Value]
		if !ok {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := closest(k.Value, si.names); s != "" {
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
		field := rv.Field(idx)
		if err := d.value(v, field.Addr().Interface()); err != nil {
			errs.add(d.pos(v), err)
			continue
		}
		if c, ok := si.checks[idx]; ok {
			errs.add(d.pos(v), d.checkField(c, k.Value, v, field))
		}
	}
	for _, r := range si.required {
		if !seen[r[0]] {
			errs = append(errs, errorAt(d.pos(n), "%s has no %s", r[1], r[0]))
		}
	}
	if ec, ok := rv.Addr().Interface().(entryChecker); ok && len(errs) == 0 {
		errs = append(errs, ec.checkEntry()...)
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
