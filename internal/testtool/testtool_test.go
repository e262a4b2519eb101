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

// TestGoTestWithOnlyGo builds the tests of the packages whose tests need
// another toolchain (examples: perl; test/languages: rustc, clippy, javac,
// mcs, mono, php, ruby; gen: cmark-gfm) with a PATH that holds only the go
// command, and runs them so: they pass, each such test skipped with a
// message naming its tool, and fail once CI=true. The test binaries are
// built once and run twice.
func TestGoTestWithOnlyGo(t *testing.T) {
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
	env := func(ci string) []string {
		env := []string{"PATH=" + bin, "CGO_ENABLED=0", testtool.StrictVar + "=" + ci}
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "PATH=") && !strings.HasPrefix(kv, testtool.StrictVar+"=") && !strings.HasPrefix(kv, "CGO_ENABLED=") {
				env = append(env, kv)
			}
		}
		return env
	}
	packages := map[string]string{"examples": "examples.test", "test/languages": "languages.test", "gen": "gen.test"}
	tests := t.TempDir()
	build := exec.Command(filepath.Join(bin, "go"), "test", "-c", "-o", tests+string(filepath.Separator), "./examples/", "./test/languages/", "./gen/")
	build.Dir = "../.."
	build.Env = env("")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go test -c with only go in PATH failed: %v\n%s", err, out)
	}
	run := func(ci string) (string, error) {
		var all strings.Builder
		var failed error
		for dir, test := range packages {
			cmd := exec.Command(filepath.Join(tests, test), "-test.v", "-test.count=1",
				"-test.run", "^(TestPerl|TestRust|TestJava|TestCSharp|TestPHP|TestRuby|TestMarkdownStaysInert)$")
			cmd.Dir = filepath.Join("../..", dir)
			cmd.Env = env(ci)
			out, err := cmd.CombinedOutput()
			all.Write(out)
			if err != nil {
				failed = fmt.Errorf("%s: %w", dir, err)
			}
		}
		return all.String(), failed
	}

	tools := map[string]string{
		"TestPerl": "perl", "TestRust": "clippy-driver", "TestJava": "javac", "TestCSharp": "mcs",
		"TestPHP": "php", "TestRuby": "ruby", "TestMarkdownStaysInert": "cmark-gfm",
	}
	out, err := run("")
	if err != nil {
		t.Fatalf("the tests with only go in PATH failed: %v\n%s", err, out)
	}
	for test, tool := range tools {
		if !strings.Contains(out, "--- SKIP: "+test) || !strings.Contains(out, "needs "+tool) {
			t.Errorf("%s was not skipped with a message naming %s", test, tool)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}

	out, err = run("true")
	if err == nil {
		t.Fatalf("the tests with only go in PATH passed with CI=true:\n%s", out)
	}
	for test, tool := range tools {
		if !strings.Contains(out, "--- FAIL: "+test) || !strings.Contains(out, tool+" is required") {
			t.Errorf("%s did not fail naming %s", test, tool)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}
