package gen

import (
	"strings"
	"unicode"
)

// Spec is a merged and validated spec: the registry with the user's entries.
type Spec struct {
	// Version is the spec's version, a semantic version string.
	Version string `json:"version"`
	// RetryPolicy says what Retryable means, in the spec's words.
	RetryPolicy string `json:"retryPolicy"`
	// Classes are the five classes of status codes, by first digit.
	Classes []Class `json:"classes,omitempty"`
	// Codes are the status codes, sorted by code.
	Codes []Code `json:"codes,omitempty"`
}

// Class is a class of status codes, named by the code's first digit
// (RFC 9110, section 15).
type Class struct {
	// Digit is the first digit of the class's codes, 1 to 5.
	Digit int `json:"digit"`
	// Name is the class's name: Informational, Successful, Redirection,
	// Client Error, Server Error.
	Name string `json:"name"`
	// Ident is Name in each language's spelling (Go: ClassClientError).
	Ident Ident `json:"ident"`
	// Description says what the class means.
	Description string `json:"description"`
	// Codes are the class's codes, sorted; filled in a Model only.
	Codes []Code `json:"-"`
}

// Code is one status code with its phrase, names, semantics and references.
type Code struct {
	// Code is the numeric status code, 100 to 599.
	Code int `json:"code"`
	// Phrase is the reason phrase a program sends and shows.
	Phrase string `json:"phrase"`
	// Class is the code's first digit.
	Class int `json:"class"`
	// ClassName is the name of the code's class.
	ClassName string `json:"className"`
	// Ident is the code's canonical identifier.
	Ident Ident `json:"ident"`
	// Aliases are older names of the code, all deprecated. In a Model, only
	// those meant for the model's language.
	Aliases []Alias `json:"aliases,omitempty"`
	// Lifecycle is permanent, temporary, unused or obsoleted.
	Lifecycle string `json:"lifecycle"`
	// Registered is the registration date of a temporary code (YYYY-MM-DD).
	Registered string `json:"registered,omitempty"`
	// Expires is the expiry date of a temporary code (YYYY-MM-DD).
	Expires string `json:"expires,omitempty"`
	// References are the documents that define the code.
	References []Reference `json:"references,omitempty"`
	// Description is two to four sentences of plain text; it may hold
	// line breaks and any printable character.
	Description string `json:"description"`
	// Cacheable reports whether the response is heuristically cacheable by
	// default (RFC 9110, section 15.1).
	Cacheable bool `json:"cacheable"`
	// ContentAllowed is false where the response must not carry content
	// (1xx, 204, 205, 304).
	ContentAllowed bool `json:"contentAllowed"`
	// Redirect is how a client follows the code's Location: "" (not a
	// redirect), "keeps-method", "may-change-method" or "changes-to-get".
	Redirect string `json:"redirect"`
	// Headers are the response header fields that go with the code.
	Headers []string `json:"headers,omitempty"`
	// Retryable reports whether repeating the request may succeed (see the
	// spec's RetryPolicy).
	Retryable bool `json:"retryable"`
	// RetryNote says why and how to retry, for retryable codes.
	RetryNote string `json:"retryNote"`
	// Source names where an entry outside the IANA registry comes from;
	// empty for registry entries.
	Source string `json:"source"`
	// LookupPhrases are the phrases a lookup by phrase maps to this code:
	// its phrase and the older phrases of all its aliases (whatever their
	// targets: a phrase is not an identifier), less any that a lower code
	// claims first. Filled in a Model only.
	LookupPhrases []string `json:"lookupPhrases,omitempty"`
	// Names are the code's canonical name in each built-in language, as
	// user code writes it (with the default package where the name
	// depends on it). Filled in a Model only.
	Names []LangName `json:"names,omitempty"`
}

// LangName is how code in one language refers to a status code.
type LangName struct {
	// Lang is the built-in language: go, typescript, python, rust, java,
	// csharp, php, ruby.
	Lang string `json:"lang"`
	// Title is the language's name in prose: Go, C#.
	Title string `json:"title"`
	// Name is the reference, qualified as user code writes it:
	// StatusCodes.NOT_FOUND, StatusCode::NOT_FOUND, HttpStatusCode.NotFound.
	Name string `json:"name"`
}

// IsRedirect reports whether the code redirects to a Location.
func (c Code) IsRedirect() bool { return c.Redirect != "" }

// KeepsMethod reports whether a client following the redirect must repeat
// the request method (307, 308).
func (c Code) KeepsMethod() bool { return c.Redirect == "keeps-method" }

// Deprecated reports whether the code should no longer be sent: unused,
// obsoleted.
func (c Code) Deprecated() bool { return c.Lifecycle == "unused" || c.Lifecycle == "obsoleted" }

// GoComment is the trailing comment of the code's Go constant, as in
// net/http: the defining reference, then the lifecycle of a code that
// should not be sent ("RFC 9110, 15.4.7 (unused)"); empty when there is
// neither.
func (c Code) GoComment() string {
	parts := []string{}
	if r := c.Reference().Short; r != "" {
		parts = append(parts, r)
	}
	if c.Deprecated() {
		parts = append(parts, "("+c.Lifecycle+")")
	}
	// gofmt drops the white space a comment ends in, and a url
	// reference's title may end in a no-break space.
	return strings.TrimRightFunc(strings.Join(parts, " "), unicode.IsSpace)
}

// Reference returns the code's first reference, the one that defines it.
func (c Code) Reference() Reference {
	if len(c.References) == 0 {
		return Reference{}
	}
	return c.References[0]
}

// Alias is an older name of a code, kept for compatibility and deprecated.
type Alias struct {
	// Ident is the alias in each language's spelling.
	Ident Ident `json:"ident"`
	// Phrase is the older phrase that went with the name, if any.
	Phrase string `json:"phrase,omitempty"`
	// Targets are the languages that get the alias; empty means all.
	Targets []string `json:"targets,omitempty"`
	// Use is the identifier of the alias's code: the name to use instead.
	// Filled in a Model only.
	Use Ident `json:"-"`
	// PhraseChange is the alias's older phrase and its code's current
	// one, where the alias has an older phrase that differs; nil
	// otherwise. Filled in a Model only.
	PhraseChange *PhraseChange `json:"-"`
}

// PhraseChange is how a code's reason phrase changed, for the
// deprecation note of an alias: "the phrase Old is now New".
type PhraseChange struct {
	// Old is the older phrase, which went with the alias's name.
	Old string `json:"old"`
	// New is the code's current phrase.
	New string `json:"new"`
}

// For reports whether the alias is meant for lang.
func (a Alias) For(lang string) bool {
	if len(a.Targets) == 0 {
		return true
	}
	for _, t := range a.Targets {
		if t == lang {
			return true
		}
	}
	return false
}

// Reference is a document that defines a code.
type Reference struct {
	// Title names the document: "RFC 9110, Section 15.5.5".
	Title string `json:"title"`
	// Short is the compact form Go's net/http uses: "RFC 9110, 15.5.5".
	Short string `json:"short"`
	// URL links the document, at the section where there is one.
	URL string `json:"url"`
}
