package gen

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

const jsonSchemaPath = "../output/json/http-status.schema.json"

// TestJSONFormat holds the JSON format's Go types to their schema, the
// format's contract: each object's keys are the schema's properties, in
// its order, all required and no others; a value other than a list may be
// null exactly when it is a pointer; the format's version is the
// schema's. No model type is part of
// the format, so a change to the model cannot change the format unless
// jsonDocument maps it.
func TestJSONFormat(t *testing.T) {
	data, err := os.ReadFile(jsonSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	if got := root["properties"].(map[string]any)["format"].(map[string]any)["const"]; got != float64(jsonFormat) {
		t.Errorf("the schema's format is %v, jsonFormat %d", got, jsonFormat)
	}
	order := propertyOrder(t, data)
	defs := root["$defs"].(map[string]any)
	var walk func(path string, rt reflect.Type, s map[string]any)
	walk = func(path string, rt reflect.Type, s map[string]any) {
		s = resolve(defs, s)
		if rt.PkgPath() != reflect.TypeOf(jsonFile{}).PkgPath() || !strings.HasPrefix(rt.Name(), "json") {
			t.Errorf("%s: %s is not one of the format's own types", path, rt)
		}
		var keys []string
		for i := range rt.NumField() {
			f := rt.Field(i)
			key, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if key == "" || key == "-" || opts != "" {
				t.Errorf("%s: field %s needs a plain json tag: every key is always written", path, f.Name)
				continue
			}
			keys = append(keys, key)
			prop, ok := s["properties"].(map[string]any)[key].(map[string]any)
			if !ok {
				continue // reported with the keys below
			}
			// A slice is null when nil: the schema says which may be,
			// and test/json.test.mjs validates real documents.
			if nullable := allowsNull(defs, prop); f.Type.Kind() != reflect.Slice && nullable != (f.Type.Kind() == reflect.Pointer) {
				t.Errorf("%s.%s: the schema allows null: %v; the field is a pointer: %v", path, key, nullable, !nullable)
			}
			switch ft := f.Type; {
			case ft.Kind() == reflect.Struct:
				walk(path+"."+key, ft, prop)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(path+"."+key+"[]", ft.Elem(), resolve(defs, prop)["items"].(map[string]any))
			}
		}
		want := order[s["$id"].(string)]
		if !slices.Equal(keys, want) {
			t.Errorf("%s: the Go type has the keys %q, the schema %q", path, keys, want)
		}
		var required []string
		for _, r := range s["required"].([]any) {
			required = append(required, r.(string))
		}
		if !slices.Equal(required, want) || s["additionalProperties"] != false {
			t.Errorf("%s: the schema must require every key (%q, not %q) and refuse others", path, want, required)
		}
	}
	root["$id"] = "#"
	walk("document", reflect.TypeOf(jsonFile{}), root)
}

// resolve follows a local $ref; it also marks each definition with its
// path as $id, the key of propertyOrder.
func resolve(defs map[string]any, s map[string]any) map[string]any {
	ref, ok := s["$ref"].(string)
	if !ok {
		return s
	}
	name := strings.TrimPrefix(ref, "#/$defs/")
	def := defs[name].(map[string]any)
	def["$id"] = "#/$defs/" + name
	return def
}

// allowsNull reports whether schema s accepts null: as its type, in its
// enum, or in one of its oneOf or anyOf alternatives.
func allowsNull(defs, s map[string]any) bool {
	s = resolve(defs, s)
	if s["type"] == "null" || (s["enum"] != nil && slices.Contains(s["enum"].([]any), nil)) {
		return true
	}
	for _, k := range []string{"oneOf", "anyOf"} {
		alts, _ := s[k].([]any)
		for _, a := range alts {
			if allowsNull(defs, a.(map[string]any)) {
				return true
			}
		}
	}
	return false
}

// propertyOrder reads the order of the properties of the schema's root
// ("#") and of each definition ("#/$defs/name"), which a map loses.
func propertyOrder(t *testing.T, data []byte) map[string][]string {
	var raw struct {
		Properties json.RawMessage            `json:"properties"`
		Defs       map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	order := map[string][]string{"#": objectKeys(t, raw.Properties)}
	for name, def := range raw.Defs {
		var d struct {
			Properties json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(def, &d); err != nil {
			t.Fatal(err)
		}
		if d.Properties != nil {
			order["#/$defs/"+name] = objectKeys(t, d.Properties)
		}
	}
	return order
}

// objectKeys returns the keys of a JSON object in the order written.
func objectKeys(t *testing.T, obj json.RawMessage) []string {
	dec := json.NewDecoder(strings.NewReader(string(obj)))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestJSONDocumentIgnoresModelOnlyFields: what only the model knows
// (identifier spellings, lookup phrases, short references, Go comments)
// changes nothing in the JSON document.
func TestJSONDocumentIgnoresModelOnlyFields(t *testing.T) {
	s, _, err := LoadSpec([]Source{{Name: "m.yaml", Data: []byte(`codes:
  - code: 413
    phrase: Content Too Large
    references: [{rfc: 9110, section: "15.5.14"}]
    aliases: [{name: RequestEntityTooLarge, phrase: Request Entity Too Large}]
`)}}, DefaultLimits(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	m := newModel(s, Target{Lang: "json"})
	before, _ := json.Marshal(jsonDocument(m))
	c := &m.Codes[0]
	c.Ident.Go, c.Ident.Kebab, c.Ident.Upper, c.Ident.Words = "X", "x", "X", nil
	c.LookupPhrases = []string{"Something Else"}
	c.References[0].Short = "elsewhere"
	c.Aliases[0].Use, c.Aliases[0].PhraseChange = Ident{}, nil
	c.Aliases[0].Ident.Go = "X"
	m.Classes[3].Ident = Ident{}
	m.Classes[3].Codes = nil
	after, _ := json.Marshal(jsonDocument(m))
	if string(before) != string(after) {
		t.Errorf("model-only fields changed the document:\n%s\n%s", before, after)
	}
}
