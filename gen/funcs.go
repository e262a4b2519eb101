package gen

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/template"
	"unicode"
)

// funcMap returns the functions every template can call: sprig's allowed
// functions (see funcs_sprig.go), printf without %p, and our quoting
// helpers. maxOutput bounds the functions that build strings or lists of a
// requested size.
func funcMap(maxOutput int) template.FuncMap {
	fm := sprigFuncs(maxOutput)
	fm["printf"] = printf
	for _, m := range []template.FuncMap{commonFuncs(), goFuncs(), typescriptFuncs(), pythonFuncs(), markdownFuncs()} {
		for k, v := range m {
			fm[k] = v
		}
	}
	return fm
}

func commonFuncs() template.FuncMap {
	return template.FuncMap{
		"comment":    comment,
		"toJSON":     toJSON,
		"rustString": rustString,
	}
}

// rustString quotes s as a Rust string literal; non-printable characters
// are written as \u{...}.
func rustString(s string) string {
	return quoteWith(s, func(r rune) string { return fmt.Sprintf(`\u{%x}`, r) })
}

// quoteWith quotes s in double quotes the way C-like languages share:
// quotes and backslashes get a backslash, line breaks and tabs their
// letter escapes, and every other non-printable character the escape that
// hex spells for it. Printable non-ASCII characters stay as they are.
func quoteWith(s string, hex func(rune) string) string {
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
		case !unicode.IsPrint(r):
			b.WriteString(hex(r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
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
	for i, para := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0 // the current line's length, prefix included; 0 before its first word
		for _, w := range strings.Fields(para) {
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

// toJSON encodes v as indented JSON with sorted object keys.
func toJSON(v any) (string, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	return string(b), err
}
