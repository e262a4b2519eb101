package gen_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

func render(t testing.TB, s *gen.Spec, lang string) []byte {
	t.Helper()
	return renderPackage(t, s, lang, "")
}

func renderPackage(t testing.TB, s *gen.Spec, lang, pkg string) []byte {
	t.Helper()
	out, err := gen.NewRenderer(templates.FS(), "templates").Render(s, gen.Target{Lang: lang, Package: pkg})
	if err != nil {
		t.Fatalf("%s: %v", lang, err)
	}
	return out
}

func TestGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/golden/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := testspec.Load(t, gen.Source{Name: "minimal.yaml", Data: data})
	for _, lang := range gen.Languages() {
		t.Run(lang, func(t *testing.T) {
			got := render(t, s, lang)
			file := filepath.Join("testdata", "golden", "minimal."+lang+".golden")
			if *gen.Update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", file, gen.TestDiff(file, want, got))
			}
		})
	}
}

// TestDeterministic renders twice, and again from a spec whose entries are
// shuffled: the bytes must not change.
func TestDeterministic(t *testing.T) {
	reg := testspec.Registry()
	var doc yaml.Node
	if err := yaml.Unmarshal(reg.Data, &doc); err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i].Value; k == "codes" || k == "classes" {
			items := root.Content[i+1].Content
			rand.New(rand.NewSource(int64(len(items)))).Shuffle(len(items), func(a, b int) { items[a], items[b] = items[b], items[a] })
		}
	}
	shuffled, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(shuffled, reg.Data) {
		t.Fatal("shuffling did not change the spec")
	}
	a, b := testspec.Load(t, reg), testspec.Load(t, gen.Source{Name: "shuffled.yaml", Data: shuffled})
	for _, lang := range gen.Languages() {
		first, second, third := render(t, a, lang), render(t, a, lang), render(t, b, lang)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: two renders differ", lang)
		}
		if !bytes.Equal(first, third) {
			t.Errorf("%s: a shuffled spec renders differently:\n%s", lang, gen.TestDiff(lang, first, third))
		}
		if bytes.Contains(first, []byte("\r")) || !bytes.HasSuffix(first, []byte("\n")) || bytes.HasSuffix(first, []byte("\n\n")) {
			t.Errorf("%s: output must use LF and end with exactly one newline", lang)
		}
	}
}

// TestRegistryDescriptions: every code of the embedded registry has a
// description of two to four sentences, so that a registry sync that adds
// a code (it writes none) fails the tests until someone writes one.
// internal/iana's TestEmbeddedSpecAgrees checks the registry's own facts.
func TestRegistryDescriptions(t *testing.T) {
	if bad := undescribed(testspec.Load(t, testspec.Registry())); len(bad) > 0 {
		t.Errorf("registry entries without a proper description:\n%s", strings.Join(bad, "\n"))
	}
	// An entry as statusgen -iana -update adds it.
	synced := gen.Source{Name: "synced.yaml", Data: []byte("codes:\n  - code: 105\n    phrase: Example Added Code\n    lifecycle: permanent\n    references:\n      - rfc: 9999\n")}
	if bad := undescribed(testspec.Load(t, testspec.Registry(), synced)); strings.Join(bad, "\n") != "105: no description" {
		t.Errorf("a synced code without a description gives %q, want it named", bad)
	}
}

// undescribed names the registry codes (those without a source) whose
// description is missing or not two to four sentences.
func undescribed(s *gen.Spec) []string {
	var bad []string
	for _, c := range s.Codes {
		sentences := strings.Count(c.Description, ". ") + 1
		switch {
		case c.Source != "":
		case c.Description == "":
			bad = append(bad, fmt.Sprintf("%d: no description", c.Code))
		case sentences < 2 || sentences > 4:
			bad = append(bad, fmt.Sprintf("%d: description has %d sentences, want 2 to 4", c.Code, sentences))
		}
	}
	return bad
}

// TestEmbeddedSourceWarnings: an expired temporary registration is a
// warning about the user's file that holds it, and none about a source
// that ships inside statusgen.
func TestEmbeddedSourceWarnings(t *testing.T) {
	late := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, embedded := range []bool{false, true} {
		src := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: embedded}
		_, warnings, err := gen.LoadSpec([]gen.Source{src}, gen.DefaultLimits(), late)
		if err != nil {
			t.Fatal(err)
		}
		if embedded && len(warnings) != 0 {
			t.Errorf("embedded: warnings %v, want none", warnings)
		}
		if !embedded && (len(warnings) != 1 || !strings.Contains(warnings[0].Error(), "temporary registration of 104")) {
			t.Errorf("not embedded: warnings %v, want the expiry of 104", warnings)
		}
	}
}

// TestOverlayEndsTemporary: a spec file that makes the registry's
// temporary 104 permanent need not (and cannot) remove its dates.
func TestOverlayEndsTemporary(t *testing.T) {
	permanent := gen.Source{Name: "permanent.yaml", Data: []byte("codes:\n  - code: 104\n    lifecycle: permanent\n")}
	s := testspec.Load(t, testspec.Registry(), permanent)
	for _, c := range s.Codes {
		if c.Code == 104 && (c.Lifecycle != "permanent" || c.Registered != "" || c.Expires != "") {
			t.Errorf("104: lifecycle %s, registered %q, expires %q; want permanent without dates", c.Lifecycle, c.Registered, c.Expires)
		}
	}
	// Dates given with another lifecycle are still an error.
	dated := gen.Source{Name: "dated.yaml", Data: []byte("codes:\n  - code: 104\n    lifecycle: permanent\n    expires: \"2030-01-01\"\n")}
	if _, _, err := gen.LoadSpec([]gen.Source{testspec.Registry(), dated}, gen.DefaultLimits(), time.Time{}); err == nil || !strings.Contains(err.Error(), "dated.yaml:4:14: expires is only for temporary registrations") {
		t.Errorf("dates with a permanent lifecycle: %v", err)
	}
}

// TestPackageDefaults: a Target that names no package gets its language's
// default, so that a program rendering through gen alone writes a file
// that compiles; a user's template gets httpstatus, a language without
// packages none.
func TestPackageDefaults(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	for lang, want := range map[string]string{
		"go":     "\npackage httpstatus\n",
		"java":   "\npackage httpstatus;\n",
		"csharp": "\nnamespace HttpStatus\n",
		"php":    "\nnamespace HttpStatus;\n",
		"ruby":   "\nmodule HTTPStatus\n",
	} {
		if out := render(t, s, lang); !strings.Contains(string(out), want) {
			t.Errorf("%s without a package: want %q in\n%.400s", lang, want, out)
		}
	}
	for lang, want := range map[string]string{"perl": "httpstatus", "typescript": ""} {
		r := gen.NewRenderer(templates.FS(), "templates")
		r.OpenDir = userTemplates("mine", map[string]string{"t.tmpl": "// {{ .Marker }}\n[{{ .Package }}]\n"})
		out, err := r.Render(s, gen.Target{Lang: lang, Template: "mine/t.tmpl"})
		if want := "[" + want + "]\n"; err != nil || !strings.HasSuffix(string(out), want) {
			t.Errorf("a user's template for %s: output %q, error %v; want it to end %q", lang, out, err, want)
		}
	}
}
