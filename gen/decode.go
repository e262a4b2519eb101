package gen

import (
	"fmt"
	"reflect"
	"strconv"

	"gopkg.in/yaml.v3"
)

// decimal is how an integer field must be written.
var decimal = lazyRegexp(`^-?(0|[1-9][0-9]*)$`)

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
