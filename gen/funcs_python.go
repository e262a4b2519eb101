package gen

import (
	"fmt"
	"strings"
	"text/template"
	"unicode"
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
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case !unicode.IsPrint(r) && r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
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
	quoted := make([]string, len(ss))
	for i, s := range ss {
		quoted[i] = pyString(s)
	}
	return "(" + strings.Join(quoted, ", ") + ")"
}
