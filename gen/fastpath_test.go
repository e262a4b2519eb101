package gen

import (
	"encoding/json"
	"slices"
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

// TestClassCodes: a class's codes are those of its digit, in order,
// whether the codes come sorted (a part of them is shared) or not (copied).
func TestClassCodes(t *testing.T) {
	codes := func(ns ...int) []Code {
		var cs []Code
		for _, n := range ns {
			cs = append(cs, Code{Code: n, Class: n / 100})
		}
		return cs
	}
	for _, all := range [][]Code{codes(100, 200, 204, 301, 404, 500), codes(404, 200, 500, 204, 100, 301), codes(200), nil} {
		for digit := 1; digit <= 5; digit++ {
			var want []Code
			for _, c := range all {
				if c.Class == digit {
					want = append(want, c)
				}
			}
			got := classCodes(all, digit)
			if !slices.EqualFunc(got, want, func(a, b Code) bool { return a.Code == b.Code }) {
				num := func(c Code) int { return c.Code }
				t.Errorf("classCodes(%v, %d) = %v, want %v", mapCodes(all, num), digit, mapCodes(got, num), mapCodes(want, num))
			}
		}
	}
}

func mapCodes(cs []Code, f func(Code) int) []int {
	var out []int
	for _, c := range cs {
		out = append(out, f(c))
	}
	return out
}
