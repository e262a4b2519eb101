package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The JSON Schema of spec files, spec/http-status.schema.json, is written
// from the loader's own rules (rules.go): the raw types' fields, rule tags
// and doc comments. TestSpecSchema fails when the committed file differs;
// `go generate ./spec` (go test ./gen -run TestSpecSchema -update)
// rewrites it.

const specSchemaPath = "../spec/http-status.schema.json"

// schemaDefs names the raw types' definitions in the schema.
var schemaDefs = map[reflect.Type]string{
	reflect.TypeOf(rawClass{}): "class",
	reflect.TypeOf(rawCode{}):  "code",
	reflect.TypeOf(rawAlias{}): "alias",
	reflect.TypeOf(rawRef{}):   "reference",
}

func TestSpecSchema(t *testing.T) {
	want := specSchema(t)
	if *update {
		if err := os.WriteFile(specSchemaPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(specSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not the schema of the loader's rules: run go generate ./spec\n%s", specSchemaPath, testDiff(specSchemaPath, got, want))
	}
}

// object is a JSON object whose keys keep their order.
type object []member

type member struct {
	key string
	val any
}

// schemaWriter builds the schema: the doc comments of the raw types, and
// the definitions met so far.
type schemaWriter struct {
	t       *testing.T
	docs    map[string]string // "rawCode" and "rawCode.Phrase" to their doc text
	defs    object
	defined map[string]bool
	rules   map[string]bool
}

func specSchema(t *testing.T) []byte {
	w := &schemaWriter{t: t, docs: rawDocs(t), defined: map[string]bool{}, rules: map[string]bool{}}
	root := object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", "https://github.com/statusgen/statusgen/spec/http-status.schema.json"},
		{"$comment", "Written from the rules statusgen's loader applies (gen/rules.go, gen/load.go): go generate ./spec. Do not edit."},
		{"title", "statusgen HTTP status code spec"},
	}
	root = append(root, w.structSchema(reflect.TypeOf(rawFile{}))...)
	names := make([]string, 0, len(w.rules))
	for name := range w.rules {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		w.defs = append(w.defs, member{name, w.ruleSchema(name, specRules[name])})
	}
	root = append(root, member{"$defs", w.defs})
	var buf bytes.Buffer
	writeJSON(t, &buf, root)
	var out bytes.Buffer
	if err := json.Indent(&out, buf.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

// rawDocs reads the doc comments of load.go's types and their fields.
func rawDocs(t *testing.T) map[string]string {
	f, err := parser.ParseFile(token.NewFileSet(), "load.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{}
	oneLine := func(g *ast.CommentGroup) string { return strings.Join(strings.Fields(g.Text()), " ") }
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, s := range g.Specs {
			ts := s.(*ast.TypeSpec)
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			// The type's doc up to its first blank line (what follows is
			// about the code, not the format), less "rawX is ".
			doc, _, _ := strings.Cut(g.Doc.Text(), "\n\n")
			if rest, ok := strings.CutPrefix(doc, ts.Name.Name+" is "); ok && rest != "" {
				doc = strings.ToUpper(rest[:1]) + rest[1:]
			}
			docs[ts.Name.Name] = strings.Join(strings.Fields(doc), " ")
			for _, fl := range st.Fields.List {
				for _, n := range fl.Names {
					docs[ts.Name.Name+"."+n.Name] = oneLine(fl.Doc)
				}
			}
		}
	}
	return docs
}

// doc returns the doc comment of a raw type or field, which must have one.
func (w *schemaWriter) doc(key string) string {
	d := w.docs[key]
	if d == "" {
		w.t.Errorf("%s has no doc comment, which the schema needs as its description", key)
	}
	return d
}

// structSchema describes a raw type: its fields as properties, the ones
// tagged required, and the rules between its fields.
func (w *schemaWriter) structSchema(rt reflect.Type) object {
	if rt == reflect.TypeOf(rawRef{}) {
		var kinds []any
		for _, k := range referenceKinds {
			kinds = append(kinds, append(object{{"description", k.doc}},
				w.properties(rt, append([]string{k.key}, k.with...), []string{k.key})...))
		}
		return object{{"description", w.doc(rt.Name())}, {"oneOf", kinds}}
	}
	s := append(object{{"description", w.doc(rt.Name())}}, w.properties(rt, nil, nil)...)
	if rt == reflect.TypeOf(rawCode{}) {
		var bounds []any
		for _, b := range classBounds {
			then := any(false)
			if b.value != nil {
				then = object{{"not", object{{"const", b.value}}}}
			}
			bounds = append(bounds, object{
				{"description", b.msg},
				{"if", object{{"properties", object{{"code", object{{"type", "integer"}, {"not", object{{"minimum", b.from * 100}, {"maximum", b.to*100 + 99}}}}}}}}},
				{"then", object{{"properties", object{{b.key, then}}}}},
			})
		}
		s = append(s, member{"allOf", bounds})
	}
	return s
}

// properties describes the fields of rt whose keys are in keys (all of
// them when keys is nil); required adds to the fields tagged required.
func (w *schemaWriter) properties(rt reflect.Type, keys, required []string) object {
	var props object
	for i := range rt.NumField() {
		f := rt.Field(i)
		key := f.Tag.Get("yaml")
		if key == "" || (keys != nil && !slices.Contains(keys, key)) {
			continue
		}
		if f.Tag.Get("required") != "" {
			required = append(required, key)
		}
		props = append(props, member{key, w.fieldSchema(rt.Name(), f)})
	}
	s := object{{"type", "object"}, {"additionalProperties", false}}
	if len(required) > 0 {
		s = append(s, member{"required", required})
	}
	return append(s, member{"properties", props})
}

// fieldSchema describes one field: an opt of a string, int, bool, raw
// type or list of them.
func (w *schemaWriter) fieldSchema(typeName string, f reflect.StructField) object {
	val, _ := f.Type.FieldByName("Val")
	c := checkOf(f)
	rules, unique, nonEmpty := c.rules, c.unique, c.nonEmpty
	s := object{{"description", w.doc(typeName + "." + f.Name)}}
	if val.Type.Kind() != reflect.Slice {
		return append(s, w.valueSchema(val.Type, rules)...)
	}
	s = append(s, member{"type", "array"})
	if nonEmpty {
		s = append(s, member{"minItems", 1})
	}
	if unique {
		s = append(s, member{"uniqueItems", true})
	}
	return append(s, member{"items", w.valueSchema(val.Type.Elem(), rules)})
}

// valueSchema refers to the definition of a value: its raw type's, or
// its rules'.
func (w *schemaWriter) valueSchema(t reflect.Type, rules []string) object {
	switch t.Kind() {
	case reflect.Struct:
		name := schemaDefs[t]
		if name == "" {
			w.t.Fatalf("raw type %s has no name in schemaDefs", t)
		}
		if !w.defined[name] {
			w.defined[name] = true
			w.defs = append(w.defs, member{name, nil})
			i := len(w.defs) - 1
			w.defs[i].val = w.structSchema(t)
		}
		return object{{"$ref", "#/$defs/" + name}}
	case reflect.Bool:
		return object{{"type", "boolean"}}
	case reflect.String:
		if len(rules) == 0 {
			rules = []string{"text"}
		}
	}
	if len(rules) == 0 {
		w.t.Fatalf("a %s field has no rule", t)
	}
	var refs []any
	for _, r := range rules {
		if _, ok := specRules[r]; !ok {
			w.t.Fatalf("unknown rule %q", r)
		}
		w.rules[r] = true
		refs = append(refs, object{{"$ref", "#/$defs/" + r}})
	}
	if len(refs) == 1 {
		return refs[0].(object)
	}
	return object{{"allOf", refs}}
}

// ruleSchema states one rule.
func (w *schemaWriter) ruleSchema(name string, r rule) object {
	s := object{{"description", strings.ToUpper(r.what[:1]) + r.what[1:] + "."}}
	switch {
	case r.max != 0:
		return append(s, member{"type", "integer"}, member{"minimum", r.min}, member{"maximum", r.max})
	case r.enum != nil:
		return append(s, member{"enum", r.enum})
	}
	s = append(s, member{"type", "string"})
	if (r.pattern != nil || r.schemaPattern != "") && r.text != textAny {
		w.t.Fatalf("rule %s has both a pattern and a kind of text", name)
	}
	switch {
	case r.pattern != nil:
		s = append(s, member{"pattern", r.pattern().String()})
	case r.schemaPattern != "":
		s = append(s, member{"pattern", r.schemaPattern})
	default:
		s = append(s, member{"pattern", textPattern(r.text)})
	}
	if r.date {
		s = append(s, member{"format", "date"})
	}
	return s
}

// textPattern is the pattern of a kind of text, made from the tables
// checkText and rule.check use: forbiddenText, and unicode.White_Space
// (strings.TrimSpace's white space).
func textPattern(kind textKind) string {
	forbidden := runeClass(forbiddenText)
	if kind == textAny {
		return "^[^" + forbidden + "]*$"
	}
	line := runeClass(forbiddenText, newlineTable)
	if kind == textLine {
		return "^[^" + line + "]*$"
	}
	edge := runeClass(forbiddenText, newlineTable, unicode.White_Space)
	return "^[^" + edge + "]([^" + line + "]*[^" + edge + "])?$"
}

var newlineTable = &unicode.RangeTable{R16: []unicode.Range16{{Lo: '\n', Hi: '\n', Stride: 1}}}

// runeClass writes the union of tables as the inside of a character
// class: literal characters and ranges, which RE2 and ECMAScript read
// alike (JSON escapes the invisible ones).
func runeClass(tables ...*unicode.RangeTable) string {
	type span struct{ lo, hi rune }
	var spans []span
	for _, tab := range tables {
		for _, r := range tab.R16 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				spans = append(spans, span{c, c})
			}
		}
		for _, r := range tab.R32 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				spans = append(spans, span{c, c})
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.lo <= merged[n-1].hi+1 {
			merged[n-1].hi = max(merged[n-1].hi, s.hi)
			continue
		}
		merged = append(merged, s)
	}
	var b strings.Builder
	for _, s := range merged {
		for _, c := range []rune{s.lo, s.hi} {
			if strings.ContainsRune(`\]^-[`, c) {
				panic(fmt.Sprintf("runeClass: %q needs an escape", c))
			}
		}
		b.WriteRune(s.lo)
		if s.hi > s.lo {
			if s.hi > s.lo+1 {
				b.WriteByte('-')
			}
			b.WriteRune(s.hi)
		}
	}
	return b.String()
}

// writeJSON writes v compactly: objects in their order, strings without
// HTML escapes and with DEL and every non-ASCII character as \u, so that
// the schema file holds no invisible character.
func writeJSON(t *testing.T, b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case object:
		b.WriteByte('{')
		for i, m := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(t, b, m.key)
			b.WriteByte(':')
			writeJSON(t, b, m.val)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(t, b, x)
		}
		b.WriteByte(']')
	case []string:
		var xs []any
		for _, x := range v {
			xs = append(xs, x)
		}
		if xs == nil {
			xs = []any{}
		}
		writeJSON(t, b, xs)
	case string:
		var s bytes.Buffer
		enc := json.NewEncoder(&s)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		for _, r := range strings.TrimSuffix(s.String(), "\n") {
			switch {
			case r < 0x7F:
				b.WriteRune(r)
			case r <= 0xFFFF:
				fmt.Fprintf(b, `\u%04x`, r)
			default:
				t.Fatalf("writeJSON: %U is outside the BMP", r)
			}
		}
	case int, bool:
		fmt.Fprint(b, v)
	default:
		t.Fatalf("writeJSON: cannot write %T", v)
	}
}
