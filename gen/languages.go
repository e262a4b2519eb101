package gen

import (
	"go/format"
	"strconv"
	"sync"
)

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
	// ident is the spelling of a code's (or alias's) identifier that must
	// be unique in the language's output (Go: StatusNotFound); nil for a
	// language that declares no identifiers of codes (Markdown, JSON).
	ident func(Ident) string
	// classIdent is the spelling of a class's identifier there (Go:
	// ClassClientError); nil where the target declares no class names.
	classIdent func(Ident) string
	// reserved are the names the target declares itself beside its code
	// constants, which no code's identifier may take.
	reserved []string
	// names are how code c is referred to in the language, as the
	// Markdown page and the JSON list them (C# and Ruby have two forms).
	names func(c Code) []string
}

// builtinLanguages are the built-in targets, in the order Languages lists
// them. The table is built once, on first use, and shared: nothing
// modifies its rows. (A run looks a language up a dozen times, and each
// build cost 6 µs and a hundred allocations.)
func builtinLanguages() []language { return languageTable() }

var languageTable = sync.OnceValue(newLanguageTable)

// newLanguageTable builds the table of built-in languages.
func newLanguageTable() []language {
	upper := func(id Ident) string { return id.Upper }
	return []language{
		{name: "go", title: "Go", entry: "go/status.go.tmpl", format: format.Source, preformatted: true,
			options: []string{OptionPackage}, defaultPackage: "httpstatus", checkPackage: checkGoPackage,
			ident: func(id Ident) string { return id.Go }, classIdent: func(id Ident) string { return id.Go },
			reserved: []string{"StatusText"},
			names:    func(c Code) []string { return []string{c.Ident.Go} },
			marker:   goMarker(), exts: []string{".go"}},
		{name: "typescript", title: "TypeScript", entry: "typescript/status.ts.tmpl", format: tidy,
			ident: upper, classIdent: func(id Ident) string { return id.Camel + "StatusCode" },
			names:  func(c Code) []string { return []string{"StatusCodes." + c.Ident.Upper} },
			marker: lineCommentForm("//"), exts: []string{".ts", ".mts", ".cts"}},
		{name: "python", title: "Python", entry: "python/status.py.tmpl", format: tidy,
			ident: upper, classIdent: upper,
			names:  func(c Code) []string { return []string{"HTTPStatus." + c.Ident.Upper} },
			marker: lineCommentForm("#"), exts: []string{".py", ".pyi"}},
		{name: "markdown", title: "Markdown", entry: "markdown/status.md.tmpl", format: tidyMarkdown, allAliases: true,
			options: []string{OptionFrontMatter, OptionTitle, OptionDocs},
			marker:  markdownMarker(), exts: []string{".md", ".markdown"}},
		{name: "json", title: "JSON", entry: "json/status.json.tmpl", format: formatJSON, preformatted: true, allAliases: true,
			marker: headForm([]string{"{", `  "$comment": "` + Marker + `",`}), exts: []string{".json"}},
		{name: "rust", title: "Rust", entry: "rust/status.rs.tmpl", format: tidy,
			ident:  upper,
			names:  func(c Code) []string { return []string{"StatusCode::" + c.Ident.Upper} },
			marker: lineCommentForm("//"), exts: []string{".rs"}},
		{name: "java", title: "Java", entry: "java/HttpStatus.java.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "httpstatus", checkPackage: checkJavaPackage,
			ident: upper, classIdent: upper, reserved: []string{"RETRY_POLICY"},
			names:  func(c Code) []string { return []string{"HttpStatus." + c.Ident.Upper} },
			marker: lineCommentForm("//"), exts: []string{".java"}},
		{name: "csharp", title: "C#", entry: "csharp/HttpStatusCode.cs.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HttpStatus", checkPackage: checkCSharpNamespace,
			ident: func(id Ident) string { return id.CSharp }, reserved: []string{"HttpStatusCode"},
			names: func(c Code) []string {
				return []string{"HttpStatusCode." + c.Ident.CSharp, "StatusCodes.Status" + strconv.Itoa(c.Code) + c.Ident.CSharp}
			},
			marker: lineCommentForm("//"), exts: []string{".cs"}},
		{name: "php", title: "PHP", entry: "php/HttpStatus.php.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HttpStatus", checkPackage: checkPHPNamespace,
			ident:  func(id Ident) string { return id.PHP },
			names:  func(c Code) []string { return []string{"HttpStatus::" + c.Ident.PHP} },
			marker: headForm([]string{"<?php", "// " + Marker}), exts: []string{".php"}},
		{name: "ruby", title: "Ruby", entry: "ruby/http_status.rb.tmpl", format: tidy,
			options: []string{OptionPackage}, defaultPackage: "HTTPStatus", checkPackage: checkRubyModule,
			ident: upper, reserved: rubyOwnConstants,
			names:  func(c Code) []string { return []string{"HTTPStatus::" + c.Ident.Upper, ":" + c.Ident.Snake} },
			marker: lineCommentForm("#"), exts: []string{".rb"}},
	}
}

// languageTitle names a language in prose ("C#"); a language that is not
// built in is named as given.
func languageTitle(name string) string {
	if l, ok := languageFor(name); ok {
		return l.title
	}
	return name
}

// defaultPackage is the package a target in lang gets when it names none:
// the built-in language's own (the Go and Java package httpstatus, the C#
// or PHP namespace HttpStatus, the Ruby module HTTPStatus), and httpstatus
// for a user's template.
func defaultPackage(lang string) string {
	if l, ok := languageFor(lang); ok {
		return l.defaultPackage
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
