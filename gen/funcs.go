package gen

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf16"
)

// funcMap returns the functions every template can call: sprig's allowed
// functions (see funcs_sprig.go), printf without %p, and our quoting
// helpers. maxOutput bounds the functions that build strings or lists of a
// requested size.
func funcMap(maxOutput int) template.FuncMap {
	fm := sprigFuncs(maxOutput)
	fm["printf"] = printf
	for _, m := range ownFuncs() {
		for k, v := range m {
			fm[k] = v
		}
	}
	return fm
}

// funcsNamed returns the functions of fm whose names are words inside
// the actions ({{ ... }}) of texts: every function the templates can
// call, since a call names it. Adding all of fm to a template costs 60 µs
// and 80 KB (a reflect.Value and a type check each); a built-in template
// directory calls 2 to 22 of about 260.
func funcsNamed(fm template.FuncMap, texts []string) template.FuncMap {
	named := template.FuncMap{}
	for _, text := range texts {
		for {
			i := strings.Index(text, "{{")
			if i < 0 {
				break
			}
			text = addNamed(named, fm, text[i+2:])
		}
	}
	return named
}

// addNamed adds to named each function of fm that the action at the start
// of text names, and returns the text after the action. A quoted string,
// raw string, character constant or comment names nothing, and may hold
// "}}".
func addNamed(named, fm template.FuncMap, text string) string {
	word := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isWordByte(c) {
			if word < 0 {
				word = i
			}
			continue
		}
		if word >= 0 {
			if f, ok := fm[text[word:i]]; ok {
				named[text[word:i]] = f
			}
			word = -1
		}
		switch c {
		case '}':
			if strings.HasPrefix(text[i:], "}}") {
				return text[i+2:]
			}
		case '/':
			if strings.HasPrefix(text[i:], "/*") {
				end := strings.Index(text[i+2:], "*/")
				if end < 0 {
					return ""
				}
				i += 2 + end + 1
			}
		case '"', '\'', '`':
			for i++; i < len(text) && text[i] != c; i++ {
				if text[i] == '\\' && c != '`' {
					i++
				}
			}
		}
	}
	if word >= 0 {
		if f, ok := fm[text[word:]]; ok {
			named[text[word:]] = f
		}
	}
	return ""
}

// isWordByte reports whether c can be part of a template function's name.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// ownFuncs are our template functions, shared and per language, which
// docs/templates.md describes one by one.
func ownFuncs() []template.FuncMap {
	return []template.FuncMap{commonFuncs(), goFuncs(), typescriptFuncs(), pythonFuncs(), markdownFuncs(),
		rustFuncs(), javaFuncs(), csharpFuncs(), phpFuncs(), rubyFuncs(), jsonFuncs()}
}

func commonFuncs() template.FuncMap {
	return template.FuncMap{
		"comment": comment,
		"toJSON":  toJSON,
		"pascal":  pascal,
	}
}

// quoteWith quotes s in double quotes the way C-like languages share:
// quotes, backslashes and the characters in extra (such as PHP's $) get a
// backslash, line breaks and tabs their letter escapes, and every rune
// that literal refuses (non-printable ones, at least) the escape that hex
// spells for it.
func quoteWith(s, extra string, literal func(rune) bool, hex func(rune) string) string {
	if plainASCII(s, `"\`+extra) {
		return `"` + s + `"`
	}
	return quoteRunes(s, extra, literal, hex)
}

// quoteRunes is quoteWith rune by rune, for text that is not plain ASCII.
func quoteRunes(s, extra string, literal func(rune) bool, hex func(rune) string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8 + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || strings.ContainsRune(extra, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case !unicode.IsPrint(r) || !literal(r):
			b.WriteString(hex(r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// plainASCII reports whether s is printable ASCII (space to tilde) without
// any byte of special: text that every quoting and escaping helper prints
// as it is, which they return without building anything.
func plainASCII(s, special string) bool {
	var set [2]uint64 // the special bytes below 128, as bits
	for i := 0; i < len(special); i++ {
		if c := special[i]; c < 128 {
			set[c/64] |= 1 << (c % 64)
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || set[c/64]&(1<<(c%64)) != 0 {
			return false
		}
	}
	return true
}

// quoteAll quotes each of ss with quote and joins them with ", ", for a
// list literal or an argument list.
func quoteAll(ss []string, quote func(string) string) string {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = quote(s)
	}
	return strings.Join(quoted, ", ")
}

// asciiString quotes s as a double-quoted literal in pure ASCII, as Java
// and C# read it: every other character is a \uXXXX escape (a surrogate
// pair beyond the BMP), so the file compiles the same under any source
// encoding. Line breaks are \n and \r, never \u000a, which javac would
// turn into a real line break before it reads the literal.
func asciiString(s string) string {
	return quoteWith(s, "", asciiRune, utf16Escapes)
}

// escapeEntities makes text character data for HTML or XML (Javadoc, C#
// doc comments): &, < and > become entities, every non-ASCII character a
// numeric one, keeping the file ASCII, and each rune for which more (given
// the rune before it) returns a replacement becomes that replacement.
// more replaces nothing but the bytes of extra, so that text of printable
// ASCII without &, <, > or any of them is returned as it is.
func escapeEntities(text, extra string, more func(prev, r rune) string) string {
	if plainASCII(text, "&<>"+extra) {
		return text
	}
	return escapeEntityRunes(text, more)
}

// escapeEntityRunes is escapeEntities rune by rune.
func escapeEntityRunes(text string, more func(prev, r rune) string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	prev := rune(0)
	for _, r := range text {
		rep := ""
		if more != nil {
			rep = more(prev, r)
		}
		switch {
		case rep != "":
			b.WriteString(rep)
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r >= 0x80:
			fmt.Fprintf(&b, "&#x%X;", r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// checkQualified accepts a name made of sep-separated ASCII identifiers
// (a letter or underscore, or one of extra, then those or digits), none of
// them one of keywords (compared in lower case when foldCase): a Java
// package, a C# or PHP namespace.
func checkQualified(name, sep, extra string, keywords []string, foldCase bool) error {
	if name == "" {
		return fmt.Errorf("the name is empty")
	}
	for _, seg := range strings.Split(name, sep) {
		word := seg
		if foldCase {
			word = strings.ToLower(seg)
		}
		switch {
		case seg == "":
			return fmt.Errorf("%q has an empty part", name)
		case !asciiIdent(seg, extra):
			return fmt.Errorf("%q: %q is not an ASCII identifier", name, seg)
		case slices.Contains(keywords, word):
			return fmt.Errorf("%q: %q is a reserved word", name, seg)
		}
	}
	return nil
}

// asciiIdent reports whether s is an ASCII letter or underscore (or one of
// extra) followed by letters, digits, underscores (or extra).
func asciiIdent(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := isUpper(c) || isLower(c) || c == '_' || strings.IndexByte(extra, c) >= 0 || (i > 0 && isDigit(c))
		if !ok {
			return false
		}
	}
	return s != ""
}

// anyRune lets every printable rune stand for itself: the output file is
// UTF-8.
func anyRune(rune) bool { return true }

// asciiRune lets only ASCII stand for itself, for languages whose
// compilers read a source file in the platform's encoding unless told.
func asciiRune(r rune) bool { return r < 0x80 }

// utf16Escapes spells r as \uXXXX escapes of its UTF-16 code units (a
// surrogate pair beyond the Basic Multilingual Plane), as Java and C#
// read them.
func utf16Escapes(r rune) string {
	if r <= 0xFFFF {
		return fmt.Sprintf(`\u%04x`, r)
	}
	hi, lo := utf16.EncodeRune(r)
	return fmt.Sprintf(`\u%04x\u%04x`, hi, lo)
}

// pascal turns a hyphenated value of the spec ("keeps-method") into an
// UpperCamelCase name ("KeepsMethod") for an enum member.
func pascal(s string) string {
	var b strings.Builder
	for _, w := range strings.Split(s, "-") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// sortedKeys replaces sprig's keys, whose order follows map iteration.
func sortedKeys(dicts ...map[string]any) []string {
	var ks []string
	for _, d := range dicts {
		for k := range d {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}

// comment wraps text at width columns (prefix included) and starts every
// line with prefix, so that any text becomes a well-formed line comment.
// Line breaks in text start new lines.
func comment(prefix string, width int, text string) string {
	var b strings.Builder
	b.Grow(len(text) + (len(text)/max(width-len(prefix), 1)+2)*(len(prefix)+1))
	bare := strings.TrimRight(prefix, " ")
	first := true
	for para := range strings.SplitSeq(text, "\n") {
		if !first {
			b.WriteByte('\n')
		}
		first = false
		n := 0 // the current line's length, prefix included; 0 before its first word
		for w := range strings.FieldsSeq(para) {
			switch {
			case n == 0:
				b.WriteString(prefix)
				n = len(prefix)
			case n+1+len(w) > width:
				b.WriteByte('\n')
				b.WriteString(prefix)
				n = len(prefix)
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
		if n == 0 {
			b.WriteString(bare)
		}
	}
	return b.String()
}

// toJSON encodes v as indented JSON: a struct's fields in their order,
// under their JSON names; a map's keys sorted; <, > and & escaped.
func toJSON(v any) (string, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	return string(b), err
}
