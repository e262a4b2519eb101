package gen

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
)

func csharpFuncs() template.FuncMap {
	return template.FuncMap{
		"csString":  csString,
		"csStrings": csStrings,
		"csDoc":     csDoc,
	}
}

// csString quotes s as a C# regular string literal in pure ASCII: every
// other character is a \uXXXX escape (a surrogate pair beyond the BMP),
// so the file compiles the same whatever encoding the compiler assumes.
func csString(s string) string {
	return quoteWith(s, "", asciiRune, utf16Escapes)
}

// csStrings spells ss as the elements of a C# array initializer: "a", "b".
func csStrings(ss []string) string {
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = csString(s)
	}
	return strings.Join(quoted, ", ")
}

// csDocEscape makes text XML character data, as C# doc comments are XML:
// &, < and > become entities, and non-ASCII characters numeric ones.
func csDocEscape(text string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
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
	}
	return b.String()
}

// csDoc renders text as /// XML doc comment lines, wrapped at width
// columns, every line starting with prefix (such as "        /// ").
func csDoc(prefix string, width int, text string) string {
	return comment(prefix, width, csDocEscape(text))
}

// csharpKeywords are C#'s reserved keywords, which no namespace segment may
// be.
var csharpKeywords = []string{
	"abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
	"const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event",
	"explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
	"implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
	"object", "operator", "out", "override", "params", "private", "protected", "public", "readonly",
	"ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
	"switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe",
	"ushort", "using", "virtual", "void", "volatile", "while",
}

// checkCSharpNamespace accepts a C# namespace: dot-separated ASCII
// identifiers, none a keyword.
func checkCSharpNamespace(ns string) error {
	return checkDotted(ns, ".", func(seg string) string {
		if !asciiIdent(seg, "") {
			return "is not an ASCII identifier"
		}
		if slices.Contains(csharpKeywords, seg) {
			return "is a keyword"
		}
		return ""
	})
}
