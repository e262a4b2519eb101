package gen

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
)

func javaFuncs() template.FuncMap {
	return template.FuncMap{
		"javaString":    javaString,
		"javaStrings":   javaStrings,
		"javadoc":       javadoc,
		"javadocEscape": javadocEscape,
	}
}

// javaString quotes s as a Java string literal in pure ASCII: every other
// character is a \uXXXX escape (a surrogate pair beyond the BMP), so the
// file compiles the same under any -encoding. Line breaks are \n and \r,
// never \u000a, which javac would turn into a real line break before it
// reads the literal.
func javaString(s string) string {
	return quoteWith(s, "", asciiRune, utf16Escapes)
}

// javaStrings spells ss as Java arguments: "a", "b".
func javaStrings(ss []string) string {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = javaString(s)
	}
	return strings.Join(quoted, ", ")
}

// javadocEscape makes text inert in a /** */ comment, also as an HTML
// attribute value: HTML's &, <, > and " become entities, as Javadoc is HTML; @ becomes &#64;, so text can start
// no block tag and no {@inline tag}; a slash after * becomes &#47;, so "*/"
// cannot end the comment; a backslash becomes &#92;, because javac reads
// \uXXXX escapes even in comments (\u002a\u002f would end it); and every
// non-ASCII character becomes a numeric entity, keeping the file ASCII.
func javadocEscape(text string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range text {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '@':
			b.WriteString("&#64;")
		case r == '\\':
			b.WriteString("&#92;")
		case r == '/' && prev == '*':
			b.WriteString("&#47;")
		case r >= 0x80:
			fmt.Fprintf(&b, "&#x%X;", r)
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// javadoc renders text as the body lines of a /** */ comment, wrapped at
// width columns, every line starting with prefix (such as "     * ").
func javadoc(prefix string, width int, text string) string {
	return comment(prefix, width, javadocEscape(text))
}

// javaKeywords are the reserved words and literals of Java 17, which no
// package name segment may be.
var javaKeywords = []string{
	"_", "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
	"continue", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally",
	"float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
	"native", "new", "null", "package", "private", "protected", "public", "return", "short", "static",
	"strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true",
	"try", "void", "volatile", "while",
}

// checkJavaPackage accepts a Java package name: dot-separated ASCII
// identifiers, none a reserved word.
func checkJavaPackage(pkg string) error {
	return checkDotted(pkg, ".", func(seg string) string {
		if !asciiIdent(seg, "$") {
			return "is not an ASCII identifier"
		}
		if slices.Contains(javaKeywords, seg) {
			return "is a reserved word"
		}
		return ""
	})
}

// checkDotted checks each sep-separated segment of name with bad, which
// says what is wrong with a segment or gives "".
func checkDotted(name, sep string, bad func(string) string) error {
	if name == "" {
		return fmt.Errorf("the name is empty")
	}
	for _, seg := range strings.Split(name, sep) {
		if seg == "" {
			return fmt.Errorf("%q has an empty part", name)
		}
		if why := bad(seg); why != "" {
			return fmt.Errorf("%q: %q %s", name, seg, why)
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
