//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testdisk"
)

func tree(t *testing.T, root string) map[string]string { return testdisk.Tree(t, root) }

func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	testdisk.SameTree(t, what, got, want)
}

// statusgenIn runs the CLI in-process in dir (relative paths resolve
// there) and fails the test if it has not returned within a minute: a
// FIFO must never make it hang.
func statusgenIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := statusgen(t, testEnv(nil), args...)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(time.Minute):
		t.Fatalf("statusgen %q hangs", args)
	}
	return 0, "", ""
}

const (
	goMarker = "// " + gen.Marker
	oldGo    = goMarker + "\n\npackage out\n\nconst Old = 1\n"
)

// TestOwnershipAttacks: -clean among hand-written files that quote the
// marker in every way short of carrying it, a symlink to a generated file,
// a generated file in a subdirectory and a FIFO. Only the generated files
// the targets' directory holds directly are removed, each named; a plain
// run over a hand-written file that quotes the marker is refused.
func TestOwnershipAttacks(t *testing.T) {
	dir := t.TempDir()
	m := gen.Marker
	handWritten := map[string]string{
		"out/quote_test.go": "package out\n\n// TestHeader checks that every file starts with\n// " + m + "\nfunc TestHeader() {}\n",
		"out/doc.go":        "// Package out is hand-written; generated files start with\n// \"" + goMarker + "\".\npackage out\n",
		"out/README.md":     "# out\n\nFiles that start with `<!-- " + m + " -->` are generated.\n",
		"out/notes.txt":     m + "\n",
		"out/data.json":     "{\"$comment\": \"" + m + "\"}\n",
		"out/tool.py":       "#!/usr/bin/env python3\n# " + m + "\n",
		"out/heading.md":    "# " + m + "\n",
		"out/sub/old.go":    oldGo,
		"elsewhere/gen.go":  oldGo,
	}
	orphans := map[string]string{
		"out/old.go":   oldGo,
		"out/old.ts":   goMarker + "\nexport {};\n",
		"out/old.py":   "# " + m + "\n",
		"out/old.md":   "---\n# " + m + "\ntitle: x\n---\n",
		"out/old.json": "{\n  \"$comment\": \"" + m + "\",\n  \"v\": 1\n}\n",
		"out/old.rs":   goMarker + "\nfn main() {}\n",
		"out/old.sql":  "-- " + m + "\nSELECT 1;\n",
	}
	for p, c := range handWritten {
		writeFile(t, filepath.Join(dir, p), c)
	}
	for p, c := range orphans {
		writeFile(t, filepath.Join(dir, p), c)
	}
	if err := os.Symlink(filepath.Join(dir, "elsewhere", "gen.go"), filepath.Join(dir, "out", "link.go")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "out", "pipe.go"), 0o644); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), "targets:\n  - lang: go\n    package: out\n    output: out/status.go\n")
	before := tree(t, dir)
	code, _, stderr := statusgenIn(t, dir, "-config", "statusgen.yaml", "-clean")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	after := tree(t, dir)
	for p := range orphans {
		if _, ok := after[p]; ok {
			t.Errorf("the orphan %s was not removed", p)
		}
		if !strings.Contains(stderr, p+": removed (no target generates it)\n") {
			t.Errorf("the removal of %s is not named: %s", p, stderr)
		}
		delete(before, p)
	}
	delete(after, "out/status.go")
	sameTree(t, "-clean", after, before)

	code, _, stderr = statusgenIn(t, dir, "-lang", "go", "-o", "out/doc.go")
	if code != 2 || !strings.Contains(stderr, "out/doc.go: refusing to overwrite") {
		t.Errorf("over a file that quotes the marker: status %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "out", "doc.go")); string(got) != handWritten["out/doc.go"] {
		t.Error("a hand-written file that quotes the marker was overwritten")
	}
}

// TestPathAttacks: outputs that are not a place for a file, and one file
// named twice by another spelling. Each is exit 2 with "path: message"
// before anything is touched; a good stale target in the same config keeps
// its old content.
func TestPathAttacks(t *testing.T) {
	cases := []struct {
		name   string
		setup  func(t *testing.T, dir string)
		output string // a second output next to good/g.go; {dir} is the absolute directory
		extra  string // a third output, when the case needs two
		want   string
	}{
		{"relative-and-absolute", nil, "out/a.go", "{dir}/out/a.go", "{dir}/out/a.go: the same file as the output out/a.go"},
		{"dot-dot", nil, "out/a.go", "good/../out/a.go", "good/../out/a.go: the same file as the output out/a.go"},
		{"dot-dot-through-symlink", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "deep", "inner"), 0o755)
			os.Symlink(filepath.Join(dir, "deep", "inner"), filepath.Join(dir, "lnk"))
		}, "deep/out/a.go", "lnk/../out/a.go", "lnk/../out/a.go: the same file as the output deep/out/a.go"},
		{"symlinked-directory", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "real"), 0o755)
			os.Symlink("real", filepath.Join(dir, "link"))
		}, "real/a.go", "link/a.go", "link/a.go: the same file as the output real/a.go"},
		{"symlink-to-the-file", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "out", "a.go"), oldGo)
			os.Symlink("a.go", filepath.Join(dir, "out", "alias.go"))
		}, "out/a.go", "out/alias.go", "out/alias.go: the same file as the output out/a.go"},
		{"hard-link", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "out", "a.go"), oldGo)
			os.Link(filepath.Join(dir, "out", "a.go"), filepath.Join(dir, "out", "hard.go"))
		}, "out/a.go", "out/hard.go", "out/hard.go: the same file as the output out/a.go"},
		{"directory", func(t *testing.T, dir string) { os.MkdirAll(filepath.Join(dir, "out", "d.go"), 0o755) },
			"out/d.go", "", "out/d.go: the output is a directory, not a regular file"},
		{"trailing-separator", nil, "out/new/", "", "out/new/: the output path ends in a path separator"},
		{"fifo", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "out"), 0o755)
			syscall.Mkfifo(filepath.Join(dir, "out", "pipe.go"), 0o644)
		}, "out/pipe.go", "", "out/pipe.go: the output is a named pipe (FIFO), not a regular file"},
		{"symlink-to-fifo", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "out"), 0o755)
			syscall.Mkfifo(filepath.Join(dir, "out", "pipe"), 0o644)
			os.Symlink("pipe", filepath.Join(dir, "out", "pipe.go"))
		}, "out/pipe.go", "", "out/pipe.go: the output is a named pipe (FIFO), not a regular file"},
		{"device", nil, "/dev/null", "", "/dev/null: the output is a character device, not a regular file"},
		{"socket", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "out"), 0o755)
			l, err := net.Listen("unix", filepath.Join(dir, "out", "s.go"))
			if err != nil {
				t.Skipf("no unix socket here: %v", err)
			}
			t.Cleanup(func() { l.Close() })
		}, "out/s.go", "", "out/s.go: the output is a socket, not a regular file"},
		{"dangling-symlink", func(t *testing.T, dir string) {
			os.MkdirAll(filepath.Join(dir, "out"), 0o755)
			os.Symlink("/nonexistent/status.go", filepath.Join(dir, "out", "gone.go"))
		}, "out/gone.go", "", "out/gone.go: the output is a symlink to a file that does not exist"},
		{"parent-is-a-file", func(t *testing.T, dir string) { writeFile(t, filepath.Join(dir, "out", "f"), "x") },
			"out/f/a.go", "", "out/f/a.go: " + "{dir}/out/f is not a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "good", "g.go"), oldGo)
			if c.setup != nil {
				c.setup(t, dir)
			}
			config := "targets:\n  - lang: go\n    package: out\n    output: good/g.go\n"
			for _, o := range []string{c.output, c.extra} {
				if o != "" {
					config += "  - lang: go\n    package: out\n    output: " + strings.ReplaceAll(o, "{dir}", dir) + "\n"
				}
			}
			writeFile(t, filepath.Join(dir, "statusgen.yaml"), config)
			before := tree(t, dir)
			code, stdout, stderr := statusgenIn(t, dir, "-config", "statusgen.yaml", "-clean")
			if want := strings.ReplaceAll(c.want, "{dir}", dir); code != 2 || stdout != "" || !strings.HasPrefix(stderr, want) {
				t.Errorf("status %d, stderr %q, want exit 2 and %q", code, stderr, want)
			}
			sameTree(t, c.name, tree(t, dir), before)
		})
	}
}
