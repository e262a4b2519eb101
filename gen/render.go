package gen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/template"
)

// Model is what a template receives: the spec, shaped for one target.
type Model struct {
	// Lang is the target language: a built-in one (go, typescript, python,
	// markdown, json, rust, java, csharp, php, ruby) or the name a user's
	// template was given.
	Lang string
	// Package is the package the target asked for: Go's package clause,
	// the Java package, the C# or PHP namespace, the Ruby module.
	Package string
	// Version is the spec's version.
	Version string
	// Marker is the generated-file marker text, without comment syntax.
	Marker string
	// RetryPolicy says what a code's Retryable flag means.
	RetryPolicy string
	// Classes are the five classes, each with its codes.
	Classes []Class
	// Codes are all codes, sorted; their Aliases are those meant for Lang
	// (all of them for markdown and json).
	Codes []Code
	// HasAliases reports whether any code has an alias for Lang.
	HasAliases bool
	// FrontMatter asks the Markdown target for a YAML front matter block.
	FrontMatter bool
	// Title is the page title (Markdown); empty for the default.
	Title string
	// Docs names the docs generator the page is for (Markdown): "" for
	// the default page, or "vitepress".
	Docs string
}

// Target is one file to generate.
type Target struct {
	// Lang is a built-in language (go, typescript, python, markdown, json,
	// rust, java, csharp, php, ruby), or, with Template, any name: it selects the aliases meant for it and,
	// for a built-in language, the output's formatting.
	Lang string
	// Template is the path of the user's own template file; the other .tmpl
	// files in its directory are its partials. Empty for the built-in one.
	Template string
	// Package is the package name (Go, Java), namespace (C#, PHP) or
	// module (Ruby).
	Package string
	// FrontMatter adds YAML front matter (Markdown).
	FrontMatter bool
	// Title is the page title (Markdown).
	Title string
	// Docs names the docs generator the page is for (Markdown): "", or
	// one of DocsGenerators.
	Docs string
}

// language describes a built-in target.
type language struct {
	name  string
	title string // the language's name in prose: Go, C#
	entry string // template path, relative to the templates root
	// format lays out a user's template's output; the built-in template's
	// too, unless preformatted.
	format func([]byte) ([]byte, error)
	// preformatted marks a language whose built-in template prints its
	// formatter's layout itself, so that its output skips format (Go:
	// go/format would leave it as it is, and costs a third of a run; JSON:
	// toJSON indents as formatJSON does, and a second pass cost a quarter
	// of the render).
	preformatted bool
	// allAliases marks a language that documents every language's names
	// rather than declaring its own: its model keeps every alias.
	allAliases bool
	// options are the target options the language takes (Option*).
	options []string
	// marker is where the language's files carry the marker line.
	marker markerForm
	// exts are the file name extensions of the language, by which -clean
	// judges a file that no target names.
	exts []string
	// defaultPackage is the package (namespace, module) of a target that
	// names none; empty where the language has no such thing.
	defaultPackage string
	// checkPackage rejects a package name the language cannot declare; nil
	// where the name is not checked here.
	checkPackage func(string) error
}

// builtinLanguages are the built-in targets, in the order Languages lists
// them. The table is built once, on first use, and shared: nothing
// modifies its rows. (A run looks a language up a dozen times, and each
// build cost 6 µs and a hundred allocations.)
func builtinLanguages() []language { return languageTable() }

var languageTable = sync.OnceValue(newLanguageTable)

// newLanguageTable builds the table of built-in languages.
func newLanguageTable() []language {
	return []language{
		{name: "go", title: "Go", entry: "go/status.go.tmpl", format: format.Source, preformatted: true,
			options: []string{OptionPackage}, defaultPackage: "httpstatus", checkPackage: checkGoPackage,
			marker: goMarker(), exts: []string{".go"}},
		{name: "typescript", title: "TypeScript", entry: "typescript/status.ts.tmpl", format: tidy,
			marker: lineCommentForm("//"), exts: []string{".ts", ".mts", ".cts"}},
		{name: "python", title: "Python", entry: "python/status.py.tmpl", format: tidy,
			marker: lineCommentForm("#"), exts: []string{".py", ".pyi"}},
		{name: "markdown", title: "Markdown", entry: "markdown/status.md.tmpl", format: tidyMarkdown, allAliases: true,
			options: []string{OptionFrontMatter, OptionTitle, OptionDocs},
			marker:  markdownMarker(), exts: []string{".md", ".markdown"}},
		{name: "json", title: "JSON", entry: "json/status.json.tmpl", format: formatJSON, preformatted: true, allAliases: true,
			marker: headForm([]string{"{", `  "$comment": "` + Marker + `",`}), exts: []string{".json"}},
		{name: "rust", title: "Rust", entry: "rust/status.rs.tmpl", format: tidy,
			marker: lineCommentForm("//"), exts: []string{".rs"}},
		{name: "java", title: "Java", entry: "java/HttpStatus.java.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "httpstatus", checkPackage: checkJavaPackage,
			marker: lineCommentForm("//"), exts: []string{".java"}},
		{name: "csharp", title: "C#", entry: "csharp/HttpStatusCode.cs.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HttpStatus", checkPackage: checkCSharpNamespace,
			marker: lineCommentForm("//"), exts: []string{".cs"}},
		{name: "php", title: "PHP", entry: "php/HttpStatus.php.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HttpStatus", checkPackage: checkPHPNamespace,
			marker: headForm([]string{"<?php", "// " + Marker}), exts: []string{".php"}},
		{name: "ruby", title: "Ruby", entry: "ruby/http_status.rb.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HTTPStatus", checkPackage: checkRubyModule,
			marker: lineCommentForm("#"), exts: []string{".rb"}},
	}
}

// languageTitles maps each built-in language to its name in prose.
func languageTitles() map[string]string {
	titles := map[string]string{}
	for _, l := range builtinLanguages() {
		titles[l.name] = l.title
	}
	return titles
}

// languageTitle names a language in prose ("C#"); a language that is not
// built in is named as given.
func languageTitle(name string) string {
	if l, ok := languageFor(name); ok {
		return l.title
	}
	return name
}

// DefaultPackage is the package a target in lang gets when it names none:
// goPackage (go generate's $GOPACKAGE) or "httpstatus" for Go and for a
// user's template, the language's own default (the Java package, the C#
// or PHP namespace, the Ruby module) otherwise; "" where the language has
// none.
func DefaultPackage(lang, goPackage string) string {
	l, builtin := languageFor(lang)
	switch {
	case builtin && lang != "go":
		return l.defaultPackage
	case goPackage != "":
		return goPackage
	}
	return "httpstatus"
}

func languageFor(name string) (language, bool) {
	for _, l := range builtinLanguages() {
		if l.name == name {
			return l, true
		}
	}
	return language{}, false
}

// Languages lists the built-in languages.
func Languages() []string {
	var names []string
	for _, l := range builtinLanguages() {
		names = append(names, l.name)
	}
	return names
}

// NewModel shapes spec for target t.
func NewModel(spec *Spec, t Target) *Model {
	m := &Model{
		Lang:        t.Lang,
		Package:     t.Package,
		Version:     spec.Version,
		Marker:      Marker,
		RetryPolicy: spec.RetryPolicy,
		FrontMatter: t.FrontMatter,
		Title:       t.Title,
		Docs:        t.Docs,
	}
	lang, _ := languageFor(t.Lang)
	claimed := map[string]bool{}
	titles := languageTitles()
	claim := func(c *Code, phrase string) {
		if phrase != "" && !claimed[phrase] {
			claimed[phrase] = true
			c.LookupPhrases = append(c.LookupPhrases, phrase)
		}
	}
	m.Codes = make([]Code, 0, len(spec.Codes))
	for _, c := range spec.Codes {
		all := c.Aliases
		var aliases []Alias
		for _, a := range c.Aliases {
			if a.For(t.Lang) || lang.allAliases {
				a.Use = c.Ident
				if a.Phrase != "" && a.Phrase != c.Phrase {
					a.PhraseChange = &PhraseChange{Old: a.Phrase, New: c.Phrase}
				}
				aliases = append(aliases, a)
			}
		}
		c.Aliases = aliases
		m.HasAliases = m.HasAliases || len(aliases) > 0
		c.LookupPhrases = nil
		c.Names = languageNames(c, titles)
		claim(&c, c.Phrase)
		for _, a := range all {
			claim(&c, a.Phrase)
		}
		m.Codes = append(m.Codes, c)
	}
	for _, cl := range spec.Classes {
		cl.Codes = classCodes(m.Codes, cl.Digit)
		m.Classes = append(m.Classes, cl)
	}
	return m
}

// classCodes returns the codes of class digit, in their order: a part of
// codes where they are together, as in a spec's codes, which are sorted;
// a copy otherwise.
func classCodes(codes []Code, digit int) []Code {
	first, last, n := -1, -1, 0
	for i, c := range codes {
		if c.Class == digit {
			if first < 0 {
				first = i
			}
			last = i
			n++
		}
	}
	switch {
	case n == 0:
		return nil
	case last-first+1 == n:
		return codes[first : last+1 : last+1]
	}
	var out []Code
	for _, c := range codes {
		if c.Class == digit {
			out = append(out, c)
		}
	}
	return out
}

// Renderer executes templates, parsing each directory of them once, so
// that many targets cost one parse. Its methods may be called from several
// goroutines at once (RenderAll does), but its fields must be set before
// the first Render.
type Renderer struct {
	builtin templateSet
	// OpenDir opens the directory of a user's template; os.DirFS unless a
	// test replaces it.
	OpenDir func(dir string) fs.FS
	// Limits bound template files (MaxFileSize) and what a render may
	// build (MaxOutput); DefaultLimits unless the caller changes them
	// before the first Render.
	Limits Limits
	// mu guards parsed and roots, and parsing into roots.
	mu     sync.Mutex
	parsed map[templateSet]map[string]*template.Template
	// roots hold each set's templates, of every directory parsed, in one
	// namespace: the functions are added once per set, not once per
	// directory (a tenth of a millisecond and 40 KB each).
	roots map[templateSet]*template.Template
}

// templateSet is a file system of templates and how diagnostics name its
// root.
type templateSet struct {
	fsys fs.FS
	root string
}

func (s templateSet) name(p string) string {
	if s.root == "" || s.root == "." {
		return p
	}
	return s.root + "/" + p
}

// NewRenderer returns a Renderer whose built-in templates are in fsys;
// diagnostics name those files as root/path.
func NewRenderer(fsys fs.FS, root string) *Renderer {
	return &Renderer{
		builtin: templateSet{fsys, root},
		OpenDir: func(dir string) fs.FS { return os.DirFS(dir) },
		Limits:  DefaultLimits(),
		parsed:  map[templateSet]map[string]*template.Template{},
		roots:   map[templateSet]*template.Template{},
	}
}

// Render renders target t for spec: its template (the built-in one of
// t.Lang, or t.Template) run with the model, then formatted for a built-in
// language.
func (r *Renderer) Render(spec *Spec, t Target) ([]byte, error) {
	lang, builtin := languageFor(t.Lang)
	set, entry := r.builtin, lang.entry
	switch {
	case t.Template != "":
		dir := filepath.Dir(t.Template)
		set, entry = templateSet{r.OpenDir(dir), filepath.ToSlash(dir)}, filepath.Base(t.Template)
	case !builtin:
		return nil, fmt.Errorf("unknown language %q (want one of %s, or a template)", t.Lang, strings.Join(Languages(), ", "))
	}
	if err := checkTarget(t); err != nil {
		return nil, err
	}
	// The model is built on another goroutine while the templates parse:
	// a run of one target leaves the other core idle (0.1-0.3 ms a run).
	models := make(chan *Model, 1)
	go func() { models <- NewModel(spec, t) }()
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
		again, err := r.execute(set, entry, NewModel(spec, t))
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
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i], errs[i] = r.Render(spec, ts[i])
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

func (r *Renderer) load(set templateSet, dir string) (*template.Template, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.parsed[set][dir]; ok {
		return t, nil
	}
	t := r.roots[set]
	if t == nil {
		t = template.New(set.root).Funcs(funcMap(r.Limits.MaxOutput)).Option("missingkey=error")
		r.roots[set] = t
	}
	entries, err := fs.ReadDir(set.fsys, dir)
	if err != nil {
		return nil, errorAt(Pos{Path: set.name(dir)}, "reading templates: %v", unwrapFSError(err))
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
			continue
		}
		p := path.Join(dir, e.Name())
		text, err := readTemplate(set.fsys, p, e.Type(), r.Limits.MaxFileSize)
		if err != nil {
			return nil, errorAt(Pos{Path: set.name(p)}, "%v", err)
		}
		if _, err := t.New(p).Parse(string(text)); err != nil {
			return nil, templateError(set, err)
		}
	}
	if err := checkRecursion(t); err != nil {
		return nil, templateError(set, err)
	}
	if r.parsed[set] == nil {
		r.parsed[set] = map[string]*template.Template{}
	}
	r.parsed[set][dir] = t
	return t, nil
}

// readTemplate reads a template file whose directory entry has type typ,
// refusing what is not a regular file or a link to one (opening a FIFO
// would block) and reading no more than max+1 bytes.
func readTemplate(fsys fs.FS, p string, typ fs.FileMode, max int) ([]byte, error) {
	if typ&fs.ModeSymlink != 0 {
		st, err := fs.Stat(fsys, p)
		if err != nil {
			return nil, unwrapFSError(err)
		}
		typ = st.Mode().Type()
	}
	if !typ.IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, unwrapFSError(err)
	}
	defer f.Close()
	text, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return nil, unwrapFSError(err)
	}
	if len(text) > max {
		return nil, fmt.Errorf("file is larger than the limit of %d bytes", max)
	}
	return text, nil
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

// tidy strips trailing white space from every line, folds runs of blank
// lines into one and ends the file with exactly one newline. It works in
// place (what it writes never overtakes what it reads), so that a large
// output costs no second copy.
func tidy(b []byte) ([]byte, error) {
	trim := func(line []byte, _ bool) []byte { return bytes.TrimRight(line, " \t\r") }
	return foldLines(b, trim, func(line []byte) bool { return len(line) == 0 }), nil
}

// tidyMarkdown is tidy without touching trailing spaces, which Markdown
// reads as line breaks: it only ends lines with LF, folds blank lines
// (white space only) and ends the file. It works in place, like tidy.
func tidyMarkdown(b []byte) ([]byte, error) {
	trim := func(line []byte, broken bool) []byte {
		if broken {
			return bytes.TrimSuffix(line, []byte("\r"))
		}
		return line
	}
	return foldLines(b, trim, func(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }), nil
}

// foldLines rewrites b in place, line by line: each line as trim gives it
// (broken tells whether a line break ended it), every run of lines that
// blank reports blank folded into one empty line, none at the start or the
// end, and every line ended by LF.
func foldLines(b []byte, trim func(line []byte, broken bool) []byte, blank func(line []byte) bool) []byte {
	out := b[:0]
	due := false // an empty line is due before the next non-blank one
	for len(b) > 0 {
		line, rest, broken := bytes.Cut(b, []byte("\n"))
		b = rest
		if line = trim(line, broken); blank(line) {
			due = len(out) > 0
			continue
		}
		if due {
			out = append(out, '\n')
			due = false
		}
		out = append(append(out, line...), '\n')
	}
	if len(out) == 0 {
		out = append(out, '\n')
	}
	return out
}

// formatJSON checks that b is JSON and indents it by two spaces.
func formatJSON(b []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSpace(b), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
