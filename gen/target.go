package gen

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

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

// Target options, named by their config keys. Each built-in language takes
// the options in its row of builtinLanguages; a user's template takes all.
const (
	// OptionPackage is the package name (Go).
	OptionPackage = "package"
	// OptionFrontMatter asks for YAML front matter (Markdown).
	OptionFrontMatter = "front_matter"
	// OptionTitle is the page title (Markdown).
	OptionTitle = "title"
	// OptionDocs names the docs generator the page is for (Markdown).
	OptionDocs = "docs"
)

// DocsVitePress is the Docs value for a page built by VitePress, which
// gives a heading that starts with a digit an id that starts with "_": the
// page gives its headings explicit ids ({#404-not-found}), so that links
// land as they do elsewhere.
const DocsVitePress = "vitepress"

// DocsGenerators lists the values a target's Docs may take besides "", the
// default, which suits GitHub, Docusaurus, Hugo and MkDocs.
func DocsGenerators() []string { return []string{DocsVitePress} }

// MaxTitle is the longest page title accepted, in bytes.
const MaxTitle = 256

// TargetOptions lists the options a target takes: those of the built-in
// language lang, or, for a user's template, every option; nil for an
// unknown language without a template.
func TargetOptions(lang string, template bool) []string {
	if template {
		return []string{OptionPackage, OptionFrontMatter, OptionTitle, OptionDocs}
	}
	l, _ := languageFor(lang)
	return l.options
}

// LanguagesTaking lists the built-in languages that take option.
func LanguagesTaking(option string) []string {
	var names []string
	for _, l := range builtinLanguages() {
		if slices.Contains(l.options, option) {
			names = append(names, l.name)
		}
	}
	return names
}

// CheckPackage validates a package name for a target in lang: one line of
// text, and for a built-in language what that language can declare (its
// row's checkPackage). For a user's template it is one line of text.
func CheckPackage(lang, name string) error {
	if err := checkOneLine(name); err != nil {
		return fmt.Errorf("package %q: %w", name, err)
	}
	if l, ok := languageFor(lang); ok && l.checkPackage != nil {
		return l.checkPackage(name)
	}
	return nil
}

// checkGoPackage accepts what a package clause accepts and an importer can
// name: a Go identifier, not a keyword, not _ and not init (mixed case is
// legal Go, and $GOPACKAGE passes on whatever the package clause says).
func checkGoPackage(name string) error {
	if !token.IsIdentifier(name) || name == "_" || name == "init" {
		return fmt.Errorf("%q is not a Go package name (an identifier such as httpstatus, not a keyword, _ or init)", name)
	}
	return nil
}

// CheckTitle validates a page title: one line of text, without
// surrounding space, at most MaxTitle bytes.
func CheckTitle(title string) error {
	if err := checkOneLine(title); err != nil {
		return fmt.Errorf("title %q: %w", title, err)
	}
	if strings.TrimSpace(title) != title {
		return fmt.Errorf("title %q has leading or trailing space", title)
	}
	if len(title) > MaxTitle {
		return fmt.Errorf("title is %d bytes, more than the limit of %d", len(title), MaxTitle)
	}
	return nil
}

// CheckDocs validates the name of a docs generator: "" or one of
// DocsGenerators.
func CheckDocs(name string) error {
	if name == "" || slices.Contains(DocsGenerators(), name) {
		return nil
	}
	return fmt.Errorf("unknown docs generator %q (want %s; the default page suits GitHub, Docusaurus, Hugo and MkDocs)", name, strings.Join(DocsGenerators(), ", "))
}

// checkOneLine applies the text checks and refuses a line break.
func checkOneLine(s string) error {
	if err := checkText(s); err != nil {
		return err
	}
	if strings.Contains(s, "\n") {
		return fmt.Errorf("has a line break; it must be one line")
	}
	return nil
}

// checkTarget validates the values of the options t's language takes.
// Options it does not take are ignored here: the command and LoadConfig
// refuse them in user input, with positions.
func checkTarget(t Target) error {
	opts := TargetOptions(t.Lang, t.Template != "")
	if t.Package != "" && slices.Contains(opts, OptionPackage) {
		if err := CheckPackage(t.Lang, t.Package); err != nil {
			return err
		}
	}
	if t.Docs != "" && slices.Contains(opts, OptionDocs) {
		if err := CheckDocs(t.Docs); err != nil {
			return err
		}
	}
	if t.Title != "" && slices.Contains(opts, OptionTitle) {
		return CheckTitle(t.Title)
	}
	return nil
}
