package gen

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// FuzzFastPaths: the helpers that return plain text as it is give what
// their full path gives, for any text: quoteWith as quoteRunes, tsString
// as encoding/json, the JSDoc escapes as their replacers, jsdocInline as
// fields joined by spaces, escapeLeadingAt and tidyMarkdown as their
// line-by-line forms, escapeLine and escapeEntities as their rune-by-rune
// forms.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"", "Not Found", "I'm a teapot", `say "hi"`, `back\slash`, "tab\there", "line\nbreak", "cr\r\nlf",
		"$var #{x}", "<script>", "a && b", "*/ end", "</b>", "\u2028sep\u2029", "non-ASCII é", "\x7f", "\x00",
		" leading", "trailing ", "two  spaces", "@deprecated", " * @see", "\u00a0nbsp", "\xff",
		"\n\n# Title\n\n\n\ntext  \r\n \t\nend", "a\r\r\nb\r", "\u00a0\n\nx\n\n",
		"import x", "export y", ":::tip", "- item", "1. one", "12) two", "www.example.com", "a.b", "127.0.0.1", "1.1",
		"https://x.y/z", "me@example.com", "{{ x }}", "{#id}", "a|b~c$d", "пример.рф", "é.x", "\xff.\xfe", "x\xc3",
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
		if got, want := escapeEntities(s, "", nil), escapeEntityRunes(s, nil); got != want {
			t.Errorf("escapeEntities(%q) = %q, want %q", s, got, want)
		}
		if got, want := javadocEscape(s), escapeEntityRunes(s, javadocEntity); got != want {
			t.Errorf("javadocEscape(%q) = %q, want %q", s, got, want)
		}
		if got, want := escapeLine(s), escapeLineRunes(s); got != want {
			t.Errorf("escapeLine(%q) = %q, want %q", s, got, want)
		}
		if got, want := tidyMarkdownOf(s), tidyMarkdownLines(s); got != want {
			t.Errorf("tidyMarkdown(%q) = %q, want %q", s, got, want)
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

// TestCappedBuffer: what a template writes comes back as one slice of its
// exact size, whatever the sizes of the writes, and a write that would go
// past the cap fails and keeps nothing of it.
func TestCappedBuffer(t *testing.T) {
	for _, sizes := range [][]int{{}, {0}, {1}, {minChunk}, {minChunk + 1}, {3, minChunk - 3, 1}, {maxChunk * 3}, {100, 5000, 70000, 1, 200000}} {
		b := &cappedBuffer{max: 1 << 20}
		var want []byte
		for i, n := range sizes {
			p := bytes.Repeat([]byte{byte('a' + i)}, n)
			if k, err := b.Write(p); k != n || err != nil {
				t.Fatalf("%v: write %d: %d, %v", sizes, n, k, err)
			}
			want = append(want, p...)
		}
		if got := b.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("%v: Bytes gives %d bytes, want the %d written", sizes, len(got), len(want))
		}
	}
	b := &cappedBuffer{max: 10}
	if _, err := b.Write([]byte("12345678")); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Write([]byte("abc")); !errors.Is(err, errOutputLimit) {
		t.Errorf("writing past the cap: %v, want errOutputLimit", err)
	}
	if _, err := b.Write([]byte("ab")); err != nil || string(b.Bytes()) != "12345678ab" {
		t.Errorf("writing up to the cap: %q, %v", b.Bytes(), err)
	}
}

// escapeLineRunes is escapeLine rune by rune, as it was written.
func escapeLineRunes(s string) string {
	start := escapeStart(s)
	if start == "" && !strings.ContainsAny(s, mdSpecial) {
		return s
	}
	var b strings.Builder
	b.WriteString(start)
	for i, r := range s {
		if i == 0 && start != "" {
			continue
		}
		escapeRune(&b, s, i, r)
	}
	return b.String()
}

// tidyMarkdownOf runs tidyMarkdown on a copy of s (it works in place).
func tidyMarkdownOf(s string) string {
	out, _ := tidyMarkdown([]byte(s))
	return string(out)
}

// tidyMarkdownLines is tidyMarkdown as it was written line by line.
func tidyMarkdownLines(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			l = ""
			if len(out) == 0 || out[len(out)-1] == "" {
				continue
			}
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
