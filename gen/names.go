package gen

import (
	"fmt"
	"strings"
	"unicode"
)

// Ident is one name in the forms each target language spells it. Words are
// computed once, in Go, so that every template agrees on them.
type Ident struct {
	// Words are the parts of the name, each starting with an upper-case
	// letter or a digit: ["Not", "Found"], ["HTTP", "Version", ...].
	Words []string `json:"words,omitempty"`
	// Camel is the words joined: NotFound, IMUsed.
	Camel string `json:"camel"`
	// LowerCamel is Camel with its first word lower-cased: notFound, imUsed.
	LowerCamel string `json:"lowerCamel"`
	// Go is the exported Go constant name: StatusNotFound.
	Go string `json:"go"`
	// Upper is the words upper-cased and joined by underscores, as
	// TypeScript's StatusCodes and Python's HTTPStatus spell them: NOT_FOUND.
	Upper string `json:"upper"`
	// Snake is the words lower-cased and joined by underscores: not_found.
	Snake string `json:"snake"`
	// Kebab is the words lower-cased and joined by hyphens: not-found.
	Kebab string `json:"kebab"`
}

// newIdent builds an Ident from words; prefix is the Go prefix ("Status").
func newIdent(words []string, prefix string) Ident {
	upper := make([]string, len(words))
	lower := make([]string, len(words))
	for i, w := range words {
		upper[i] = strings.ToUpper(w)
		lower[i] = strings.ToLower(w)
	}
	camel := strings.Join(words, "")
	lowerCamel := camel
	if len(words) > 0 {
		lowerCamel = lower[0] + strings.Join(words[1:], "")
	}
	return Ident{
		Words:      words,
		Camel:      camel,
		LowerCamel: lowerCamel,
		Go:         prefix + camel,
		Upper:      strings.Join(upper, "_"),
		Snake:      strings.Join(lower, "_"),
		Kebab:      strings.Join(lower, "-"),
	}
}

// PhraseIdent returns the identifier of a code whose phrase is phrase and
// which has no name field; an error says why the phrase gives none.
func PhraseIdent(phrase string) (Ident, error) {
	words, err := phraseWords(phrase)
	if err != nil {
		return Ident{}, err
	}
	return newIdent(words, "Status"), nil
}

// phraseWords splits a reason phrase into identifier words: apostrophes
// vanish ("I'm" gives "Im"), every other non-alphanumeric character
// separates words, and each word gets an upper-case first letter.
func phraseWords(phrase string) ([]string, error) {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			w := cur.String()
			words = append(words, strings.ToUpper(w[:1])+w[1:])
			cur.Reset()
		}
	}
	for _, r := range phrase {
		switch {
		case r == '\'' || r == '\u2019':
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			cur.WriteRune(r)
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			return nil, fmt.Errorf("phrase %q has the non-ASCII letter %q, which gives no portable identifier; add a name field", phrase, r)
		default:
			flush()
		}
	}
	flush()
	if len(words) == 0 {
		return nil, fmt.Errorf("phrase %q gives no identifier; add a name field", phrase)
	}
	if unicode.IsDigit(rune(words[0][0])) {
		return nil, fmt.Errorf("phrase %q gives an identifier starting with a digit; add a name field", phrase)
	}
	return words, nil
}

// camelWords splits an UpperCamelCase name into words, keeping acronyms
// together: RequestURITooLong gives Request, URI, Too, Long.
func camelWords(name string) []string {
	var words []string
	start := 0
	for i := 1; i < len(name); i++ {
		prev, c := name[i-1], name[i]
		next := byte(0)
		if i+1 < len(name) {
			next = name[i+1]
		}
		lowerToUpper := isLower(prev) && isUpper(c)
		digitToUpper := isDigit(prev) && isUpper(c)
		acronymEnd := isUpper(prev) && isUpper(c) && isLower(next)
		if lowerToUpper || digitToUpper || acronymEnd {
			words = append(words, name[start:i])
			start = i
		}
	}
	return append(words, name[start:])
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// identLangs are the target languages whose identifiers must not collide.
var identLangs = []string{"go", "typescript", "python"}

// identFor returns the spelling of id that matters in lang.
func identFor(id Ident, lang string) string {
	if lang == "go" {
		return id.Go
	}
	return id.Upper
}

// classIdentFor returns the spelling of a class's id that matters in lang:
// Go's constant (ClassClientError), TypeScript's union type
// (ClientErrorStatusCode), Python's StatusClass member (CLIENT_ERROR).
func classIdentFor(id Ident, lang string) string {
	switch lang {
	case "go":
		return id.Go
	case "typescript":
		return id.Camel + "StatusCode"
	}
	return id.Upper
}

// reservedGo are Status-prefixed names the Go target declares itself.
var reservedGo = map[string]bool{"StatusText": true}
