// Package examples holds user templates for languages statusgen has no
// built-in target for; this test renders each and runs the result with its
// real toolchain.
package examples

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/output"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/internal/testtool"
	"github.com/statusgen/statusgen/templates"
)

// TestPerl renders examples/perl/StatusTable.pm.tmpl for the registry with
// the hostile-strings spec merged, runs a Perl program that checks a few
// calls under strict and warnings, and checks that every phrase and
// description comes back byte for byte. Without perl the test skips (with
// CI=true it fails).
func TestPerl(t *testing.T) {
	perl := testtool.Require(t, "perl")
	s := testspec.Hostile(t)
	r := gen.NewRenderer(templates.FS(), "templates")
	r.OpenDir = func(dir string) (fs.FS, error) { return output.TemplateDir(dir, gen.DefaultLimits().MaxFileSize) }
	src, err := r.Render(s, gen.Target{Lang: "perl", Template: "perl/StatusTable.pm.tmpl"})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "StatusTable.pm"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	main, err := os.ReadFile("perl/dump.pl")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dump.pl"), main, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(perl, "-w", filepath.Join(dir, "dump.pl"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("running the Perl program: %v\n%s", err, stderr.String())
	}
	fields := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	if len(fields) != 3*len(s.Codes) {
		t.Fatalf("got %d fields for %d codes", len(fields), len(s.Codes))
	}
	for i, c := range s.Codes {
		code, phrase, desc := fields[3*i], fields[3*i+1], fields[3*i+2]
		if code != strconv.Itoa(c.Code) || phrase != c.Phrase || desc != c.Description {
			t.Errorf("code %d: Perl gives %s %q %q, want %q %q", c.Code, code, phrase, desc, c.Phrase, c.Description)
		}
	}
}
