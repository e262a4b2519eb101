package gen

import (
	"go/format"
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
