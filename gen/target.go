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
	// rust, java, csharp, php, ruby), or, with Template, any name: it
	// selects the aliases meant for it and, for a built-in language, the
	// output's formatting and marker line.
	Lang string
	// Template is the path of the user's own template file, which the
	// Renderer reads through its OpenDir; the other .tmpl files in its
	// directory are its partials. Empty for the built-in one.
	Template string
	// Package is the package name (Go, Java), namespace (C#, PHP) or
	// module (Ruby); empty for the language's default.
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

// docsVitePress is the Docs value for a page built by VitePress, which
// gives a heading that starts with a digit an id that starts with "_": the
// page gives its headings explicit ids ({#404-not-found}), so that links
// land as they do elsewhere.
const docsVitePress = "vitepress"

// DocsGenerators lists the values a target's Docs may take besides "", the
// default, which suits GitHub, Docusaurus, Hugo and MkDocs.
func DocsGenerators() []string { return []string{docsVitePress} }

// maxTitle is the longest page title accepted, in bytes.
const maxTitle = 256

// TargetOptions lists the options a target takes: those of the built-in
// language lang, or, for a user's template, every option; nil for an
// unknown language without a template.
func TargetOptions(lang string, template bool) []string {
	if template {
		return []string{OptionPackage, OptionFrontMatter, OptionTitle, OptionDocs}
	}
	l, _ := languageFor(lang)
	return slices.Clone(l.options) // the table's rows are shared
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

// CheckOption validates value as the target option option (one of the
// Option names) for a target in lang: a package that lang can declare
// (for a user's template, one line of text), a title on one line without
// surrounding space and of at most 256 bytes, or a docs generator of
// DocsGenerators (or ""). A front_matter value is not checked here, and
// whether lang takes the option at all is TargetOptions' to say. Render
// checks its Target the same way.
func CheckOption(lang, option, value string) error {
	switch option {
	case OptionPackage:
		return checkPackage(lang, value)
	case OptionTitle:
		return checkTitle(value)
	case OptionDocs:
		return checkDocs(value)
	}
	return nil
}

// checkPackage validates a package name for a target in lang: one line of
// text, and for a built-in language what that language can declare (its
// row's checkPackage).
func checkPackage(lang, name string) error {
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

// checkTitle validates a page title: one line of text, without
// surrounding space, at most maxTitle bytes.
func checkTitle(title string) error {
	if err := checkOneLine(title); err != nil {
		return fmt.Errorf("title %q: %w", title, err)
	}
	if strings.TrimSpace(title) != title {
		return fmt.Errorf("title %q has leading or trailing space", title)
	}
	if len(title) > maxTitle {
		return fmt.Errorf("title is %d bytes, more than the limit of %d", len(title), maxTitle)
	}
	return nil
}

// checkDocs validates the name of a docs generator: "" or one of
// DocsGenerators.
func checkDocs(name string) error {
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
	for _, o := range []struct{ name, value string }{
		{OptionPackage, t.Package}, {OptionDocs, t.Docs}, {OptionTitle, t.Title},
	} {
		if o.value == "" || !slices.Contains(TargetOptions(t.Lang, t.Template != ""), o.name) {
			continue
		}
		if err := CheckOption(t.Lang, o.name, o.value); err != nil {
			return err
		}
	}
	return nil
}
