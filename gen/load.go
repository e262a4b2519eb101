package gen

import (
	"time"

	"gopkg.in/yaml.v3"
)

// LoadSpec loads the sources, merges them in order and validates the
// result. Warnings (such as an expired temporary registration, judged
// against now; a zero now skips the check) do not stop the run; there are
// none about a source marked Embedded (unless a user's source has the
// same name).
func LoadSpec(sources []Source, lim Limits, now time.Time) (*Spec, Diagnostics, error) {
	if len(sources) == 1 && sources[0].Decoded != nil && sources[0].Embedded {
		return sources[0].Decoded(), nil, nil // an embedded source has no warnings
	}
	var files []*rawFile
	var errs Diagnostics
	embedded := map[string]bool{}
	for _, src := range sources {
		f, err := loadFile(src, lim)
		if err != nil {
			errs.add(Pos{Path: src.Name}, err)
			continue
		}
		f.addOnly = src.AddOnly
		files = append(files, f)
		if prev, seen := embedded[src.Name]; !seen || prev {
			embedded[src.Name] = src.Embedded // a user's file of the same name keeps its warnings
		}
	}
	if err := errs.err(); err != nil {
		return nil, nil, err
	}
	merged, err := merge(files)
	if err != nil {
		return nil, nil, err
	}
	if n := len(merged.Codes.Val); n > lim.MaxCodes {
		return nil, nil, errorAt(Pos{Path: sources[len(sources)-1].Name}, "merged spec has %d codes, more than the limit of %d", n, lim.MaxCodes)
	}
	s, warnings, err := validate(merged, now)
	var mine Diagnostics
	for _, w := range warnings {
		if !embedded[w.Pos.Path] {
			mine = append(mine, w)
		}
	}
	return s, mine, err
}

// opt is a spec field as written: Set tells whether the file gave it, and
// At where, so that merging overrides only given fields and diagnostics
// point at the value.
type opt[T any] struct {
	Val T
	Set bool
	At  Pos
}

func (o *opt[T]) decodeNode(d *decoder, n *yaml.Node) error {
	o.Set, o.At = true, d.pos(n)
	return d.value(n, &o.Val)
}

type nodeDecoder interface {
	decodeNode(d *decoder, n *yaml.Node) error
}

// rawFile is one spec file before merging. The bundled spec gives every
// field; a file merged on top of it gives only what it changes, so no
// top-level field is required.
//
// The doc comments of the raw types and their fields are the descriptions
// of spec/http-status.schema.json (see rules.go).
type rawFile struct {
	// The version of the spec, a semantic version such as 1.2.0: the
	// version of every package generated from it.
	Version opt[string] `yaml:"version" rule:"semver"`
	// What retryable: true means in this spec, in plain text: when a
	// client may repeat the same request unchanged, how long it waits, and
	// for which methods.
	RetryPolicy opt[string] `yaml:"retry_policy"`
	// The five classes of status codes, by the first digit of the code.
	Classes opt[[]rawClass] `yaml:"classes"`
	// The status codes, sorted by code, each listed once. An entry for a
	// code that an earlier file has changes only the fields it gives; an
	// entry for a new code needs a phrase too.
	Codes opt[[]rawCode] `yaml:"codes"`

	addOnly bool // see Source.AddOnly
}

// rawClass is a class of status codes (1xx to 5xx).
type rawClass struct {
	At Pos
	// The first digit of the class's codes, 1 to 5.
	Class opt[int] `yaml:"class" rule:"classDigit" required:"class entry"`
	// The class's name, such as Client Error; identifiers are made from it.
	Name opt[string] `yaml:"name" rule:"phrase,identifiable"`
	// Two or three sentences of plain text on what the class's codes mean
	// and how clients treat them.
	Description opt[string] `yaml:"description"`
}

// rawCode is one HTTP status code. Only code is required, so that a file
// can change one field of a code an earlier file has; a new code needs a
// phrase too.
type rawCode struct {
	At Pos
	// The three-digit status code, 100 to 599, written in plain decimal.
	Code opt[int] `yaml:"code" rule:"statusCode" required:"entry"`
	// The reason phrase, as the IANA registry lists it, on one line. The
	// registry's reserved codes (306, 418) have the phrase Unused.
	Phrase opt[string] `yaml:"phrase" rule:"phrase"`
	// The identifier base in UpperCamelCase, for a code whose phrase gives
	// none or a poor one (ImATeapot for 418). Without it, the identifier
	// is made from the phrase of the file that adds the code; a later
	// file's phrase does not rename it.
	Name opt[string] `yaml:"name" rule:"identifier"`
	// Older names of the code that users may know, which every target
	// keeps as deprecated aliases.
	Aliases opt[[]rawAlias] `yaml:"aliases"`
	// The code's registry status: permanent (the default), temporary (a
	// provisional registration with an expiry date), unused (reserved,
	// with no meaning: 306, 418) or obsoleted.
	Lifecycle opt[string] `yaml:"lifecycle" rule:"lifecycle"`
	// The date of a temporary registration, YYYY-MM-DD; only with
	// lifecycle temporary.
	Registered opt[string] `yaml:"registered" rule:"date"`
	// The date a temporary registration expires unless renewed,
	// YYYY-MM-DD; required with lifecycle temporary, and only with it.
	Expires opt[string] `yaml:"expires" rule:"date"`
	// The documents that define the code: an RFC (with a section where
	// one is meant), an Internet-Draft or a web page.
	References opt[[]rawRef] `yaml:"references"`
	// Two to four sentences of plain text in our own words: what the code
	// means, when a server sends it, and what a client does.
	Description opt[string] `yaml:"description"`
	// Whether a response with this code is heuristically cacheable by
	// default: RFC 9110, section 15.1 lists such codes, and the RFC that
	// defines a code can add it (RFC 7725, section 3, for 451). Defaults
	// to false.
	Cacheable opt[bool] `yaml:"cacheable"`
	// False when a response with this code must not carry content (every
	// 1xx, 204, 205, 304). Defaults to true, and to false for 1xx codes.
	ContentAllowed opt[bool] `yaml:"content_allowed"`
	// How a client follows this redirect (3xx codes only): keeps-method
	// (307, 308), may-change-method (301, 302, which clients have long
	// turned from POST into GET) or changes-to-get (303).
	Redirect opt[string] `yaml:"redirect" rule:"redirect"`
	// The response header fields that go with this code, each once, in
	// their usual capitalization (Location, WWW-Authenticate,
	// Retry-After).
	Headers opt[[]string] `yaml:"headers" rule:"headerName" list:"unique"`
	// Whether repeating the request can succeed under the spec's
	// retry_policy. Defaults to false; a retryable code needs a
	// retry_note.
	Retryable opt[bool] `yaml:"retryable"`
	// One sentence of plain text on why and how a client retries after
	// this code, such as waiting for Retry-After.
	RetryNote opt[string] `yaml:"retry_note"`
	// Where an entry outside the IANA registry comes from, such as nginx
	// or Cloudflare; registry entries have none.
	Source opt[string] `yaml:"source" rule:"line"`

	// identPhrase is the phrase the code's identifier comes from when it
	// has no name: that of the layer that added the code (see merge).
	identPhrase opt[string]
}

// rawAlias is an older name of a code, kept as a deprecated alias.
type rawAlias struct {
	At Pos
	// The older identifier base in UpperCamelCase, such as
	// RequestEntityTooLarge.
	Name opt[string] `yaml:"name" rule:"identifier" required:"alias"`
	// The older reason phrase that went with the name, if any, such as
	// Request Entity Too Large; phrase lookups still accept it.
	Phrase opt[string] `yaml:"phrase" rule:"phrase"`
	// The target languages that get the alias, each once; every language
	// when left out.
	Targets opt[[]string] `yaml:"targets" rule:"language" list:"unique,nonempty"`
}

// rawRef is a document that defines a code: exactly one of an RFC (rfc,
// with an optional section), an Internet-Draft (draft) or a web page
// (url, with an optional title).
type rawRef struct {
	At Pos
	// The RFC's number, such as 9110.
	RFC opt[int] `yaml:"rfc" rule:"rfcNumber"`
	// The section number, quoted, such as "15.5.14" (or A.1 for an
	// appendix); left out when the whole RFC is meant.
	Section opt[string] `yaml:"section" rule:"section"`
	// The draft's name with its revision, such as
	// draft-ietf-httpbis-resumable-upload-05.
	Draft opt[string] `yaml:"draft" rule:"draft"`
	// The absolute http(s) URL of the document.
	URL opt[string] `yaml:"url" rule:"url"`
	// The document's title, on one line; the URL's host when left out.
	Title opt[string] `yaml:"title" rule:"line"`
}

// loadFile parses one spec file strictly: unknown fields, duplicate keys, wrong
// types, oversized input and alias bombs are errors with positions.
func loadFile(src Source, lim Limits) (*rawFile, error) {
	root, err := parseYAML(src, lim)
	if err != nil {
		return nil, err
	}
	d := &decoder{path: src.Name, lim: lim}
	var f rawFile
	if err := d.value(root, &f); err != nil {
		return nil, err
	}
	if n := len(f.Codes.Val); n > lim.MaxCodes {
		return nil, errorAt(f.Codes.At, "spec has %d codes, more than the limit of %d", n, lim.MaxCodes)
	}
	return &f, nil
}
