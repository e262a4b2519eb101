package gen

import "text/template"

func csharpFuncs() template.FuncMap {
	return template.FuncMap{
		"csString":  asciiString,
		"csStrings": csStrings,
		"csDoc":     csDoc,
	}
}

// csStrings spells ss as the elements of a C# array initializer or params
// arguments: "a", "b".
func csStrings(ss []string) string {
	return quoteAll(ss, asciiString)
}

// csDoc renders text as /// XML doc comment lines, wrapped at width
// columns, every line starting with prefix (such as "        /// "): the
// text is XML character data, &, < and > as entities and non-ASCII
// characters as numeric ones.
func csDoc(prefix string, width int, text string) string {
	return comment(prefix, width, escapeEntities(text, "", nil))
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
	return checkQualified(ns, ".", "", csharpKeywords, false)
}
