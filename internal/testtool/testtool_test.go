package testtool_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/testtool"
)

// recorder is a testtool.TB that remembers how Require ended the test.
type recorder struct{ skipped, failed string }

func (r *recorder) Helper()                           {}
func (r *recorder) Skipf(format string, args ...any)  { r.skipped = fmt.Sprintf(format, args...) }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

func TestRequire(t *testing.T) {
	bin := t.TempDir()
	tool := filepath.Join(bin, "some-tool")
	if err := os.WriteFile(tool, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
	for _, tc := range []struct {
		name, ci, tool   string
		wantPath         string
		wantSkip, wantFa bool
	}{
		{name: "present", ci: "", tool: "some-tool", wantPath: tool},
		{name: "present in CI", ci: "true", tool: "some-tool", wantPath: tool},
		{name: "missing", ci: "", tool: "no-such-tool", wantSkip: true},
		{name: "missing, CI=false", ci: "false", tool: "no-such-tool", wantSkip: true},
		{name: "missing in CI", ci: "true", tool: "no-such-tool", wantFa: true},
		{name: "missing, CI=1", ci: "1", tool: "no-such-tool", wantFa: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(testtool.StrictVar, tc.ci)
			var r recorder
			path := testtool.Require(&r, tc.tool)
			if path != tc.wantPath {
				t.Errorf("path = %q, want %q", path, tc.wantPath)
			}
			if (r.skipped != "") != tc.wantSkip || (r.failed != "") != tc.wantFa {
				t.Fatalf("skipped %q, failed %q; want skip %v, fail %v", r.skipped, r.failed, tc.wantSkip, tc.wantFa)
			}
			if msg := r.skipped + r.failed; msg != "" && !strings.Contains(msg, tc.tool) {
				t.Errorf("message %q does not name %s", msg, tc.tool)
			}
		})
	}
}

// TestGoTestWithoutRustc runs `go test ./examples/` (whose TestRust needs
// rustc) with a PATH that holds only the go command: it passes, with a skip
// message naming rustc, and fails once CI=true.
func TestGoTestWithoutRustc(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test in a subprocess; make test runs it")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not in PATH: %v", err)
	}
	bin := t.TempDir()
	if err := os.Symlink(goCmd, filepath.Join(bin, "go")); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath(filepath.Join(bin, "rustc")); err == nil {
		t.Fatal("rustc in the test PATH")
	}
	run := func(ci string) (string, error) {
		cmd := exec.Command(filepath.Join(bin, "go"), "test", "-count=1", "-v", "-run", "^TestRust$", "./examples/")
		cmd.Dir = "../.."
		cmd.Env = []string{"PATH=" + bin, "CGO_ENABLED=0", testtool.StrictVar + "=" + ci}
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "PATH=") && !strings.HasPrefix(kv, testtool.StrictVar+"=") && !strings.HasPrefix(kv, "CGO_ENABLED=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}

	out, err := run("")
	if err != nil {
		t.Fatalf("go test ./examples/ without rustc failed: %v\n%s", err, out)
	}
	if !strings.Contains(out, "--- SKIP: TestRust") || !strings.Contains(out, "needs rustc") {
		t.Errorf("TestRust was not skipped with a message naming rustc:\n%s", out)
	}

	out, err = run("true")
	if err == nil {
		t.Fatalf("go test ./examples/ without rustc passed with CI=true:\n%s", out)
	}
	if !strings.Contains(out, "--- FAIL: TestRust") || !strings.Contains(out, "rustc is required") {
		t.Errorf("TestRust did not fail naming rustc:\n%s", out)
	}
}
