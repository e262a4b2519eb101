package gen_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/templates"
)

// TestJSONOutputIsFormatted: the built-in JSON template's output skips
// formatJSON, so formatJSON (json.Indent by two spaces, one final line
// break) must leave it as it is for every spec: the registry, the registry
// with every extras set, the hostile spec and the 500-code spec.
func TestJSONOutputIsFormatted(t *testing.T) {
	for name, sources := range preformattedCases(t) {
		t.Run(name, func(t *testing.T) {
			out := render(t, testspec.Load(t, sources...), "json")
			var formatted bytes.Buffer
			if err := json.Indent(&formatted, bytes.TrimSpace(out), "", "  "); err != nil {
				t.Fatalf("the JSON output does not parse: %v", err)
			}
			formatted.WriteByte('\n')
			if !bytes.Equal(formatted.Bytes(), out) {
				t.Errorf("formatting changes the built-in JSON output:\n%s", gen.TestDiff("status.json", out, formatted.Bytes()))
			}
		})
	}
}

// TestUserJSONTemplateIsFormatted: a user's template for the JSON target
// still goes through formatJSON.
func TestUserJSONTemplateIsFormatted(t *testing.T) {
	tmpl := `{"$comment": "{{ .Marker }}", "codes": [{{ range $i, $c := .Codes }}{{ if $i }},{{ end }}{{ .Code }}{{ end }}]}`
	r := gen.NewRenderer(templates.FS(), "templates")
	r.OpenDir = userTemplates("mine", map[string]string{"status.json.tmpl": tmpl})
	out, err := r.Render(testspec.Load(t, testspec.Registry()), gen.Target{Lang: "json", Template: "mine/status.json.tmpl"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"$comment\": \"" + gen.Marker + "\",\n  \"codes\": [\n    100,\n    101,\n"; !bytes.HasPrefix(out, []byte(want)) {
		t.Errorf("a user's JSON template was not indented: want it to start with\n%s\ngot\n%.200s", want, out)
	}
	if !bytes.HasSuffix(out, []byte("]\n}\n")) {
		t.Errorf("want the document to end with one line break, got %q", out[max(0, len(out)-20):])
	}
}
