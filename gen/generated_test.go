package gen_test

import (
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
)

// TestIsGenerated tries every way a file can look generated without being
// so: the marker quoted, indented, inside another line, in the wrong
// comment syntax, on the wrong line, after Go's package clause. Only the
// exact whole line at its language's place counts.
func TestIsGenerated(t *testing.T) {
	const m = gen.Marker
	cases := []struct {
		lang, content string
		want          bool
	}{
		{"go", "// " + m + "\n\npackage x\n", true},
		{"go", "//go:build linux\n\n// " + m + "\n\npackage x\n", true},
		{"go", "// " + m + "\r\n\r\npackage x\r\n", true},
		{"go", "// Package x is hand-written. Generated files start with\n// \"// " + m + "\"; this one does not.\npackage x\n", false},
		{"go", "// Package x.\n//\n//\t// " + m + "\npackage x\n", false},
		{"go", "package x_test\n\n// " + m + "\nfunc TestX() {}\n", false},
		{"go", "/*\n// " + m + "\n*/\npackage x\n", false},
		{"go", "/* a */ // " + m + "\npackage x\n", false},
		{"go", "// " + m + " \npackage x\n", false},
		{"go", "// " + m + "\n", false}, // no package clause: not Go
		{"go", "//" + m + "\npackage x\n", false},
		{"typescript", "// " + m + "\nexport {};\n", true},
		{"typescript", "\n// " + m + "\n", false},
		{"typescript", "# " + m + "\n", false},
		{"typescript", "/** Files with the line // " + m + " are generated. */\n", false},
		{"python", "# " + m + "\n", true},
		{"python", "#!/usr/bin/env python3\n# " + m + "\n", false},
		{"python", "#" + m + "\n", false},
		{"python", "## " + m + "\n", false},
		{"python", "\"\"\"Quotes # " + m + "\"\"\"\n", false},
		{"markdown", "[//]: # \"" + m + "\"\n\n# Title\n", true},
		{"markdown", "[//]: # \"" + m + "\"", true},
		{"markdown", "[//]: # \"" + m + "\"\r\n", true},
		{"markdown", "[//]: # (" + m + ")\n", false},
		{"markdown", "[//]: #  \"" + m + "\"\n", false},
		{"markdown", "[comment]: # \"" + m + "\"\n", false},
		{"markdown", "\n[//]: # \"" + m + "\"\n", false},
		{"markdown", "# Docs\n\n[//]: # \"" + m + "\"\n", false},
		{"markdown", "Pages that start with `[//]: # \"" + m + "\"` are generated.\n", false},
		{"markdown", "<!-- " + m + " -->\n\n# Title\n", true}, // as earlier versions wrote it
		{"markdown", "---\n# " + m + "\ntitle: x\n---\n", true},
		{"markdown", "---\ntitle: x\n# " + m + "\n---\n", false},
		{"markdown", "# " + m + "\n", false}, // a heading, not a comment
		{"markdown", "# Docs\n\nGenerated files start with `<!-- " + m + " -->`.\n", false},
		{"markdown", "<!--  " + m + " -->\n", false},
		{"json", "{\n  \"$comment\": \"" + m + "\",\n  \"version\": \"1\"\n}\n", true},
		{"json", "{\"$comment\": \"" + m + "\"}\n", false},
		{"json", "{\n  \"version\": \"1\",\n  \"$comment\": \"" + m + "\"\n}\n", false},
		{"json", "{\n    \"$comment\": \"" + m + "\",\n}\n", false},
		{"json", "{\n  \"$comment\": \"" + m + " Really.\",\n}\n", false},
		{"rust", "// " + m + "\nfn main() {}\n", true},
		{"", "-- " + m + "\n", true},
		{"", "; " + m + "\n", true},
		{"", "% " + m + "\n", true},
		{"", "/* " + m + " */\n", true},
		{"", "<!-- " + m + " -->\n", true},
		{"", "(* " + m + " *)\n", true},
		{"", "# " + m, true}, // the whole file
		{"rust", "//! docs\n// " + m + "\n", false},
		{"rust", "// " + m + " (mostly)\n", false},
		{"rust", "/// " + m + "\n", false},
		{"rust", "", false},
	}
	for _, c := range cases {
		if got := gen.IsGenerated(c.lang, []byte(c.content)); got != c.want {
			t.Errorf("IsGenerated(%q, %q) = %v, want %v", c.lang, c.content, got, c.want)
		}
	}
}

func TestLangOfFile(t *testing.T) {
	for name, want := range map[string]string{
		"status.go": "go", "index.ts": "typescript", "x.MTS": "typescript", "__init__.py": "python",
		"codes.md": "markdown", "http-status.json": "json", "status.rs": "rust", "x.txt": "", "Makefile": "", ".statusgen-txn-0": "",
	} {
		if got := gen.LangOfFile(name); got != want {
			t.Errorf("LangOfFile(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestRendererNeedsTheMarkerLine: the renderer refuses output that the
// writer would not recognize as its own, by the same predicate.
func TestRendererNeedsTheMarkerLine(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	for _, c := range []struct{ lang, template string }{
		{"go", "package x\n// {{ .Marker }}\n"},
		{"typescript", "export {};\n// {{ .Marker }}\n"},
		{"python", "# Not generated: {{ .Marker }}\n"},
		{"markdown", "# {{ .Marker }}\n"},
		{"json", `{"version": 1, "$comment": {{ toJSON .Marker }}}`},
		{"rust", "//! {{ .Marker }}\n"},
	} {
		r := gen.NewRenderer(nil, "")
		r.OpenDir = userTemplates("mine", map[string]string{"t.tmpl": c.template})
		_, err := r.Render(s, gen.Target{Lang: c.lang, Template: "mine/t.tmpl", Package: "x"})
		if err == nil || !strings.Contains(err.Error(), "does not carry the marker line") {
			t.Errorf("%s: %q rendered without error %v", c.lang, c.template, err)
		}
	}
	for _, lang := range gen.Languages() {
		if out := render(t, s, lang); !gen.IsGenerated(lang, out) {
			t.Errorf("the built-in %s output is not recognized as generated", lang)
		}
	}
}
