package gen

import (
	"fmt"
	"text/template"
)

func rubyFuncs() template.FuncMap {
	return template.FuncMap{
		"rbString":  rbString,
		"rbStrings": rbStrings,
		"rbDoc":     rbDoc,
	}
}

// rubyOwnConstants are the constants the Ruby target declares in its
// module beside the codes' constants, so no code may be named like them.
var rubyOwnConstants = []string{
	"HTTP_STATUS_CODES", "SYMBOL_TO_STATUS_CODE", "OBSOLETE_SYMBOLS_TO_STATUS_CODES",
	"STATUS_WITH_NO_ENTITY_BODY", "RETRY_POLICY", "VERSION", "ENTRIES", "BY_PHRASE", "Entry",
}

// rbString quotes s as a double-quoted Ruby string literal: # gets a
// backslash, so no #{...}, #@ or #$ interpolates, and non-printable
// characters are \u{...} escapes.
func rbString(s string) string {
	return quoteWith(s, "#", anyRune, func(r rune) string { return fmt.Sprintf(`\u{%x}`, r) })
}

// rbStrings spells ss as a Ruby array of string literals: [], ["a", "b"].
func rbStrings(ss []string) string {
	return "[" + quoteAll(ss, rbString) + "]"
}

// rbDoc renders text as # comment lines for YARD, wrapped at width
// columns, every line starting with prefix (such as "  # "); a line that
// would start with @ (a YARD tag) gets a backslash.
func rbDoc(prefix string, width int, text string) string {
	return escapeLeadingAt(comment(prefix, width, text), prefix)
}

// checkRubyModule accepts a Ruby module name: one constant name, an
// upper-case ASCII letter followed by letters, digits and underscores.
func checkRubyModule(name string) error {
	if name == "" || !isUpper(name[0]) || !asciiIdent(name, "") {
		return fmt.Errorf("%q is not a Ruby constant name (A-Z, then letters, digits, underscores)", name)
	}
	return nil
}
