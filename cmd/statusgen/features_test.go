package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testdisk"
	"github.com/statusgen/statusgen/spec"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	testdisk.WriteFile(t, path, content)
}

func TestExtras(t *testing.T) {
	code, stdout, stderr := statusgen(t, testEnv(nil), "-lang", "go", "-extras", "nginx,cloudflare", "-o", "-")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	for _, want := range []string{"\tStatusClientClosedRequest ", "\tStatusWebServerIsDown ", "\tStatusNotFound "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(stdout, "StatusLoginTimeOut") {
		t.Error("an extras set that was not asked for is in the output")
	}
	if code, _, stderr := statusgen(t, testEnv(nil), "-lang", "go", "-extras", "nope", "-o", "-"); code != 2 || !strings.Contains(stderr, `unknown extras set "nope"`) {
		t.Errorf("unknown set: status %d, stderr %q", code, stderr)
	}
}

// TestExtrasSets checks every embedded set: it loads on top of the
// registry together with all the others, adds only codes, and says where
// each entry comes from.
func TestExtrasSets(t *testing.T) {
	sets := spec.ExtraSets()
	if len(sets) < 4 {
		t.Fatalf("extras sets: %q", sets)
	}
	sources := []gen.Source{{Name: spec.RegistryName, Data: spec.Registry()}}
	registry, _, err := gen.LoadSpec(sources, gen.DefaultLimits(), before104Expired)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range sets {
		data, ok := spec.Extra(name)
		if !ok {
			t.Fatalf("set %q is listed but not found", name)
		}
		sources = append(sources, gen.Source{Name: spec.ExtraName(name), Data: data, AddOnly: true})
	}
	all, _, err := gen.LoadSpec(sources, gen.DefaultLimits(), before104Expired)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Codes) <= len(registry.Codes) {
		t.Fatal("the extras sets add no codes")
	}
	for _, c := range all.Codes {
		registered := false
		for _, r := range registry.Codes {
			registered = registered || r.Code == c.Code
		}
		if registered != (c.Source == "") {
			t.Errorf("%d: registered %v but source %q", c.Code, registered, c.Source)
		}
		if !registered && (c.Description == "" || len(c.References) == 0) {
			t.Errorf("%d: an extras entry needs a description and a reference", c.Code)
		}
	}
	// A set that reuses a registered code is an error.
	bad := gen.Source{Name: "bad-set.yaml", Data: []byte("codes:\n  - code: 404\n    phrase: Gone Fishing\n"), AddOnly: true}
	_, _, err = gen.LoadSpec([]gen.Source{sources[0], bad}, gen.DefaultLimits(), before104Expired)
	if err == nil || !strings.Contains(err.Error(), "bad-set.yaml:2:11: code 404 collides with 404 Not Found") {
		t.Errorf("colliding set: %v", err)
	}
}

func TestCustomTemplate(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "tmpl", "table.txt.tmpl"), "# {{ .Marker }}\n{{ range .Codes }}{{ template \"row.tmpl\" . }}{{ end }}")
	writeFile(t, filepath.Join(dir, "tmpl", "row.tmpl"), "{{ .Code }}\t{{ .Ident.Snake }}\t{{ .Phrase | upper }}\n")
	out := filepath.Join(dir, "table.txt")
	code, _, stderr := statusgen(t, testEnv(nil), "-template", filepath.Join(dir, "tmpl", "table.txt.tmpl"), "-o", out)
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(out)
	if !strings.Contains(string(got), "404\tnot_found\tNOT FOUND\n") || !strings.HasPrefix(string(got), "# "+gen.Marker) {
		t.Errorf("output:\n%s", got)
	}

	// Errors point into the user's template.
	writeFile(t, filepath.Join(dir, "tmpl", "row.tmpl"), "{{ .Code }}\n{{ .NoSuchField }}\n")
	code, _, stderr = statusgen(t, testEnv(nil), "-template", filepath.Join(dir, "tmpl", "table.txt.tmpl"), "-o", out)
	if want := filepath.Join(dir, "tmpl") + "/row.tmpl:2:3: "; code != 2 || !strings.HasPrefix(stderr, want) {
		t.Errorf("status %d, stderr %q, want it to start with %q", code, stderr, want)
	}
}

func TestDumpTemplates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tmpl")
	code, stdout, stderr := statusgen(t, testEnv(nil), "-dump-templates", dir)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("status %d, stdout %q, stderr %q; want a silent success", code, stdout, stderr)
	}
	goTmpl := filepath.Join(dir, "go", "status.go.tmpl")
	// The dumped template renders exactly what the built-in one does.
	_, builtin, _ := statusgen(t, testEnv(nil), "-lang", "go", "-o", "-")
	_, dumped, stderr := statusgen(t, testEnv(nil), "-lang", "go", "-template", goTmpl, "-o", "-")
	if builtin == "" || builtin != dumped {
		t.Errorf("the dumped Go template renders differently (%s)", stderr)
	}
	if code, _, stderr := statusgen(t, testEnv(nil), "-dump-templates", dir); code != 2 || !strings.Contains(stderr, "never overwrites") {
		t.Errorf("second dump: status %d, stderr %q", code, stderr)
	}
}

// TestJSONTarget reads the JSON target as a consumer would (format 1,
// docs/json.md): test/json.test.mjs validates it against its schema.
func TestJSONTarget(t *testing.T) {
	code, stdout, stderr := statusgen(t, testEnv(nil), "-lang", "json", "-o", "-")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	var doc struct {
		Comment string `json:"$comment"`
		Format  int
		Version string
		Classes []struct{ Class int }
		Codes   []struct {
			Code      int
			Phrase    string
			Name      string
			Semantics struct{ Retryable bool }
			Aliases   []struct {
				Name   string
				Phrase *string
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Comment != gen.Marker || doc.Format != 1 || doc.Version == "" || len(doc.Classes) != 5 || len(doc.Codes) != 64 {
		t.Fatalf("comment %q, format %d, version %q, %d classes, %d codes", doc.Comment, doc.Format, doc.Version, len(doc.Classes), len(doc.Codes))
	}
	for _, c := range doc.Codes {
		if c.Code == 413 && (c.Phrase != "Content Too Large" || c.Name != "ContentTooLarge" || len(c.Aliases) < 2 ||
			c.Aliases[0].Phrase == nil || *c.Aliases[0].Phrase != "Request Entity Too Large") {
			t.Errorf("413: %+v", c)
		}
		if c.Code == 503 && !c.Semantics.Retryable {
			t.Error("503 is not retryable in the JSON")
		}
	}
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "codes.yaml"), "codes:\n  - code: 499\n    phrase: Client Closed Request\n")
	config := filepath.Join(dir, "statusgen.yaml")
	writeFile(t, config, `specs: [codes.yaml]
extras: [cloudflare]
targets:
  - lang: go
    package: api
    output: go/status.go
  - lang: markdown
    output: docs/codes.md
    front_matter: true
  - lang: json
    output: data/codes.json
`)
	e := testEnv(nil)
	if code, _, stderr := statusgen(t, e, "-config", config); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	goOut, _ := os.ReadFile(filepath.Join(dir, "go", "status.go"))
	if !bytes.Contains(goOut, []byte("package api\n")) || !bytes.Contains(goOut, []byte("StatusClientClosedRequest")) || !bytes.Contains(goOut, []byte("StatusWebServerIsDown")) {
		t.Error("the Go target lacks the package name, the user's code or the extras")
	}
	md, _ := os.ReadFile(filepath.Join(dir, "docs", "codes.md"))
	if !bytes.HasPrefix(md, []byte("---\n")) {
		t.Error("front_matter: true gave no front matter")
	}
	if code, _, stderr := statusgen(t, e, "-config", config, "-check"); code != 0 {
		t.Errorf("-check after generate: status %d: %s", code, stderr)
	}
	writeFile(t, filepath.Join(dir, "data", "codes.json"), "{\n  \"$comment\": \""+gen.Marker+"\",\n  \"version\": \"0\"\n}\n")
	if code, _, stderr := statusgen(t, e, "-config", config, "-check"); code != 1 || !strings.Contains(stderr, "codes.json: stale") {
		t.Errorf("-check with a stale target: status %d: %s", code, stderr)
	}

	// One failing target writes nothing, not even the good ones.
	writeFile(t, filepath.Join(dir, "broken.tmpl"), "// {{ .Marker }}\n{{ .Nope }}\n")
	writeFile(t, config, "targets:\n  - lang: go\n    output: go/new.go\n  - template: broken.tmpl\n    output: broken.txt\n")
	code, _, stderr := statusgen(t, e, "-config", config)
	if code != 2 || !strings.Contains(stderr, "broken.tmpl:2:3") {
		t.Errorf("broken target: status %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "go", "new.go")); !os.IsNotExist(err) {
		t.Error("a good target was written although another failed")
	}

	// The config is strict.
	writeFile(t, config, "targets:\n  - lang: go\n    ouput: x.go\n")
	code, _, stderr = statusgen(t, e, "-config", config)
	if want := config + `:3:5: unknown field "ouput" (did you mean "output"?)`; code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("unknown key: status %d, stderr %q, want %q", code, stderr, want)
	}
	if code, _, _ := statusgen(t, e, "-config", config, "-lang", "go"); code != 2 {
		t.Error("-config with -lang must be a usage error")
	}
}

func TestClean(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "statusgen.yaml")
	writeFile(t, config, "targets:\n  - lang: go\n    output: out/status.go\n")
	orphan := filepath.Join(dir, "out", "old_gen.go")
	mine := filepath.Join(dir, "out", "mine.go")
	writeFile(t, orphan, "// "+gen.Marker+"\n\npackage out\n")
	writeFile(t, mine, "package out\n")
	e := testEnv(nil)
	if code, _, stderr := statusgen(t, e, "-config", config, "-check", "-clean"); code != 1 || !strings.Contains(stderr, "old_gen.go: generated, but no target produces it") {
		t.Errorf("-check -clean: status %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(orphan); err != nil {
		t.Error("-check removed a file")
	}
	if code, _, stderr := statusgen(t, e, "-config", config, "-clean"); code != 0 {
		t.Fatalf("-clean: status %d: %s", code, stderr)
	}
	if _, err := os.Stat(orphan); !os.IsNotExist(err) {
		t.Error("-clean left the orphaned generated file")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("-clean removed a file we did not generate")
	}
	if code, _, _ := statusgen(t, e, "-lang", "go", "-o", "x.go", "-clean"); code != 2 {
		t.Error("-clean without -config must be a usage error")
	}
}

// TestFailedWriteKeepsEarlierFiles: when one output cannot be written (here
// its path is a directory), no output is written and files from an earlier
// run stay as they were.
func TestFailedWriteKeepsEarlierFiles(t *testing.T) {
	dir := t.TempDir()
	config := filepath.Join(dir, "statusgen.yaml")
	writeFile(t, config, "targets:\n  - lang: go\n    output: a/status.go\n  - lang: json\n    output: b/codes.json\n")
	e := testEnv(nil)
	if code, _, stderr := statusgen(t, e, "-config", config); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "a", "status.go"))
	writeFile(t, filepath.Join(dir, "extra.yaml"), "codes:\n  - code: 499\n    phrase: Client Closed Request\n")
	writeFile(t, config, "specs: [extra.yaml]\ntargets:\n  - lang: go\n    output: a/status.go\n  - lang: json\n    output: b\n")
	code, _, stderr := statusgen(t, e, "-config", config)
	if code != 2 || !strings.Contains(stderr, "is a directory") {
		t.Errorf("status %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "a", "status.go")); !bytes.Equal(before, after) {
		t.Error("an earlier file changed although the run failed")
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "a"))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}
