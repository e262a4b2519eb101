package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"text/template"
)

// Renderer executes templates, parsing each directory of them once, so
// that many targets cost one parse. It reads templates only through the
// file systems it is given: the built-in ones from NewRenderer, a user's
// through OpenDir. A Renderer is for one goroutine at a time.
type Renderer struct {
	builtin templateSet
	// OpenDir opens the directory of a user's template (Target.Template's
	// directory, as filepath.Dir gives it), which holds the template and
	// its partials, the other .tmpl files there. It is nil in a new
	// Renderer, which then renders only the built-in templates; statusgen
	// sets a reader that refuses FIFOs and oversized files, and a program
	// with templates of its own can return an fs.Sub of an embed.FS. An
	// error that is a Diagnostic or Diagnostics is reported as it is.
	OpenDir func(dir string) (fs.FS, error)
	// Limits bound what a render may build (MaxOutput); DefaultLimits
	// unless the caller changes them before the first Render.
	Limits Limits
	// userSets are the user's template directories opened so far, by the
	// directory's name.
	userSets map[string]templateSet
	parsed   map[setDir]*template.Template
}

// templateSet is a file system of templates and how diagnostics name its
// root; user marks a user's template directory, which the built-in
// templates never share a parse with.
type templateSet struct {
	fsys fs.FS
	root string
	user bool
}

// setDir names a directory of a templateSet, as the parse cache's key.
type setDir struct {
	user      bool
	root, dir string
}

func (s templateSet) name(p string) string {
	if s.root == "" || s.root == "." {
		return p
	}
	return s.root + "/" + p
}

// NewRenderer returns a Renderer whose built-in templates are in fsys
// (statusgen's are templates.FS()); diagnostics name those files as
// root/path.
func NewRenderer(fsys fs.FS, root string) *Renderer {
	return &Renderer{
		builtin:  templateSet{fsys: fsys, root: root},
		Limits:   DefaultLimits(),
		userSets: map[string]templateSet{},
		parsed:   map[setDir]*template.Template{},
	}
}

// userSet opens the directory of a user's template, once.
func (r *Renderer) userSet(dir string) (templateSet, error) {
	if s, ok := r.userSets[dir]; ok {
		return s, nil
	}
	root := filepath.ToSlash(dir)
	if r.OpenDir == nil {
		return templateSet{}, errorAt(Pos{Path: root}, "cannot read a user's template: the Renderer has no OpenDir")
	}
	fsys, err := r.OpenDir(dir)
	if err != nil {
		var d *Diagnostic
		var ds Diagnostics
		if errors.As(err, &d) || errors.As(err, &ds) {
			return templateSet{}, err
		}
		return templateSet{}, errorAt(Pos{Path: root}, "opening the template directory: %v", err)
	}
	s := templateSet{fsys: fsys, root: root, user: true}
	r.userSets[dir] = s
	return s, nil
}

// Render renders target t for spec: its template (the built-in one of
// t.Lang, or t.Template) run with the model, then formatted for a built-in
// language.
func (r *Renderer) Render(spec *Spec, t Target) ([]byte, error) {
	lang, builtin := languageFor(t.Lang)
	set, entry := r.builtin, lang.entry
	switch {
	case t.Template != "":
		var err error
		if set, err = r.userSet(filepath.Dir(t.Template)); err != nil {
			return nil, err
		}
		entry = filepath.Base(t.Template)
	case !builtin:
		return nil, fmt.Errorf("unknown language %q (want one of %s, or a template)", t.Lang, strings.Join(Languages(), ", "))
	}
	if err := checkTarget(t); err != nil {
		return nil, err
	}
	m := newModel(spec, t)
	out, err := r.execute(set, entry, m)
	if err != nil {
		return nil, err
	}
	if t.Template != "" {
		// A user's template renders twice, from two models built apart,
		// so that map order, %v of a pointer and the like show as a
		// difference instead of changing the file from run to run. The
		// built-in templates are proven deterministic by tests instead.
		again, err := r.execute(set, entry, newModel(spec, t))
		runtime.KeepAlive(m)
		if err != nil {
			return nil, err
		}
		if line, differ := firstDifference(out, again); differ {
			return nil, errorAt(Pos{Path: set.name(entry)}, "template output is not deterministic: two renders of the same input differ at output line %d (map order, a pointer printed, ...)", line)
		}
	}
	if builtin && (t.Template != "" || !lang.preformatted) {
		if out, err = lang.format(out); err != nil {
			return nil, errorAt(Pos{Path: set.name(entry)}, "formatting output as %s: %v", t.Lang, err)
		}
	}
	if mark := markerFor(t.Lang); !mark.marks(out) {
		return nil, errorAt(Pos{Path: set.name(entry)}, "output does not carry the marker line: want %s ({{ .Marker }} is its text)", mark.want)
	}
	return out, nil
}

// execute runs the template at entry, parsed together with every template
// in its directory (its partials), each named by its path. Its output is
// capped at Limits.MaxOutput.
func (r *Renderer) execute(set templateSet, entry string, m *Model) (out []byte, err error) {
	t, err := r.load(set, path.Dir(entry))
	if err != nil {
		return nil, err
	}
	if t.Lookup(entry) == nil {
		return nil, errorAt(Pos{Path: set.name(entry)}, "template not found")
	}
	defer func() {
		if p := recover(); p != nil {
			err = errorAt(Pos{Path: set.name(entry)}, "template panicked: %v", p)
		}
	}()
	buf := &cappedBuffer{max: r.Limits.MaxOutput}
	if err := t.ExecuteTemplate(buf, entry, m); err != nil {
		if errors.Is(err, errOutputLimit) {
			return nil, errorAt(Pos{Path: set.name(entry)}, "template output is larger than the limit of %d bytes", r.Limits.MaxOutput)
		}
		return nil, templateError(set, err)
	}
	return buf.Bytes(), nil
}

var errOutputLimit = errors.New("template output limit reached")

// cappedBuffer collects output up to max bytes, growing by doubling but
// never past max, so that a runaway template costs at most about twice
// the cap.
type cappedBuffer struct {
	buf []byte
	max int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	n := len(b.buf) + len(p)
	if n > b.max {
		return 0, errOutputLimit
	}
	if n > cap(b.buf) {
		grown := make([]byte, len(b.buf), min(max(2*cap(b.buf), n, 4096), b.max))
		copy(grown, b.buf)
		b.buf = grown
	}
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// Bytes returns what was written.
func (b *cappedBuffer) Bytes() []byte { return b.buf }

// firstDifference returns the 1-based line at which a and b first differ.
func firstDifference(a, b []byte) (line int, differ bool) {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	if i == n && len(a) == len(b) {
		return 0, false
	}
	return bytes.Count(a[:i], []byte("\n")) + 1, true
}

// load parses every .tmpl file in dir of set, once, and checks that no
// template calls itself.
func (r *Renderer) load(set templateSet, dir string) (*template.Template, error) {
	key := setDir{set.user, set.root, dir}
	if t, ok := r.parsed[key]; ok {
		return t, nil
	}
	t := template.New(dir).Funcs(funcMap(r.Limits.MaxOutput)).Option("missingkey=error")
	entries, err := fs.ReadDir(set.fsys, dir)
	if err != nil {
		return nil, errorAt(Pos{Path: set.name(dir)}, "reading templates: %v", unwrapFSError(err))
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
			continue
		}
		p := path.Join(dir, e.Name())
		text, err := fs.ReadFile(set.fsys, p)
		if err != nil {
			return nil, errorAt(Pos{Path: set.name(p)}, "%v", unwrapFSError(err))
		}
		if _, err := t.New(p).Parse(string(text)); err != nil {
			return nil, templateError(set, err)
		}
	}
	if err := checkRecursion(t); err != nil {
		return nil, templateError(set, err)
	}
	r.parsed[key] = t
	return t, nil
}

// unwrapFSError drops the operation and path of an fs.PathError, which the
// diagnostic names already.
func unwrapFSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var templateErr = regexp.MustCompile(`^template: ([^:]+):(\d+)(?::(\d+))?: (?:executing "[^"]*" )?(.*)$`)

// templateError rewrites text/template's error to name the template file as
// path:line:col.
func templateError(set templateSet, err error) error {
	msg := err.Error()
	m := templateErr.FindStringSubmatch(msg)
	if m == nil {
		return err
	}
	line, _ := strconv.Atoi(m[2])
	col := 1
	if m[3] != "" {
		col, _ = strconv.Atoi(m[3])
	}
	return errorAt(Pos{Path: set.name(m[1]), Line: line, Col: col}, "%s", m[4])
}
