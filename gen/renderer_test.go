package gen_test

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/templates"
)

// TestBuiltinTemplateNamesUnique: a Renderer keeps every built-in
// directory's templates in one namespace, so no two built-in templates may
// share a name (a file's path, or a name it defines): one would replace
// the other, and a language's output would depend on which rendered first.
func TestBuiltinTemplateNamesUnique(t *testing.T) {
	fsys := templates.FS()
	defined := map[string]string{} // template name -> the file that defines it
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".tmpl" {
			return err
		}
		text, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		// Parse with every function name known, as a Renderer parses.
		trees, err := parse.Parse(p, string(text), "", "", builtinFuncNames(t))
		if err != nil {
			return err
		}
		for name := range trees {
			if other, ok := defined[name]; ok {
				t.Errorf("template %q is defined in %s and in %s", name, other, p)
			}
			defined[name] = p
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(defined) == 0 {
		t.Fatal("no built-in templates found")
	}
}

// builtinFuncNames stands for the functions templates may call: parsing
// checks only that a name is known.
func builtinFuncNames(t *testing.T) map[string]any {
	t.Helper()
	names := map[string]any{}
	for name := range gen.FuncMap(1 << 20) {
		names[name] = true
	}
	for _, name := range strings.Fields("and call html index slice js len not or print printf println urlquery eq ge gt le lt ne") {
		names[name] = true // text/template's own
	}
	return names
}

// TestRendererSharesNothingBetweenLanguages: one Renderer rendering every
// language twice over, in two orders, gives each language the bytes a
// Renderer of its own gives it.
func TestRendererSharesNothingBetweenLanguages(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	own := map[string][]byte{}
	for _, lang := range gen.Languages() {
		own[lang] = render(t, s, lang)
	}
	forward := gen.Languages()
	backward := slices.Clone(forward)
	slices.Reverse(backward)
	for _, order := range [][]string{forward, backward} {
		r := gen.NewRenderer(templates.FS(), "templates")
		for _, lang := range append(slices.Clone(order), order...) {
			out, err := r.Render(s, benchTarget(lang))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, own[lang]) {
				t.Errorf("%s, rendered by one Renderer with %s, differs from its own render", lang, strings.Join(order, ", "))
			}
		}
	}
}
