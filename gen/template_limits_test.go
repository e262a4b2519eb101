package gen_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/templates"
)

// userTemplates is an OpenDir that serves files (name -> text) as the
// directory dir, from memory; any other directory does not exist.
func userTemplates(dir string, files map[string]string) func(string) (fs.FS, error) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return func(d string) (fs.FS, error) {
		if d != dir {
			return nil, fmt.Errorf("no directory %s here", d)
		}
		return fsys, nil
	}
}

// renderUserTemplate renders entry of files (name -> text) as a user's
// template in the directory it returns, which r reads from memory.
func renderUserTemplate(t *testing.T, r *gen.Renderer, entry string, files map[string]string) ([]byte, string, error) {
	t.Helper()
	const dir = "mytemplates"
	r.OpenDir = userTemplates(dir, files)
	out, err := r.Render(testspec.Load(t, testspec.Registry()), gen.Target{Lang: "text", Template: dir + "/" + entry})
	return out, dir, err
}

func newRenderer() *gen.Renderer { return gen.NewRenderer(templates.FS(), "templates") }

// TestUserTemplateRendersTwice: a template whose output changes between
// two renders of the same input is reported, not written. No refused
// function is needed for that: printing a list that holds the model
// prints a pointer.
func TestUserTemplateRendersTwice(t *testing.T) {
	_, dir, err := renderUserTemplate(t, newRenderer(), "a.tmpl", map[string]string{
		"a.tmpl": "# {{ .Marker }}\n\nok\n{{ list . }}\n",
	})
	want := filepath.Join(dir, "a.tmpl") + ": template output is not deterministic: two renders of the same input differ at output line 4"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
	// Refused functions fail with their reason, at their position.
	_, dir, err = renderUserTemplate(t, newRenderer(), "a.tmpl", map[string]string{
		"a.tmpl": "# {{ .Marker }}\n{{ values (dict \"a\" 1 \"b\" 2) }}\n",
	})
	want = filepath.Join(dir, "a.tmpl") + `:2:3: at <values (dict "a" 1 "b" 2)>: error calling values: values is not available in statusgen templates`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want %q", err, want)
	}
	// A deterministic template renders.
	out, _, err := renderUserTemplate(t, newRenderer(), "a.tmpl", map[string]string{
		"a.tmpl": "# {{ .Marker }}\n{{ range .Codes }}{{ .Code }} {{ end }}{{ keys (dict \"b\" 1 \"a\" 2) }}\n",
	})
	if err != nil || !strings.HasSuffix(string(out), " 599 [a b]\n") && !strings.Contains(string(out), "[a b]") {
		t.Errorf("output %q, error %v", out, err)
	}
}

// TestTemplateRecursionRefused: a template that calls itself, directly or
// through another, is refused before it runs, at the call that closes the
// cycle; without the check it would exhaust the Go stack.
func TestTemplateRecursionRefused(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"self", map[string]string{
			"a.tmpl": "# {{ .Marker }}\n{{ define \"r\" }}x{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}\n",
		}, `a.tmpl:2:29: template "r" calls itself; statusgen templates may not recurse`},
		{"entry", map[string]string{
			"a.tmpl": "# {{ .Marker }}\n{{ if .Codes }}{{ template \"a.tmpl\" . }}{{ end }}\n",
		}, `a.tmpl:2:27: template "a.tmpl" calls itself; statusgen templates may not recurse`},
		{"through a partial", map[string]string{
			"a.tmpl": "# {{ .Marker }}\n{{ template \"b.tmpl\" . }}\n",
			"b.tmpl": "{{ range .Codes }}\n  {{ template \"a.tmpl\" $ }}{{ end }}\n",
		}, `b.tmpl:2:14: template "a.tmpl" calls itself (through "b.tmpl"); statusgen templates may not recurse`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, dir, err := renderUserTemplate(t, newRenderer(), "a.tmpl", tc.files)
			if want := filepath.Join(dir, tc.want); err == nil || err.Error() != want {
				t.Errorf("error %v, want %q", err, want)
			}
		})
	}
}

// TestOutputLimit: output past Limits.MaxOutput ends the render with an
// error naming the template.
func TestOutputLimit(t *testing.T) {
	r := newRenderer()
	r.Limits.MaxOutput = 4096
	_, dir, err := renderUserTemplate(t, r, "a.tmpl", map[string]string{
		"a.tmpl": "# {{ .Marker }}\n{{ range .Codes }}{{ .Description }}{{ end }}\n",
	})
	if want := filepath.Join(dir, "a.tmpl") + ": template output is larger than the limit of 4096 bytes"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	// The built-in templates stay far below the default limit.
	if _, err := newRenderer().Render(testspec.Load(t, testspec.Registry()), gen.Target{Lang: "markdown"}); err != nil {
		t.Error(err)
	}
}

// TestRendererReadsOnlyItsFS: a user's template is read through OpenDir
// alone, never from the disk its path names; without OpenDir a Renderer
// refuses user templates, and an OpenDir that fails is reported at the
// directory. The disk side (FIFOs, sizes) is internal/output's
// TestTemplateFilesBounded.
func TestRendererReadsOnlyItsFS(t *testing.T) {
	dir := t.TempDir()
	onDisk := filepath.Join(dir, "a.tmpl")
	if err := os.WriteFile(onDisk, []byte("# {{ .Marker }}\nfrom the disk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := testspec.Load(t, testspec.Registry())
	r := newRenderer()
	r.OpenDir = userTemplates(dir, map[string]string{"a.tmpl": "# {{ .Marker }}\nfrom memory\n"})
	if out, err := r.Render(s, gen.Target{Lang: "text", Template: onDisk}); err != nil || !strings.HasSuffix(string(out), "from memory\n") {
		t.Errorf("output %q, error %v; want the template OpenDir gave", out, err)
	}
	want := filepath.ToSlash(dir) + ": cannot read a user's template: the Renderer has no OpenDir"
	if _, err := newRenderer().Render(s, gen.Target{Lang: "text", Template: onDisk}); err == nil || err.Error() != want {
		t.Errorf("without OpenDir: error %v, want %q", err, want)
	}
	r = newRenderer()
	r.OpenDir = userTemplates("elsewhere", nil)
	want = filepath.ToSlash(dir) + ": opening the template directory: no directory " + dir + " here"
	if _, err := r.Render(s, gen.Target{Lang: "text", Template: onDisk}); err == nil || err.Error() != want {
		t.Errorf("a failing OpenDir: error %v, want %q", err, want)
	}
}
