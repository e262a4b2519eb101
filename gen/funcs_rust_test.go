package gen

import (
	"strings"
	"testing"
)

func TestRustString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`say "hi" \ there`, `"say \"hi\" \\ there"`},
		{"a\nb\tc", `"a\nb\tc"`},
		{"\u200d\U000e0001", `"\u{200d}\u{e0001}"`},
		{"Ünïcödé 😀 {x}", `"Ünïcödé 😀 {x}"`},
	}
	for _, tt := range tests {
		if got := rustString(tt.in); got != tt.want {
			t.Errorf("rustString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := rustStrings([]string{"Location", `a"b`}); got != `&["Location", "a\"b"]` {
		t.Errorf("rustStrings = %s", got)
	}
	if got := rustStrings(nil); got != "&[]" {
		t.Errorf("rustStrings(nil) = %s, want &[]", got)
	}
}

func TestRustDoc(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Plain text.", "/// Plain text."},
		{"<b>x</b> & [l](u) `c` *e* _u_ | ~s~", `/// \<b\>x\</b\> \& \[l\](u) \` + "`" + `c\` + "`" + ` \*e\* \_u\_ \| \~s\~`},
		{"# Heading\n- item\n+ item\n=== \n1. one\n22) two\n3 three", "/// \\# Heading\n/// \\- item\n/// \\+ item\n/// \\===\n/// 1\\. one\n/// 22\\) two\n/// 3 three"},
		{"a\n\nb", "/// a\n///\n/// b"},
	}
	for _, tt := range tests {
		if got := rustDoc("/// ", 80, tt.text); got != tt.want {
			t.Errorf("rustDoc(%q) =\n%s\nwant\n%s", tt.text, got, tt.want)
		}
	}
	// Wrapping must not move a list marker to the start of a line.
	got := rustDoc("/// ", 12, "word word 1. item - dash")
	for _, l := range strings.Split(got, "\n") {
		rest := strings.TrimPrefix(l, "/// ")
		if strings.HasPrefix(rest, "1.") || strings.HasPrefix(rest, "-") {
			t.Errorf("rustDoc wrapped a list marker to a line start: %q", l)
		}
	}
}
