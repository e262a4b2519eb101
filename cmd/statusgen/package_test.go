package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/testdisk"
)

// packageClause returns the package clause line of a generated Go file.
func packageClause(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "package ") {
			return line
		}
	}
	t.Fatalf("%s has no package clause", path)
	return ""
}

// TestPackageInference: without -package and $GOPACKAGE, the Go target
// takes the package its directory shows, so that a run outside go
// generate (-check in CI, a plain run after it) agrees with go generate.
func TestPackageInference(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "status_gen.go")
	testdisk.WriteFile(t, filepath.Join(dir, "api.go"), "// Package api serves.\npackage api\n\n//go:generate go tool statusgen -lang go -o status_gen.go\n")
	testdisk.WriteFile(t, filepath.Join(dir, "api_test.go"), "package api_test\n")
	noEnv := testEnv(nil)

	// As go generate runs it, then as CI does, without $GOPACKAGE.
	if code, _, stderr := statusgen(t, testEnv(map[string]string{"GOPACKAGE": "api"}), "-lang", "go", "-o", out); code != 0 {
		t.Fatalf("generate with $GOPACKAGE: status %d, %s", code, stderr)
	}
	if code, stdout, stderr := statusgen(t, noEnv, "-lang", "go", "-check", "-diff", "-o", out); code != 0 || stdout != "" || stderr != "" {
		t.Errorf("-check without $GOPACKAGE: status %d, stdout %q, stderr %q; want 0 and silence", code, stdout, stderr)
	}
	if code, _, stderr := statusgen(t, noEnv, "-lang", "go", "-o", out); code != 0 || packageClause(t, out) != "package api" {
		t.Errorf("a plain run: status %d, %s, %q; want package api kept", code, stderr, packageClause(t, out))
	}

	// The file's own clause decides over its neighbours: a file in package
	// api whose neighbours moved to package v2 is stale only by content.
	testdisk.WriteFile(t, filepath.Join(dir, "api.go"), "package v2\n")
	testdisk.WriteFile(t, filepath.Join(dir, "api_test.go"), "package v2_test\n")
	if code, _, stderr := statusgen(t, noEnv, "-lang", "go", "-check", "-o", out); code != 0 {
		t.Errorf("-check after the neighbours changed package: status %d, %s", code, stderr)
	}
	// Without the file, the neighbours decide.
	os.Remove(out)
	if code, _, stderr := statusgen(t, noEnv, "-lang", "go", "-o", out); code != 0 || packageClause(t, out) != "package v2" {
		t.Errorf("a new file: status %d, %s, %q; want package v2", code, stderr, packageClause(t, out))
	}
	// $GOPACKAGE and -package come first: the file is then stale.
	for _, tc := range []struct {
		env  map[string]string
		args []string
	}{
		{map[string]string{"GOPACKAGE": "other"}, nil},
		{nil, []string{"-package", "other"}},
	} {
		args := append([]string{"-lang", "go", "-check", "-o", out}, tc.args...)
		if code, _, stderr := statusgen(t, testEnv(tc.env), args...); code != 1 || !strings.Contains(stderr, "stale") {
			t.Errorf("%v %q: status %d, stderr %q; want the file stale", tc.env, tc.args, code, stderr)
		}
	}
	// A config target without package: is inferred the same way.
	config := filepath.Join(dir, "statusgen.yaml")
	testdisk.WriteFile(t, config, "targets:\n  - lang: go\n    output: status_gen.go\n  - lang: go\n    output: sub/codes.go\n")
	if code, _, stderr := statusgen(t, noEnv, "-config", config, "-check"); code != 1 || stderr != filepath.Join(dir, "sub", "codes.go")+": missing; run statusgen to generate it\n" {
		t.Errorf("-config -check: status %d, stderr %q; want only sub/codes.go missing", code, stderr)
	}
	if code, _, stderr := statusgen(t, noEnv, "-config", config); code != 0 || packageClause(t, filepath.Join(dir, "sub", "codes.go")) != "package httpstatus" {
		t.Errorf("-config: status %d, %s; a directory without Go files gets httpstatus", code, stderr)
	}
	// Standard output has no directory: the default, whatever is around.
	t.Chdir(dir)
	if code, stdout, _ := statusgen(t, noEnv, "-lang", "go", "-o", "-"); code != 0 || !strings.Contains(stdout, "\npackage httpstatus\n") {
		t.Errorf("-o -: status %d; want package httpstatus", code)
	}
}

// TestPackageInferenceFails: Go files that disagree, or a clause that is
// no package name statusgen accepts, fail the run with the path, before
// anything is written; -package settles it.
func TestPackageInferenceFails(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"disagree", map[string]string{"a.go": "package a\n", "b.go": "package b\n"},
			": cannot tell which package the file belongs in: the Go files beside it disagree (a.go has package a, b.go has package b); name it with -package (package: in a config file)\n"},
		{"blank package", map[string]string{"a.go": "package _\n"},
			`: the package clause there: "_" is not a Go package name`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				testdisk.WriteFile(t, filepath.Join(dir, name), content)
			}
			out := filepath.Join(dir, "status_gen.go")
			before := testdisk.Tree(t, dir)
			code, _, stderr := statusgen(t, testEnv(nil), "-lang", "go", "-o", out)
			if code != 2 || !strings.HasPrefix(stderr, out+tc.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("status %d, stderr %q; want 2 and %q", code, stderr, out+tc.want)
			}
			testdisk.SameTree(t, "after the failed run", testdisk.Tree(t, dir), before)
			if code, _, stderr := statusgen(t, testEnv(nil), "-lang", "go", "-package", "a", "-o", out); code != 0 {
				t.Errorf("with -package: status %d, %s", code, stderr)
			}
		})
	}
}
