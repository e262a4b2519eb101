// Package languages tests the Rust, Java, C#, PHP and Ruby targets with
// their real toolchains: each generated file, with the hostile strings of
// test/testdata/hostile.json merged into the registry, compiles under its
// compiler's strict settings, a small program calls it the way code written
// for the language's incumbent table does, and every phrase and description
// comes back byte for byte.
//
// A test whose toolchain is missing skips, naming it; with CI=true (as
// `make test` and CI run them) it fails instead.
package languages

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/templates"
)

// generate renders lang with package pkg for s into dir/name and copies
// the test program testdata/<lang>/<program> beside it; it returns the
// rendered source.
func generate(t *testing.T, s *gen.Spec, lang, pkg, dir, name, program string) []byte {
	t.Helper()
	src, err := gen.NewRenderer(templates.FS(), "templates").Render(s, gen.Target{Lang: lang, Package: pkg})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, name), src)
	main, err := os.ReadFile(filepath.Join("testdata", lang, program))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, program), main)
	return src
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs a command in dir and returns its standard output; it fails the
// test, with the command's output, when the command fails or, with
// quietStderr, writes anything to standard error.
func run(t *testing.T, dir string, quietStderr bool, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	// A make -j above go test leaves its jobserver in MAKEFLAGS without
	// the descriptors, and rustc warns about that on standard error.
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); name != "MAKEFLAGS" && name != "MFLAGS" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", filepath.Base(name), strings.Join(args, " "), err, stderr.Bytes(), stdout.Bytes())
	}
	if quietStderr && stderr.Len() > 0 {
		t.Fatalf("%s %s wrote to standard error:\n%s", filepath.Base(name), strings.Join(args, " "), stderr.Bytes())
	}
	return stdout.Bytes()
}

// checkOutput compares a test program's output with want, line by line,
// up to its "--" line, and the NUL-separated code, phrase and description
// after it with the spec, byte for byte.
func checkOutput(t *testing.T, s *gen.Spec, out []byte, want []string) {
	t.Helper()
	head, dump, ok := strings.Cut(string(out), "--\n")
	if !ok {
		t.Fatalf("the program printed no -- line:\n%s", out)
	}
	got := strings.Split(strings.TrimSuffix(head, "\n"), "\n")
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("line %d: got %q, want %q", i+1, g, w)
		}
	}
	fields := strings.Split(strings.TrimSuffix(dump, "\x00"), "\x00")
	if len(fields) != 3*len(s.Codes) {
		t.Fatalf("got %d fields for %d codes", len(fields), len(s.Codes))
	}
	for i, c := range s.Codes {
		code, phrase, desc := fields[3*i], fields[3*i+1], fields[3*i+2]
		if code != strconv.Itoa(c.Code) || phrase != c.Phrase || desc != c.Description {
			t.Errorf("code %d: the program gives %s %q %q, want %q %q", c.Code, code, phrase, desc, c.Phrase, c.Description)
		}
	}
}

// checkMarker asserts that the generated-file marker is line n (1-based)
// of src, whole, in the language's comment syntax.
func checkMarker(t *testing.T, src []byte, n int, line string) {
	t.Helper()
	lines := strings.SplitN(string(src), "\n", n+1)
	if len(lines) < n || lines[n-1] != line {
		t.Errorf("line %d is not the marker line %q:\n%s", n, line, strings.Join(lines[:min(n, len(lines))], "\n"))
	}
}

// checkDeprecated writes a tiny program that uses a deprecated alias to
// dir/file and builds it with the command: the build must fail with a
// message that holds want, the deprecation the alias carries.
func checkDeprecated(t *testing.T, dir, file, program, want, name string, args ...string) {
	t.Helper()
	writeFile(t, filepath.Join(dir, file), []byte(program))
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), want) {
		t.Errorf("using a deprecated alias builds without its deprecation %q (%v):\n%s", want, err, out)
	}
}
