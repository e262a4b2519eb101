package gen

import (
	"fmt"
	"strings"
	"text/template"
	"unicode"
)

func pythonFuncs() template.FuncMap {
	return template.FuncMap{
		"pyString": pyString,
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
