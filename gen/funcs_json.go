package gen

import "text/template"

// The JSON target is a public data format for tools and docs sites,
// documented in docs/json.md and described by
// output/json/http-status.schema.json. Its types are its own, filled from
// the model field by field, so that the model can change without changing
// the format; TestJSONFormat holds them to the schema.

// jsonFormat is the format's version: it grows when a key is removed or
// renamed or changes its meaning, not when one is added.
const jsonFormat = 1

// jsonFile is the whole document. Every key is always present: a value
// that does not apply is null, a list without items is [].
type jsonFile struct {
	Comment     string      `json:"$comment"`
	Format      int         `json:"format"`
	Version     string      `json:"version"`
	RetryPolicy string      `json:"retryPolicy"`
	Classes     []jsonClass `json:"classes"`
	Codes       []jsonCode  `json:"codes"`
}

type jsonClass struct {
	Class       int    `json:"class"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

type jsonCode struct {
	Code        int             `json:"code"`
	Phrase      string          `json:"phrase"`
	Name        string          `json:"name"`
	Class       int             `json:"class"`
	Lifecycle   string          `json:"lifecycle"`
	Registered  *string         `json:"registered"`
	Expires     *string         `json:"expires"`
	Description string          `json:"description"`
	References  []jsonReference `json:"references"`
	Semantics   jsonSemantics   `json:"semantics"`
	Aliases     []jsonAlias     `json:"aliases"`
	Source      *string         `json:"source"`
}

type jsonReference struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

type jsonSemantics struct {
	Cacheable      bool     `json:"cacheable"`
	ContentAllowed bool     `json:"contentAllowed"`
	Redirect       *string  `json:"redirect"`
	Headers        []string `json:"headers"`
	Retryable      bool     `json:"retryable"`
	RetryNote      *string  `json:"retryNote"`
}

type jsonAlias struct {
	Name      string   `json:"name"`
	Phrase    *string  `json:"phrase"`
	Languages []string `json:"languages"`
}

func jsonFuncs() template.FuncMap {
	return template.FuncMap{"jsonDocument": jsonDocument}
}

// jsonDocument maps a model to the JSON format.
func jsonDocument(m *Model) jsonFile {
	f := jsonFile{
		Comment:     m.Marker,
		Format:      jsonFormat,
		Version:     m.Version,
		RetryPolicy: m.RetryPolicy,
		Classes:     []jsonClass{},
		Codes:       []jsonCode{},
	}
	for _, c := range m.Classes {
		f.Classes = append(f.Classes, jsonClass{Class: c.Digit, Name: c.Name, Description: c.Description})
	}
	for _, c := range m.Codes {
		jc := jsonCode{
			Code:        c.Code,
			Phrase:      c.Phrase,
			Name:        c.Ident.Camel,
			Class:       c.Class,
			Lifecycle:   c.Lifecycle,
			Registered:  orNull(c.Registered),
			Expires:     orNull(c.Expires),
			Description: c.Description,
			References:  []jsonReference{},
			Semantics: jsonSemantics{
				Cacheable:      c.Cacheable,
				ContentAllowed: c.ContentAllowed,
				Redirect:       orNull(c.Redirect),
				Headers:        append([]string{}, c.Headers...),
				Retryable:      c.Retryable,
				RetryNote:      orNull(c.RetryNote),
			},
			Aliases: []jsonAlias{},
			Source:  orNull(c.Source),
		}
		for _, r := range c.References {
			jc.References = append(jc.References, jsonReference{Title: r.Title, URL: r.URL})
		}
		for _, a := range c.Aliases {
			ja := jsonAlias{Name: a.Ident.Camel, Phrase: orNull(a.Phrase)}
			if len(a.Targets) > 0 {
				ja.Languages = append([]string{}, a.Targets...)
			}
			jc.Aliases = append(jc.Aliases, ja)
		}
		f.Codes = append(f.Codes, jc)
	}
	return f
}

// orNull is s, or nil (JSON's null) for "".
func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
