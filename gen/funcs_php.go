package gen

import (
	"fmt"
	"strings"
	"text/template"
)

func phpFuncs() template.FuncMap {
	return template.FuncMap{
		"phpString":  phpString,
		"phpStrings": phpStrings,
		"phpDoc":     phpDoc,
	}
}

// phpString quotes s as a double-quoted PHP string literal: $ gets a
// backslash, so nothing is interpolated, and non-printable characters are
// \u{...} escapes. A double-quoted literal keeps a description's line
// breaks as \n rather than raw line breaks, whose trailing spaces the
// formatter would strip.
func phpString(s string) string {
	return quoteWith(s, "$", anyRune, func(r rune) string { return fmt.Sprintf(`\u{%x}`, r) })
}

// phpStrings spells ss as a PHP list of string literals: [], ["a", "b"].
func phpStrings(ss []string) string {
	return "[" + quoteAll(ss, phpString) + "]"
}

// phpDocEscaper keeps "*/" from ending a /** */ block.
var phpDocEscaper = strings.NewReplacer("*/", `*\/`)

// phpDoc renders text as the body lines of a /** */ docblock, wrapped at
// width columns, every line starting with prefix (such as "     * "): "*/"
// is escaped and a line that would start with @ (a tag) gets a backslash.
func phpDoc(prefix string, width int, text string) string {
	return escapeLeadingAt(comment(prefix, width, phpDocEscaper.Replace(text)), prefix)
}

// escapeLeadingAt puts a backslash before an @ that starts a comment line
// after prefix, where a doc tool would read a tag.
func escapeLeadingAt(lines, prefix string) string {
	if !strings.HasPrefix(lines, prefix+"@") && !strings.Contains(lines, "\n"+prefix+"@") {
		return lines
	}
	ls := strings.Split(lines, "\n")
	for i, l := range ls {
		if rest, ok := strings.CutPrefix(l, prefix); ok && strings.HasPrefix(rest, "@") {
			ls[i] = prefix + `\` + rest
		}
	}
	return strings.Join(ls, "\n")
}

// phpReserved are PHP's reserved words and reserved type names, which no
// namespace segment may be (compared without regard to case).
var phpReserved = []string{
	"abstract", "and", "array", "as", "bool", "break", "callable", "case", "catch", "class", "clone",
	"const", "continue", "declare", "default", "do", "echo", "else", "elseif", "empty", "enddeclare",
	"endfor", "endforeach", "endif", "endswitch", "endwhile", "enum", "eval", "exit", "extends",
	"false", "final", "finally", "float", "fn", "for", "foreach", "function", "global", "goto", "if",
	"implements", "include", "include_once", "instanceof", "insteadof", "int", "interface", "isset",
	"iterable", "list", "match", "mixed", "namespace", "never", "new", "null", "numeric", "object",
	"or", "parent", "print", "private", "protected", "public", "readonly", "require", "require_once",
	"resource", "return", "self", "static", "string", "switch", "throw", "trait", "true", "try",
	"unset", "use", "var", "void", "while", "xor", "yield",
}

// checkPHPNamespace accepts a PHP namespace: backslash-separated ASCII
// identifiers, none a reserved word (in any case).
func checkPHPNamespace(ns string) error {
	return checkQualified(ns, `\`, "", phpReserved, true)
}
