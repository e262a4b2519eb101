package gen

import (
	"fmt"
	"text/template"
)

func pythonFuncs() template.FuncMap {
	return template.FuncMap{
		"pyString":   pyString,
		"pyOptional": pyOptional,
		"pyBool":     pyBool,
		"pyTuple":    pyTuple,
	}
}

// pyString quotes s as a double-quoted Python string literal; printable
// non-ASCII characters stay as they are (the module is UTF-8).
func pyString(s string) string {
	return quoteWith(s, "", anyRune, func(r rune) string {
		if r <= 0xFFFF {
			return fmt.Sprintf(`\u%04x`, r)
		}
		return fmt.Sprintf(`\U%08x`, r)
	})
}

// pyOptional quotes s with pyString, or gives None for the empty string:
// the spelling of an Optional[str] that the spec leaves out.
func pyOptional(s string) string {
	if s == "" {
		return "None"
	}
	return pyString(s)
}

// pyBool spells b as a Python bool.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pyTuple spells ss as a Python tuple of string literals: (), ("a",),
// ("a", "b").
func pyTuple(ss []string) string {
	switch len(ss) {
	case 0:
		return "()"
	case 1:
		return "(" + pyString(ss[0]) + ",)"
	}
	return "(" + quoteAll(ss, pyString) + ")"
}
