package gen_test

import (
	"bytes"
	"go/format"
	"os"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/benchproc/bigspec"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

// layoutSpec holds what gofmt would lay out differently if the Go template
// printed it naively: identifiers of very different lengths (the const
// blocks' alignment), a class renamed to a long name, a retry policy with
// lines that gofmt's doc comment formatter rewrites (a line that reads as
// a heading, list markers, runs of blank lines, a long word) and a
// reference title ending in a no-break space (gofmt trims a comment's
// trailing white space).
const layoutSpec = `
retry_policy: "Policy\n\nRetry Policy\n\n- one\n1. two\n# Heading\n\n\n\nA paragraph with a very-long-word-that-does-not-fit-on-any-line-of-seventy-eight-columns-at-all in it.\n  indented text"
classes:
  - class: 4
    name: Client Oops With A Rather Long Class Name
codes:
  - code: 499
    phrase: A
    name: A
    references:
      - url: https://example.com/a
        title: "Title with a no-break space\u00a0"
  - code: 498
    phrase: A Phrase That Gives A Very Long Identifier Indeed For Alignment
    lifecycle: obsoleted
    aliases:
      - name: Short
        phrase: Older phrase
`

// TestGoOutputIsGofmtClean: the built-in Go template's output skips
// go/format, so go/format must leave it as it is for every spec: the
// registry, the registry with every extras set, the hostile spec, the
// 500-code spec and a spec built to upset the layout.
func TestGoOutputIsGofmtClean(t *testing.T) {
	cases := preformattedCases(t)
	cases["layout"] = []gen.Source{testspec.Registry(), {Name: "layout.yaml", Data: []byte(layoutSpec)}}
	for name, sources := range cases {
		t.Run(name, func(t *testing.T) {
			out := render(t, testspec.Load(t, sources...), "go")
			formatted, err := format.Source(out)
			if err != nil {
				t.Fatalf("go/format: %v", err)
			}
			if !bytes.Equal(formatted, out) {
				t.Errorf("go/format changes the built-in Go output:\n%s", gen.TestDiff("status.go", out, formatted))
			}
		})
	}
}

// preformattedCases are the specs whose built-in output the tests of a
// preformatted language (Go, JSON) hold to its formatter: the registry,
// the registry with every extras set, the hostile spec and the 500-code
// spec.
func preformattedCases(t *testing.T) map[string][]gen.Source {
	t.Helper()
	hostile, err := os.ReadFile("../test/testdata/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	extras := []gen.Source{testspec.Registry()}
	for _, name := range spec.ExtraSets() {
		data, _ := spec.Extra(name)
		extras = append(extras, gen.Source{Name: spec.ExtraName(name), Data: data, AddOnly: true})
	}
	return map[string][]gen.Source{
		"registry":  {testspec.Registry()},
		"extras":    extras,
		"hostile":   {testspec.Registry(), {Name: "hostile.json", Data: hostile}},
		"codes=500": {{Name: "bench-500.yaml", Data: bigspec.Spec(bigspec.MaxCodes)}},
	}
}

// TestUserGoTemplateIsFormatted: a user's template for the Go target still
// goes through go/format.
func TestUserGoTemplateIsFormatted(t *testing.T) {
	tmpl := "// {{ .Marker }}\n\npackage {{ .Package }}\n\nconst (\n{{ range .Codes }}{{ .Ident.Go }} = {{ .Code }}\n{{ end }})\n"
	s := testspec.Load(t, testspec.Registry())
	r := gen.NewRenderer(templates.FS(), "templates")
	r.OpenDir = userTemplates("mine", map[string]string{"status.go.tmpl": tmpl})
	out, err := r.Render(s, gen.Target{Lang: "go", Template: "mine/status.go.tmpl", Package: "p"})
	if err != nil {
		t.Fatal(err)
	}
	formatted, err := format.Source(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(formatted, out) {
		t.Errorf("a user's Go template was not formatted:\n%s", gen.TestDiff("status.go", out, formatted))
	}
	if !bytes.Contains(out, []byte("\tStatusContinue                      = 100\n")) {
		t.Errorf("want the constants indented and aligned by go/format, got:\n%.300s", out)
	}
}
