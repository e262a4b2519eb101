package gen

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"text/template"

	"github.com/statusgen/statusgen/templates"
)

func TestFuncsNamed(t *testing.T) {
	fm := funcMap(DefaultLimits().MaxOutput)
	got := funcsNamed(fm, []string{
		`{{ upper .Phrase | tsString }}{{ printf "%d" .Code }}`,
		`lower, outside actions {{ uppercase .X }}{{ trimSuffix_ }}{{ _list }}{{ ünquote }} {{- jsdoc`,
		// Strings, characters and comments name nothing; "}}" in them
		// does not end the action.
		"{{ printf \"}} trim\\\" }}\" `}} trimAll` '}' | quote }}{{/* it's indent, }} */}}{{ comment }}",
	})
	var names []string
	for name := range got {
		names = append(names, name)
	}
	slices.Sort(names)
	if want := []string{"comment", "jsdoc", "printf", "quote", "tsString", "upper"}; !slices.Equal(names, want) {
		t.Errorf("funcsNamed = %v, want %v (whole words of actions, outside strings and comments, each a function of fm)", names, want)
	}
}

// TestBuiltinTemplatesParseWithNamedFuncs proves that every built-in
// template directory parses with only the functions its texts name, and
// that a name a template calls but funcsNamed missed would fail the parse
// (so the check can fail).
func TestBuiltinTemplatesParseWithNamedFuncs(t *testing.T) {
	fsys := templates.FS()
	fm := funcMap(DefaultLimits().MaxOutput)
	for _, lang := range Languages() {
		l, _ := languageFor(lang)
		dir := l.entry[:strings.LastIndex(l.entry, "/")]
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, e := range entries {
			text, err := fs.ReadFile(fsys, dir+"/"+e.Name())
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(text))
		}
		named := funcsNamed(fm, texts)
		if len(named) == 0 || len(named) >= len(fm)/2 {
			t.Errorf("%s: %d functions named of %d", lang, len(named), len(fm))
		}
		for _, text := range texts {
			if _, err := template.New(dir).Funcs(named).Parse(text); err != nil {
				t.Errorf("%s: parsing with the named functions: %v", lang, err)
			}
		}
	}
	if _, err := template.New("x").Funcs(funcsNamed(fm, []string{"{{ upper . }}"})).Parse("{{ lower . }}"); err == nil {
		t.Error("a template calling a function funcsNamed did not pick parsed")
	}
}
