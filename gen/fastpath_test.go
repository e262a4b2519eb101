package gen

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzFastPaths: the helpers that return plain text as it is give what
// their full path gives, for any text: quoteWith as quoteRunes, tsString
// as encoding/json, the JSDoc escapes as their replacers, jsdocInline as
// fields joined by spaces, escapeLeadingAt as its line-by-line rewrite.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"", "Not Found", "I'm a teapot", `say "hi"`, `back\slash`, "tab\there", "line\nbreak", "cr\r\nlf",
		"$var #{x}", "<script>", "a && b", "*/ end", "</b>", "\u2028sep\u2029", "non-ASCII é", "\x7f", "\x00",
		" leading", "trailing ", "two  spaces", "@deprecated", " * @see", "\u00a0nbsp", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, extra := range []string{"", "$", "#"} {
			for _, lit := range []func(rune) bool{anyRune, asciiRune} {
				if got, want := quoteWith(s, extra, lit, utf16Escapes), quoteRunes(s, extra, lit, utf16Escapes); got != want {
					t.Errorf("quoteWith(%q, %q) = %q, want %q", s, extra, got, want)
				}
			}
		}
		if b, _ := json.Marshal(s); tsString(s) != string(b) {
			t.Errorf("tsString(%q) = %q, want %q", s, tsString(s), b)
		}
		if got, want := jsdocEscape(s), jsdocEscaper.Replace(s); got != want {
			t.Errorf("jsdocEscape(%q) = %q, want %q", s, got, want)
		}
		if got, want := jsdocBreakLines(s), jsdocLineBreaks.Replace(s); got != want {
			t.Errorf("jsdocBreakLines(%q) = %q, want %q", s, got, want)
		}
		if got, want := jsdocInline(s), jsdocEscaper.Replace(strings.Join(strings.Fields(jsdocLineBreaks.Replace(s)), " ")); got != want {
			t.Errorf("jsdocInline(%q) = %q, want %q", s, got, want)
		}
		for _, prefix := range []string{" * ", "# ", "//"} {
			lines := strings.Split(s, "\n")
			for i, l := range lines {
				if rest, ok := strings.CutPrefix(l, prefix); ok && strings.HasPrefix(rest, "@") {
					lines[i] = prefix + `\` + rest
				}
			}
			if got, want := escapeLeadingAt(s, prefix), strings.Join(lines, "\n"); got != want {
				t.Errorf("escapeLeadingAt(%q, %q) = %q, want %q", s, prefix, got, want)
			}
		}
	})
}
