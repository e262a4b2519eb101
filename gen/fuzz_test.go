package gen_test

import (
	"bytes"
	"errors"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/templates"
)

// FuzzLoad: any input either loads into a valid spec or fails with
// diagnostics that name the file; it never panics.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("codes:\n  - code: 499\n    phrase: Client Closed Request\n"))
	f.Add([]byte("codes:\n  - code: 499\n    phrase: \"a\\nb\"\n"))
	f.Add([]byte("a: &a [x, *a]\n"))
	f.Add([]byte("codes: [{code: 200, phrase: OK, aliases: [{name: Fine}]}, {code: 201, phrase: OK}]\n"))
	f.Add([]byte("version: 1.0.0\nclasses: [{class: 9}]\n"))
	f.Add([]byte("codes:\n  - code: 199\n    phrase: T\n    lifecycle: temporary\n    expires: \"2020-02-30\"\n"))
	f.Add([]byte("\t- bad"))
	f.Add([]byte("{{ .Phrase }}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := gen.LoadSpec([]gen.Source{{Name: "fuzz.yaml", Data: data}}, gen.DefaultLimits(), time.Time{})
		if err != nil {
			var d *gen.Diagnostic
			var ds gen.Diagnostics
			if !errors.As(err, &d) && !errors.As(err, &ds) {
				t.Fatalf("error is not a diagnostic: %v", err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.yaml") {
					t.Fatalf("diagnostic does not name the file: %q", line)
				}
			}
			return
		}
		for i, c := range s.Codes {
			if c.Code < 100 || c.Code > 599 || c.Phrase == "" || c.Ident.Go == "" {
				t.Fatalf("invalid code accepted: %+v", c)
			}
			if i > 0 && s.Codes[i-1].Code >= c.Code {
				t.Fatal("codes not sorted and unique")
			}
		}
	})
}

// FuzzRender: any spec that validates renders to Go that parses, is gofmt-
// stable and gives back the exact phrase and description; every other
// target renders without error.
func FuzzRender(f *testing.F) {
	f.Add(499, "Client Closed Request", "The client went away.", "")
	f.Add(590, `Quote " ' `+"`", "Line one\nline two */ </script> ${x} {{ .X }}", "HostileQuotes")
	f.Add(591, `Back\slash \n`, `\u0041 \x41 \`, "")
	f.Add(592, "Ünïcödé 日本語 😀", "RTL text עברית and العربية.", "Unicode")
	f.Add(200, "OK", "", "")
	r := gen.NewRenderer(templates.FS(), "templates")
	f.Fuzz(func(t *testing.T, code int, phrase, description, name string) {
		entry := map[string]any{"code": code, "phrase": phrase}
		if description != "" {
			entry["description"] = description
		}
		if name != "" {
			entry["name"] = name
		}
		data, err := yaml.Marshal(map[string]any{"codes": []any{entry}})
		if err != nil {
			t.Skip("not representable in YAML")
		}
		s, _, err := gen.LoadSpec([]gen.Source{{Name: "fuzz.yaml", Data: data}}, gen.DefaultLimits(), time.Time{})
		if err != nil {
			return // rejected with a diagnostic: FuzzLoad covers that
		}
		out, err := r.Render(s, gen.Target{Lang: "go", Package: "fuzz"})
		if err != nil {
			t.Fatalf("a valid spec failed to render: %v", err)
		}
		file, err := parser.ParseFile(token.NewFileSet(), "status.go", out, 0)
		if err != nil {
			t.Fatalf("generated Go does not parse: %v\n%s", err, out)
		}
		if again, err := format.Source(out); err != nil || !bytes.Equal(again, out) {
			t.Fatalf("generated Go is not gofmt-stable (%v)", err)
		}
		got := map[string]string{}
		ast.Inspect(file, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok && (key.Name == "phrase" || key.Name == "description") {
					if lit, ok := kv.Value.(*ast.BasicLit); ok {
						v, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatalf("%s literal %s: %v", key.Name, lit.Value, err)
						}
						got[key.Name] = v
					}
				}
			}
			return true
		})
		if got["phrase"] != s.Codes[0].Phrase || got["description"] != s.Codes[0].Description {
			t.Fatalf("round trip: got %q, want phrase %q and description %q", got, s.Codes[0].Phrase, s.Codes[0].Description)
		}
		for _, lang := range gen.Languages() {
			if _, err := r.Render(s, gen.Target{Lang: lang}); err != nil {
				t.Fatalf("%s: a valid spec failed to render: %v", lang, err)
			}
		}
	})
}
