package gen

import (
	"fmt"
	"strings"
	"text/template"
)

func rustFuncs() template.FuncMap {
	return template.FuncMap{
		"rustString":  rustString,
		"rustStrings": rustStrings,
		"rustDoc":     rustDoc,
	}
}

// rustString quotes s as a Rust string literal; non-printable characters
// are written as \u{...}.
func rustString(s string) string {
	return quoteWith(s, "", anyRune, func(r rune) string { return fmt.Sprintf(`\u{%x}`, r) })
}

// rustStrings spells ss as a Rust slice of string literals: &[], &["a"].
func rustStrings(ss []string) string {
	return "&[" + quoteAll(ss, rustString) + "]"
}

// rustDocEscaper backslash-escapes the ASCII punctuation that Markdown
// reads inline (emphasis, code, links, HTML, tables, strikethrough), as
// rustdoc renders doc comments as Markdown and passes HTML through.
var rustDocEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "&", `\&`, "|", `\|`, "~", `\~`,
)

// rustDoc renders text as /// doc comment lines, wrapped at width columns
// with every line starting with prefix (such as "    /// "). A line comment
// cannot be ended early; the escaping keeps the text plain in rustdoc's
// Markdown: no inline markup, and no line that starts a heading, a list, a
// setext underline or a numbered item ("1. "), which clippy would also
// flag as a lazy list continuation.
func rustDoc(prefix string, width int, text string) string {
	lines := strings.Split(comment(prefix, width, rustDocEscaper.Replace(text)), "\n")
	for i, l := range lines {
		rest, ok := strings.CutPrefix(l, prefix)
		if !ok || rest == "" {
			continue
		}
		if strings.ContainsRune("#+-=", rune(rest[0])) {
			lines[i] = prefix + `\` + rest
			continue
		}
		digits := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		if digits > 0 && digits < len(rest) && (rest[digits] == '.' || rest[digits] == ')') {
			lines[i] = prefix + rest[:digits] + `\` + rest[digits:]
		}
	}
	return strings.Join(lines, "\n")
}
