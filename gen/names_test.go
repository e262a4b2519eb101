package gen_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
)

// identifiers are how each language declares 200 by a name (camel is
// its Go spelling without Status, upper its TypeScript and Python one), as
// a line of its output holds them: a constant, a member, a field.
func identifiers(camel, upper string) map[string][]string {
	return map[string][]string{
		"go":         {"\tStatus" + camel + " "},
		"typescript": {"  " + upper + ": 200,"},
		"python":     {"        " + upper + " = 200"},
		"json":       {`"name": "` + camel + `"`},
		"markdown":   nil, // the page names codes by phrase only
		"rust":       {"pub const " + upper + ": StatusCode = StatusCode(200);"},
		"java":       {"    " + upper + "(200, "},
		"php":        {"public const HTTP_" + upper + " = 200;"},
		"ruby":       {"  " + upper + " = 200\n"},
	}
}

// TestStableNames: an overlay that changes a registered code's phrase
// keeps the code's identifiers in every language; only a name field
// renames it. A code the overlay adds is named from its phrase.
func TestStableNames(t *testing.T) {
	okay := "codes:\n  - code: 200\n    phrase: Okay\n"
	for _, tc := range []struct {
		name     string
		overlays []string
		keep     map[string][]string
		gone     map[string][]string
	}{
		{"new phrase", []string{okay}, identifiers("OK", "OK"), identifiers("Okay", "OKAY")},
		{"new phrase, then another", []string{okay, "codes:\n  - code: 200\n    phrase: All Good\n"},
			identifiers("OK", "OK"), identifiers("AllGood", "ALL_GOOD")},
		{"explicit name", []string{okay + "    name: Okay\n"}, identifiers("Okay", "OKAY"), identifiers("OK", "OK")},
		{"name, then a new phrase", []string{"codes:\n  - code: 200\n    name: AllFine\n", okay},
			identifiers("AllFine", "ALL_FINE"), identifiers("Okay", "OKAY")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sources := []gen.Source{testspec.Registry()}
			for i, o := range tc.overlays {
				sources = append(sources, gen.Source{Name: fmt.Sprintf("overlay%d.yaml", i), Data: []byte(o)})
			}
			s := testspec.Load(t, sources...)
			for _, lang := range gen.Languages() {
				out := string(render(t, s, lang))
				for _, want := range tc.keep[lang] {
					if !strings.Contains(out, want) {
						t.Errorf("%s: the output lacks %q", lang, want)
					}
				}
				for _, unwanted := range tc.gone[lang] {
					if strings.Contains(out, unwanted) {
						t.Errorf("%s: the output declares %q", lang, unwanted)
					}
				}
			}
		})
	}

	// The phrase itself changes everywhere, the page included.
	s := testspec.Load(t, testspec.Registry(), gen.Source{Name: "overlay.yaml", Data: []byte("codes:\n  - code: 200\n    phrase: Okay\n  - code: 299\n    phrase: Mostly Okay\n")})
	for _, lang := range gen.Languages() {
		if out := string(render(t, s, lang)); !strings.Contains(out, "Okay") {
			t.Errorf("%s: the new phrase is missing", lang)
		}
	}
	if c := code(s, 299); c.Ident.Go != "StatusMostlyOkay" {
		t.Errorf("a code the overlay adds is named %s, want StatusMostlyOkay from its phrase", c.Ident.Go)
	}
	if c := code(s, 200); c.Ident.Go != "StatusOK" || c.Phrase != "Okay" {
		t.Errorf("200: %s %q, want StatusOK \"Okay\"", c.Ident.Go, c.Phrase)
	}
}

// TestStableNamesExample: the example of stable names in docs/spec.md
// does what its comments say.
func TestStableNamesExample(t *testing.T) {
	const page = "../docs/spec.md"
	doc, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	var example string
	for _, part := range strings.Split(string(doc), "```yaml\n")[1:] {
		if block, _, _ := strings.Cut(part, "```"); strings.Contains(block, "phrase: Okay") {
			example = block
		}
	}
	if example == "" {
		t.Fatalf("%s has no example that overrides 200's phrase with Okay", page)
	}
	s := testspec.Load(t, testspec.Registry(), gen.Source{Name: page, Data: []byte(example)})
	if c := code(s, 200); c.Ident.Go != "StatusOK" || c.Ident.Upper != "OK" || c.Phrase != "Okay" {
		t.Errorf("200: %s, %s, %q", c.Ident.Go, c.Ident.Upper, c.Phrase)
	}
	if c := code(s, 201); c.Ident.Go != "StatusMade" || c.Ident.Upper != "MADE" {
		t.Errorf("201: %s, %s", c.Ident.Go, c.Ident.Upper)
	}
	if out := string(render(t, s, "go")); strings.Contains(out, "StatusCreated") {
		t.Error("the Go table still declares StatusCreated")
	}
}

// TestStableNamesOfUserCodes: the layer that adds a code names it, also
// when that layer is the user's: a later file's phrase does not rename it.
func TestStableNamesOfUserCodes(t *testing.T) {
	s := testspec.Load(t,
		gen.Source{Name: "base.yaml", Data: []byte("codes:\n  - code: 499\n    phrase: Client Closed Request\n")},
		gen.Source{Name: "local.yaml", Data: []byte("codes:\n  - code: 499\n    phrase: Client Went Away\n")})
	if c := code(s, 499); c.Ident.Go != "StatusClientClosedRequest" || c.Phrase != "Client Went Away" {
		t.Errorf("499: %s %q", c.Ident.Go, c.Phrase)
	}
	// A first layer without a phrase names nothing: the first phrase does.
	s = testspec.Load(t,
		gen.Source{Name: "a.yaml", Data: []byte("codes:\n  - code: 499\n    description: Gone.\n")},
		gen.Source{Name: "b.yaml", Data: []byte("codes:\n  - code: 499\n    phrase: Client Closed Request\n")},
		gen.Source{Name: "c.yaml", Data: []byte("codes:\n  - code: 499\n    phrase: Client Went Away\n")})
	if c := code(s, 499); c.Ident.Go != "StatusClientClosedRequest" {
		t.Errorf("499 without a phrase at first: %s", c.Ident.Go)
	}
}

func code(s *gen.Spec, n int) gen.Code {
	for _, c := range s.Codes {
		if c.Code == n {
			return c
		}
	}
	return gen.Code{}
}
