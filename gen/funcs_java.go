package gen

import (
	"strings"
	"text/template"
)

func javaFuncs() template.FuncMap {
	return template.FuncMap{
		"javaString":    asciiString,
		"javaStrings":   javaStrings,
		"javadoc":       javadoc,
		"javadocEscape": javadocEscape,
	}
}

// javaStrings spells ss as Java arguments: "a", "b".
func javaStrings(ss []string) string {
	return quoteAll(ss, asciiString)
}

// javadocEscape makes text inert in a /** */ comment, also as an HTML
// attribute value: &, <, > and " become entities, as Javadoc is HTML; @
// becomes &#64;, so text can start no block tag and no {@inline tag}; a
// slash after * becomes &#47;, so "*/" cannot end the comment; a backslash
// becomes &#92;, because javac reads \uXXXX escapes even in comments
// (\u002a\u002f would end it); and every non-ASCII character becomes a
// numeric entity, keeping the file ASCII.
func javadocEscape(text string) string {
	if strings.Contains(text, "*/") {
		return escapeEntityRunes(text, javadocEntity)
	}
	return escapeEntities(text, `"@\`, javadocEntity) // without "*/", no slash is escaped
}

// javadocEntity is the entity of a rune javadocEscape escapes beyond
// escapeEntities, given the rune before it; "" for any other.
func javadocEntity(prev, r rune) string {
	switch {
	case r == '"':
		return "&quot;"
	case r == '@':
		return "&#64;"
	case r == '\\':
		return "&#92;"
	case r == '/' && prev == '*':
		return "&#47;"
	}
	return ""
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
// identifiers ($ allowed), none a reserved word.
func checkJavaPackage(pkg string) error {
	return checkQualified(pkg, ".", "$", javaKeywords, false)
}
