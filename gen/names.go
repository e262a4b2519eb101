package gen

import (
	"fmt"
	"slices"
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
	// CSharp is the name as .NET spells it: acronyms of three letters or
	// more in Pascal case, two-letter ones upper-cased (NotFound,
	// HttpVersionNotSupported, IMUsed, OK), as System.Net.HttpStatusCode.
	CSharp string `json:"csharp"`
	// PHP is the class constant name as Symfony's Response spells it:
	// Upper with an HTTP_ prefix that is not doubled (HTTP_NOT_FOUND,
	// HTTP_VERSION_NOT_SUPPORTED).
	PHP string `json:"php"`
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
	dotnet := make([]string, len(words))
	for i, w := range words {
		dotnet[i] = dotnetWord(w)
	}
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
		CSharp:     strings.Join(dotnet, ""),
		PHP:        phpConstName(strings.Join(upper, "_")),
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

// dotnetWord spells one word as .NET's naming guidelines do: an acronym of
// three or more letters gets Pascal case (HTTP gives Http, URI Uri), a
// two-letter one stays upper-case (IM, OK).
func dotnetWord(w string) string {
	if len(w) > 2 && w == strings.ToUpper(w) {
		return w[:1] + strings.ToLower(w[1:])
	}
	return w
}

// phpConstName prefixes an upper-case name with HTTP_, as Symfony's
// Response constants are, unless the name already starts with that word:
// 505 is HTTP_VERSION_NOT_SUPPORTED there, not HTTP_HTTP_VERSION_....
func phpConstName(upper string) string {
	if strings.HasPrefix(upper, "HTTP_") {
		return upper
	}
	return "HTTP_" + upper
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

// identLangs are the target languages whose identifiers must not collide:
// those whose row in the language table has an ident (TestIdentLangs keeps
// the two in step; the list is a variable because the spec's rules, made at
// package initialisation, name it as the alias targets).
var identLangs = []string{"go", "typescript", "python", "rust", "java", "csharp", "php", "ruby"}

// identFor returns the spelling of id that matters in lang ("" for a
// language without identifiers of codes).
func identFor(id Ident, lang string) string {
	if l, ok := languageFor(lang); ok && l.ident != nil {
		return l.ident(id)
	}
	return ""
}

// classIdentFor returns the spelling of a class's id that matters in lang;
// "" where the target declares no class names.
func classIdentFor(id Ident, lang string) string {
	if l, ok := languageFor(lang); ok && l.classIdent != nil {
		return l.classIdent(id)
	}
	return ""
}

// reserved reports whether name is one that lang's target declares itself.
func reserved(lang, name string) bool {
	l, _ := languageFor(lang)
	return slices.Contains(l.reserved, name)
}

// languageNames lists how each built-in language refers to code c, in the
// order of the language table.
func languageNames(c Code) []LangName {
	var names []LangName
	for _, l := range builtinLanguages() {
		if l.names == nil {
			continue
		}
		for _, n := range l.names(c) {
			names = append(names, LangName{Lang: l.name, Title: l.title, Name: n})
		}
	}
	return names
}
