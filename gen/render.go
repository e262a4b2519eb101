package gen

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/template"
)

// Renderer executes templates, parsing each directory of them once, so
// that many targets cost one parse. It reads templates only through the
// file systems it is given: the built-in ones from NewRenderer, a user's
// through OpenDir. Its methods may be called from several goroutines at
// once (RenderAll does), but its fields must be set before the first
// Render.
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
	// mu guards userSets, parsed and roots, and parsing into roots.
	mu sync.Mutex
	// userSets are the user's template directories opened so far, by the
	// directory's name.
	userSets map[string]templateSet
	parsed   map[setDir]*template.Template
	// roots hold each set's templates, of every directory parsed, in one
	// namespace: the functions are added once per set, not once per
	// directory (a tenth of a millisecond and 40 KB each).
	roots map[setKey]*template.Template
	// funcs are the functions templates may call (funcMap), built on the
	// first parse. A user's set gets them all; the built-in set only
	// those its parsed templates name (funcsNamed).
	funcs template.FuncMap
}

// templateSet is a file system of templates and how diagnostics name its
// root; user marks a user's template directory, which the built-in
// templates never share a parse with.
type templateSet struct {
	fsys fs.FS
	root string
	user bool
}

// setKey names a templateSet by what it is, not by its fs.FS (which may
// be a map, and so no map key).
type setKey struct {
	user bool
	root string
}

func (s templateSet) key() setKey { return setKey{s.user, s.root} }

// setDir names a directory of a templateSet, as the parse cache's key.
type setDir struct {
	setKey
	dir string
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
		roots:    map[setKey]*template.Template{},
	}
}

// userSet opens the directory of a user's template, once.
func (r *Renderer) userSet(dir string) (templateSet, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
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
	return r.render(spec, t, nil)
}

// render is Render with the codes' Names given (codeNames), or built when
// names is nil.
func (r *Renderer) render(spec *Spec, t Target, names [][]LangName) ([]byte, error) {
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
	// The model is built on another goroutine while the templates parse:
	// a run of one target leaves the other core idle (0.1-0.3 ms a run).
	models := make(chan *Model, 1)
	go func() { models <- newModelNames(spec, t, names) }()
	_, err := r.load(set, path.Dir(entry))
	m := <-models
	if err != nil {
		return nil, err
	}
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

// RenderAll renders every target of ts for spec, as Render does, on as
// many goroutines as the process may run at once: a run of many targets
// takes about the time of its share of them on each core. The outputs and
// errors are in the order of ts; a target that failed has a nil output and
// its error.
func (r *Renderer) RenderAll(spec *Spec, ts []Target) ([][]byte, []error) {
	outs, errs := make([][]byte, len(ts)), make([]error, len(ts))
	if len(ts) == 1 { // the usual run: no goroutine to start and wake
		outs[0], errs[0] = r.Render(spec, ts[0])
		return outs, errs
	}
	names := codeNames(spec)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i], errs[i] = r.render(spec, ts[i], names)
			}
		}()
	}
	for i := range ts {
		next <- i
	}
	close(next)
	wg.Wait()
	return outs, errs
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

// cappedBuffer collects output up to max bytes in chunks that double in
// size up to maxChunk, and Bytes joins them into one slice of the exact
// size. A slice grown by doubling copied itself at every step and kept up
// to twice the output's size allocated for the rest of the run (a -config
// run holds every target's output until it commits). A runaway template
// costs at most about twice the cap.
type cappedBuffer struct {
	chunks [][]byte // the full chunks, in order
	cur    []byte   // the chunk being filled
	n, max int      // bytes written; the cap
}

// minChunk and maxChunk bound the size of a cappedBuffer's chunks.
const (
	minChunk = 4 << 10
	maxChunk = 64 << 10
)

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.n+len(p) > b.max {
		return 0, errOutputLimit
	}
	b.n += len(p)
	written := len(p)
	for len(p) > 0 {
		if len(b.cur) == cap(b.cur) {
			size := minChunk
			if b.cur != nil {
				b.chunks = append(b.chunks, b.cur)
				size = min(2*cap(b.cur), maxChunk)
			}
			b.cur = make([]byte, 0, min(size, b.max-b.n+len(p)))
		}
		k := copy(b.cur[len(b.cur):cap(b.cur)], p)
		b.cur, p = b.cur[:len(b.cur)+k], p[k:]
	}
	return written, nil
}

// Bytes returns what was written, in one slice.
func (b *cappedBuffer) Bytes() []byte {
	if len(b.chunks) == 0 {
		return b.cur
	}
	out := make([]byte, 0, b.n)
	for _, c := range b.chunks {
		out = append(out, c...)
	}
	return append(out, b.cur...)
}

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
	r.mu.Lock()
	defer r.mu.Unlock()
	key := setDir{set.key(), dir}
	if t, ok := r.parsed[key]; ok {
		return t, nil
	}
	if r.funcs == nil {
		r.funcs = funcMap(r.Limits.MaxOutput)
	}
	t := r.roots[set.key()]
	if t == nil {
		t = template.New(set.root).Option("missingkey=error")
		if set.user {
			t.Funcs(r.funcs)
		}
		r.roots[set.key()] = t
	}
	entries, err := fs.ReadDir(set.fsys, dir)
	if err != nil {
		return nil, errorAt(Pos{Path: set.name(dir)}, "reading templates: %v", unwrapFSError(err))
	}
	var paths, texts []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
			continue
		}
		p := path.Join(dir, e.Name())
		text, err := fs.ReadFile(set.fsys, p)
		if err != nil {
			return nil, errorAt(Pos{Path: set.name(p)}, "%v", unwrapFSError(err))
		}
		paths, texts = append(paths, p), append(texts, string(text))
	}
	if !set.user {
		t.Funcs(funcsNamed(r.funcs, texts))
	}
	for i, p := range paths {
		if _, err := t.New(p).Parse(texts[i]); err != nil {
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

var templateErr = lazyRegexp(`^template: ([^:]+):(\d+)(?::(\d+))?: (?:executing "[^"]*" )?(.*)$`)

// templateError rewrites text/template's error to name the template file as
// path:line:col.
func templateError(set templateSet, err error) error {
	msg := err.Error()
	m := templateErr().FindStringSubmatch(msg)
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
