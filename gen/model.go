package gen

import "slices"

// Model is what a template receives: the spec, shaped for one target.
type Model struct {
	// Lang is the target language: a built-in one (go, typescript, python,
	// markdown, json, rust, java, csharp, php, ruby) or the name a user's
	// template was given.
	Lang string
	// Package is the package the target asked for, or its language's
	// default: Go's package clause (httpstatus), the Java package
	// (httpstatus), the C# or PHP namespace (HttpStatus), the Ruby module
	// (HTTPStatus); a user's template gets httpstatus. Empty for a
	// language without packages.
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

// newModel shapes spec for target t.
func newModel(spec *Spec, t Target) *Model { return newModelNames(spec, t, nil) }

// codeNames are the Names of each of spec's codes, in order, which do not
// depend on the target: the models of one RenderAll share them instead of
// each building them (101 allocations and 47 KB a model on the registry).
func codeNames(spec *Spec) [][]LangName {
	names := make([][]LangName, len(spec.Codes))
	for i, c := range spec.Codes {
		names[i] = languageNames(c)
	}
	return names
}

// newModelNames is newModel with the codes' Names given (codeNames), or
// built when names is nil.
func newModelNames(spec *Spec, t Target, names [][]LangName) *Model {
	if t.Package == "" && slices.Contains(TargetOptions(t.Lang, t.Template != ""), OptionPackage) {
		t.Package = defaultPackage(t.Lang)
	}
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
	if names == nil {
		names = codeNames(spec)
	}
	claim := func(c *Code, phrase string) {
		if phrase != "" && !claimed[phrase] {
			claimed[phrase] = true
			c.LookupPhrases = append(c.LookupPhrases, phrase)
		}
	}
	m.Codes = make([]Code, 0, len(spec.Codes))
	for i, c := range spec.Codes {
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
		c.Names = names[i]
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
