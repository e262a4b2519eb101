package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
)

// TestDumpedTemplatesRender: the templates -dump-templates writes render,
// through -template, exactly what the built-in ones do, for every built-in
// language: a user starting from them starts from a working copy, partials
// included. In each language's directory, one file (the entry) must render
// the built-in output; the others are its partials.
func TestDumpedTemplatesRender(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := statusgen(t, testEnv(nil), "-dump-templates", dir); code != 0 {
		t.Fatalf("-dump-templates: status %d: %s", code, stderr)
	}
	for _, lang := range gen.Languages() {
		_, builtin, _ := statusgen(t, testEnv(nil), "-lang", lang, "-o", "-")
		files, err := filepath.Glob(filepath.Join(dir, lang, "*.tmpl"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no dumped templates (%v)", lang, err)
		}
		var same, failed []string
		for _, f := range files {
			code, dumped, stderr := statusgen(t, testEnv(nil), "-lang", lang, "-template", f, "-o", "-")
			switch {
			case code == 0 && dumped == builtin:
				same = append(same, filepath.Base(f))
			case code != 0:
				failed = append(failed, filepath.Base(f)+": "+strings.TrimSpace(stderr))
			}
		}
		if len(same) != 1 || builtin == "" {
			t.Errorf("%s: %d dumped templates render the built-in output (%q), want exactly one; failures:\n%s", lang, len(same), same, strings.Join(failed, "\n"))
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "typescript", "class.tmpl")); err != nil {
		t.Errorf("the TypeScript partial was not dumped: %v", err)
	}
}
