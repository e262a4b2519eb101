// Package examples holds user templates for languages statusgen has no
// built-in target for; this test renders each and compiles and runs the
// result with its real toolchain.
package examples

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testtool"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

// TestRust renders examples/rust/status.rs.tmpl for the registry with the
// hostile-strings spec merged, compiles it with rustc (warnings are errors)
// and checks that every phrase and description comes back byte for byte.
func TestRust(t *testing.T) {
	rustc := testtool.Require(t, "rustc")
	hostile, err := os.ReadFile("../test/testdata/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := gen.LoadSpec([]gen.Source{
		{Name: spec.RegistryName, Data: spec.Registry()},
		{Name: "hostile.json", Data: hostile},
	}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := gen.NewRenderer(templates.FS(), "templates").Render(s, gen.Target{Lang: "rust", Template: "rust/status.rs.tmpl"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "status.rs"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	main, err := os.ReadFile("rust/dump.rs")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dump.rs"), main, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "dump")
	if out, err := exec.Command(rustc, "--edition", "2021", "-D", "warnings", "-o", bin, filepath.Join(dir, "dump.rs")).CombinedOutput(); err != nil {
		t.Fatalf("rustc: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		t.Fatalf("running the Rust program: %v", err)
	}
	fields := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	if len(fields) != 3*len(s.Codes) {
		t.Fatalf("got %d fields for %d codes", len(fields), len(s.Codes))
	}
	for i, c := range s.Codes {
		code, phrase, desc := fields[3*i], fields[3*i+1], fields[3*i+2]
		if code != strconv.Itoa(c.Code) || phrase != c.Phrase || desc != c.Description {
			t.Errorf("code %d: Rust gives %s %q %q, want %q %q", c.Code, code, phrase, desc, c.Phrase, c.Description)
		}
	}
}
