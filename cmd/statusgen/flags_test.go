package main

import (
	"flag"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/internal/testspec"
)

// TestFlagErrors tries command lines that must each fail with exactly one
// line that starts with "statusgen:", then the pointer to -h: never the
// whole usage, never a silent override.
func TestFlagErrors(t *testing.T) {
	long := strings.Repeat("x", 257) // the limit is 256 bytes
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-nope"}, "unknown flag -nope"},
		{[]string{"-lang", "go", "-o"}, "flag needs an argument: -o"},
		{[]string{"-lang", "go", "-lang", "python", "-o", "-"}, "-lang is given 2 times; it takes one value"},
		{[]string{"-lang", "go", "-o", "a.go", "-o", "b.go"}, "-o is given 2 times; it takes one value"},
		{[]string{"-lang", "go", "-package", "a", "-package", "a", "-o", "-"}, "-package is given 2 times; it takes one value"},
		{[]string{"-lang", "markdown", "-front-matter", "-front-matter=false", "-o", "-"}, "-front-matter is given 2 times; it takes one value"},
		{[]string{"-lang", "go", "-front-matter", "-o", "-"}, "-front-matter does not apply to -lang go (it goes with -lang markdown, or a -template)"},
		{[]string{"-lang", "go", "-title", "Codes", "-o", "-"}, "-title does not apply to -lang go (it goes with -lang markdown, or a -template)"},
		{[]string{"-lang", "python", "-package", "codes", "-o", "-"}, "-package does not apply to -lang python (it goes with -lang go, java, csharp, php or ruby, or a -template)"},
		{[]string{"-lang", "json", "-title", "Codes", "-o", "-"}, "-title does not apply to -lang json (it goes with -lang markdown, or a -template)"},
		{[]string{"-lang", "go", "-docs", "vitepress", "-o", "-"}, "-docs does not apply to -lang go (it goes with -lang markdown, or a -template)"},
		{[]string{"-lang", "markdown", "-docs", "vitepress", "-docs", "vitepress", "-o", "-"}, "-docs is given 2 times; it takes one value"},
		{[]string{"-lang", "markdown", "-docs", "hugo", "-o", "-"}, `-docs: unknown docs generator "hugo" (want vitepress; the default page suits GitHub, Docusaurus, Hugo and MkDocs)`},
		{[]string{"-config", "statusgen.yaml", "-lang", "go"}, "-lang does not go with -config"},
		{[]string{"-config", "statusgen.yaml", "-spec", "x.yaml"}, "-spec does not go with -config"},
		{[]string{"-dump-templates", "d", "-check"}, "-check does not go with -dump-templates"},
		{[]string{"-version", "-lang", "go"}, "-lang does not go with -version"},
		{[]string{"-config", "statusgen.yaml", "-dump-templates", "d"}, "-config and -dump-templates do not go together"},
		{[]string{"-lang", "go", "-o", "x.go", "-clean"}, "-clean goes with -config"},
		{[]string{"-lang", "go", "-o", "x.go", "-diff"}, "-diff goes with -check"},
		{[]string{"-lang", "cobol", "-o", "-"}, `unknown -lang "cobol" (want one of go, typescript, python, markdown, json, rust, java, csharp, php, ruby, or give a -template)`},
		{[]string{"-lang", "go", "-package", "my-pkg", "-o", "-"}, `-package: "my-pkg" is not a Go package name (an identifier such as httpstatus, not a keyword, _ or init)`},
		{[]string{"-lang", "go", "-package", "func", "-o", "-"}, `-package: "func" is not a Go package name (an identifier such as httpstatus, not a keyword, _ or init)`},
		{[]string{"-lang", "go", "-package", "_", "-o", "-"}, `-package: "_" is not a Go package name (an identifier such as httpstatus, not a keyword, _ or init)`},
		{[]string{"-lang", "go", "-package", "a\nb", "-o", "-"}, `-package: package "a\nb": has a line break; it must be one line`},
		{[]string{"-lang", "markdown", "-title", "Codes\n# Owned", "-o", "-"}, `-title: title "Codes\n# Owned": has a line break; it must be one line`},
		{[]string{"-lang", "markdown", "-title", "Codes \u202e", "-o", "-"}, `-title: title "Codes \u202e": text has the control character U+202E at byte 6`},
		{[]string{"-lang", "markdown", "-title", " Codes", "-o", "-"}, `-title: title " Codes" has leading or trailing space`},
		{[]string{"-lang", "markdown", "-title", long, "-o", "-"}, "-title: title is 257 bytes, more than the limit of 256"},
		{[]string{"-template", "x.tmpl", "-lang", "rust", "-package", "a\x00", "-o", "-"}, `-package: package "a\x00": text has the control character U+0000 at byte 1`},
	} {
		code, stdout, stderr := statusgen(t, testEnv(nil), tc.args...)
		want := "statusgen: " + tc.want + "\nrun 'statusgen -h' for usage\n"
		if code != 2 || stdout != "" || stderr != want {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 2 and %q", tc.args, code, stdout, stderr, want)
		}
	}
}

func TestFlagsThatApply(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "go", "-package", "Codes", "-o", "-"},
		{"-lang", "go", "-package", "main", "-o", "-"},
		{"-lang", "markdown", "-front-matter", "-title", "Status codes (ours)", "-o", "-"},
		{"-lang", "markdown", "-front-matter=true", "-o", "-"},
		{"-lang", "markdown", "-docs", "vitepress", "-front-matter", "-o", "-"},
	} {
		if code, _, stderr := statusgen(t, testEnv(nil), args...); code != 0 || stderr != "" {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
	}
}

func TestBadGOPACKAGE(t *testing.T) {
	code, stdout, stderr := statusgen(t, testEnv(map[string]string{"GOPACKAGE": "my-pkg"}), "-lang", "go", "-o", "-")
	want := "statusgen: $GOPACKAGE: \"my-pkg\" is not a Go package name (an identifier such as httpstatus, not a keyword, _ or init)\n"
	if code != 2 || stdout != "" || stderr != want {
		t.Errorf("status %d, stdout %q, stderr %q; want %q", code, len(stdout), stderr, want)
	}
	// A target that takes no package ignores $GOPACKAGE.
	if code, _, stderr := statusgen(t, testEnv(map[string]string{"GOPACKAGE": "my-pkg"}), "-lang", "python", "-o", "-"); code != 0 {
		t.Errorf("python with a bad $GOPACKAGE: status %d, %s", code, stderr)
	}
}

// TestFlagRulesCoverEveryFlag keeps flagRules and the defined flags in
// step: a flag without a row would be judged by nothing.
func TestFlagRulesCoverEveryFlag(t *testing.T) {
	fs := (&cli{}).flags()
	rows := map[string]bool{}
	for _, r := range flagRules() {
		if fs.Lookup(r.name) == nil {
			t.Errorf("flagRules has a row for -%s, which is not a flag", r.name)
		}
		rows[r.name] = true
	}
	fs.VisitAll(func(f *flag.Flag) {
		if !rows[f.Name] {
			t.Errorf("-%s has no row in flagRules", f.Name)
		}
	})
}

// TestHelp: -h prints the usage and every flag to standard error and exits
// 0, without a panic from the counted flag values or a "(default false)".
func TestHelp(t *testing.T) {
	code, stdout, stderr := statusgen(t, testEnv(nil), "-h")
	if code != 0 || stdout != "" {
		t.Errorf("-h: status %d, stdout %q; want 0 and nothing", code, stdout)
	}
	for _, bad := range []string{"panic", "(default false)", "(default \"\")"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("-h prints %q:\n%s", bad, stderr)
		}
	}
	c := &cli{}
	c.flags().VisitAll(func(f *flag.Flag) {
		if !strings.Contains(stderr, "\n  -"+f.Name) {
			t.Errorf("-h does not list -%s", f.Name)
		}
	})
}

func TestVersion(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	code, stdout, stderr := statusgen(t, testEnv(nil), "-version")
	// A test binary has no module version in its build info.
	if want := "statusgen (devel), spec " + s.Version + "\n"; code != 0 || stdout != want || stderr != "" {
		t.Errorf("status %d, stdout %q, stderr %q; want %q", code, stdout, stderr, want)
	}
}

// TestVersionOfTheBinary runs a binary built by go build, whose build info
// carries the module version (a pseudo-version from version control, or
// "(devel)").
func TestVersionOfTheBinary(t *testing.T) {
	bin, launcher := binaries(t)
	p := runProcess(t, bin, launcher, time.Minute, "-version")
	if !regexp.MustCompile(`^statusgen (\(devel\)|v\d+\.\d+\.\d+\S*), spec \d+\.\d+\.\d+\n$`).MatchString(p.stdout) || p.exit != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", p.exit, p.stdout, p.stderr)
	}
}

// TestBadConfig runs every case in testdata/badconfig: a config file whose
// targets set options badly must fail with positions and write nothing.
func TestBadConfig(t *testing.T) {
	forEachCase(t, "testdata/badconfig", func(t *testing.T, dir string) {
		cfg := filepath.Join(dir, "statusgen.yaml")
		code, stdout, stderr := statusgen(t, testEnv(nil), "-config", cfg)
		if code != 2 || stdout != "" {
			t.Errorf("exit status %d, stdout %q; want 2 and nothing", code, stdout)
		}
		for _, line := range stderrLines(stderr) {
			if !strings.HasPrefix(line, cfg+":") {
				t.Errorf("diagnostic %q does not start with path:line:col", line)
			}
		}
		if matches, _ := filepath.Glob(filepath.Join(dir, "out*")); len(matches) > 0 {
			t.Errorf("outputs were written: %q", matches)
		}
		checkStderr(t, filepath.Join(dir, "stderr.txt"), stderr)
	})
}
