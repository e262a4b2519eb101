package gen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
)

// TestHostileGo compiles the Go table of the hostile spec with a program
// that prints every phrase and description, and compares them byte for
// byte.
func TestHostileGo(t *testing.T) {
	s := testspec.Hostile(t)
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":    "module hostile\n\ngo 1.21\n",
		"status.go": string(renderPackage(t, s, "go", "main")),
		"main.go": `package main

import "fmt"

func main() {
	for _, c := range Codes() {
		fmt.Printf("%d\x00%s\x00%s\x00", int(c), c.Text(), c.Description())
	}
}
`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "vet", ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	cmd = exec.Command("go", "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go test: %v\n%s", err, out)
	}
	text := string(out)
	text = text[:strings.LastIndex(text, "\x00")]
	fields := strings.Split(text, "\x00")
	if len(fields) != 3*len(s.Codes) {
		t.Fatalf("got %d fields for %d codes", len(fields), len(s.Codes))
	}
	for i, c := range s.Codes {
		if fields[3*i] != strconv.Itoa(c.Code) || fields[3*i+1] != c.Phrase || fields[3*i+2] != c.Description {
			t.Errorf("%d: Go gives %q %q, want %q %q", c.Code, fields[3*i+1], fields[3*i+2], c.Phrase, c.Description)
		}
	}
}

// TestHostileRejected lists what no target can carry safely: each is
// rejected with a diagnostic at the offending value.
func TestHostileRejected(t *testing.T) {
	for name, entry := range map[string]string{
		"NUL":                    `{code: 599, phrase: "a\0b"}`,
		"escape":                 `{code: 599, phrase: "a\eb"}`,
		"carriage return":        `{code: 599, phrase: "a\rb"}`,
		"right-to-left override": `{code: 599, phrase: "a\u202Eb"}`,
		"right-to-left mark":     `{code: 599, phrase: "a\u200Fb"}`,
		"line separator":         `{code: 599, phrase: "a b", description: "a\u2028b"}`,
		"C1 control":             `{code: 599, phrase: "a\u0085b"}`,
		"leading space":          `{code: 599, phrase: " a"}`,
		"reserved Go name":       `{code: 599, phrase: "Text"}`,
		"name with digit first":  `{code: 599, phrase: "2 Fast"}`,
		"non-ASCII identifier":   `{code: 599, phrase: "Ünknown"}`,
		"lower-case name":        `{code: 599, phrase: "X", name: "lower"}`,
	} {
		data := []byte("codes: [" + entry + "]\n")
		_, _, err := gen.LoadSpec([]gen.Source{testspec.Registry(), {Name: "h.yaml", Data: data}}, gen.DefaultLimits(), time.Time{})
		if err == nil || !strings.HasPrefix(err.Error(), "h.yaml:1:") {
			t.Errorf("%s: error %v, want a diagnostic at h.yaml:1", name, err)
		}
	}
	_, _, err := gen.LoadSpec([]gen.Source{testspec.Registry(), {Name: "h.yaml", Data: []byte("classes: [{class: 4, name: 4xx}]\n")}}, gen.DefaultLimits(), time.Time{})
	if err == nil || !strings.HasPrefix(err.Error(), `h.yaml:1:28: class name "4xx" is not a name that gives an identifier`) {
		t.Errorf("class name without an identifier: %v", err)
	}
	_, _, err = gen.LoadSpec([]gen.Source{{Name: "h.yaml", Data: []byte("codes: [{code: 599, phrase: \"\xff\"}]\n")}}, gen.DefaultLimits(), time.Time{})
	if err == nil {
		t.Error("invalid UTF-8 was accepted")
	}
}

// TestTargetNamesRejected: a name that only one of the new targets spells
// like another code, or like a name the target declares itself, is an
// error at the entry, naming the target.
func TestTargetNamesRejected(t *testing.T) {
	for _, tt := range []struct{ entry, want string }{
		{`{code: 599, phrase: "Version Not Supported"}`, "HTTP_VERSION_NOT_SUPPORTED (php) collides with code 505"},
		{`{code: 599, phrase: "Retry Policy"}`, "identifier RETRY_POLICY is reserved in the Java target"},
		{`{code: 599, phrase: "HTTP Status Codes"}`, "identifier HTTP_STATUS_CODES is reserved in the Ruby target"},
		{`{code: 599, phrase: "Http Status Code"}`, "identifier HttpStatusCode is reserved in the C# target"},
		{`{code: 599, phrase: "X", aliases: [{name: NotFound, targets: [csharp]}]}`, "NotFound (csharp) collides with code 404"},
		{`{code: 599, phrase: "X", aliases: [{name: Y, targets: [kotlin]}]}`, `alias target "kotlin" is not one of go, typescript, python, rust, java, csharp, php, ruby`},
	} {
		data := []byte("codes: [" + tt.entry + "]\n")
		_, _, err := gen.LoadSpec([]gen.Source{testspec.Registry(), {Name: "h.yaml", Data: data}}, gen.DefaultLimits(), time.Time{})
		if err == nil || !strings.HasPrefix(err.Error(), "h.yaml:1:") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one at h.yaml:1 saying %q", tt.entry, err, tt.want)
		}
	}
}
