package gen_test

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

func registry() gen.Source {
	return gen.Source{Name: spec.RegistryName, Data: spec.Registry()}
}

func loadSpec(t testing.TB, sources ...gen.Source) *gen.Spec {
	t.Helper()
	s, _, err := gen.LoadSpec(sources, gen.DefaultLimits(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t testing.TB, s *gen.Spec, lang string) []byte {
	t.Helper()
	return renderPackage(t, s, lang, gen.DefaultPackage(lang, "httpstatus"))
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
	s := loadSpec(t, gen.Source{Name: "minimal.yaml", Data: data})
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
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", file, gen.UnifiedDiff(file, want, got))
			}
		})
	}
}

// TestDeterministic renders twice, and again from a spec whose entries are
// shuffled: the bytes must not change.
func TestDeterministic(t *testing.T) {
	reg := registry()
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
	a, b := loadSpec(t, reg), loadSpec(t, gen.Source{Name: "shuffled.yaml", Data: shuffled})
	for _, lang := range gen.Languages() {
		first, second, third := render(t, a, lang), render(t, a, lang), render(t, b, lang)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: two renders differ", lang)
		}
		if !bytes.Equal(first, third) {
			t.Errorf("%s: a shuffled spec renders differently:\n%s", lang, gen.UnifiedDiff(lang, first, third))
		}
		if bytes.Contains(first, []byte("\r")) || !bytes.HasSuffix(first, []byte("\n")) || bytes.HasSuffix(first, []byte("\n\n")) {
			t.Errorf("%s: output must use LF and end with exactly one newline", lang)
		}
	}
}

func TestRegistryAgreesWithIANA(t *testing.T) {
	// A copy of shared/reference/iana-http-status-codes.tsv (IANA's data).
	tsv, err := os.ReadFile("testdata/iana-http-status-codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	s := loadSpec(t, registry())
	byCode := map[int]gen.Code{}
	for _, c := range s.Codes {
		byCode[c.Code] = c
	}
	lines := strings.Split(strings.TrimSpace(string(tsv)), "\n")[1:]
	if len(lines) != len(s.Codes) {
		t.Errorf("the registry has %d entries, the spec %d codes", len(lines), len(s.Codes))
	}
	for _, line := range lines {
		f := strings.Split(line, "\t")
		code, err := strconv.Atoi(f[0])
		if err != nil {
			t.Fatal(err)
		}
		c, ok := byCode[code]
		if !ok {
			t.Errorf("%d is missing from the spec", code)
			continue
		}
		phrase := f[1]
		if phrase == "(Unused)" {
			phrase = "Unused"
		}
		if c.Phrase != phrase {
			t.Errorf("%d: phrase %q, IANA %q", code, c.Phrase, phrase)
		}
		if c.Lifecycle != f[3] {
			t.Errorf("%d: lifecycle %q, IANA %q", code, c.Lifecycle, f[3])
		}
		ref := strings.Replace(f[2], "RFC", "RFC ", 1)
		if r := c.Reference().Short; !strings.HasPrefix(strings.Replace(r, ",", "", 1), ref) && !strings.HasPrefix(r, ref) {
			t.Errorf("%d: reference %q, IANA %q", code, r, f[2])
		}
		sentences := strings.Count(c.Description, ". ") + 1
		if c.Description == "" || sentences < 2 || sentences > 4 {
			t.Errorf("%d: description has %d sentences, want 2 to 4", code, sentences)
		}
	}
}
