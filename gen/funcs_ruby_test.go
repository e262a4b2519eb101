package gen

import "testing"

func TestRbString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`say "hi" \`, `"say \"hi\" \\"`},
		{"#{x} #@y #$z #", `"\#{x} \#@y \#$z \#"`},
		{"a\nb", `"a\nb"`},
		{"\u200d", `"\u{200d}"`},
		{"é 😀", `"é 😀"`},
	}
	for _, tt := range tests {
		if got := rbString(tt.in); got != tt.want {
			t.Errorf("rbString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := rbStrings([]string{"ETag"}); got != `["ETag"]` {
		t.Errorf("rbStrings = %s", got)
	}
}

func TestRbDoc(t *testing.T) {
	got := rbDoc("  # ", 80, "text\n@deprecated no\n# frozen_string_literal: false")
	want := "  # text\n  # \\@deprecated no\n  # # frozen_string_literal: false"
	if got != want {
		t.Errorf("rbDoc =\n%s\nwant\n%s", got, want)
	}
}

func TestCheckRubyModule(t *testing.T) {
	for _, ok := range []string{"HTTPStatus", "AcmeStatus", "A_1"} {
		if err := checkRubyModule(ok); err != nil {
			t.Errorf("checkRubyModule(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "httpstatus", "Acme::Http", "_A", "A-B", "Ä"} {
		if err := checkRubyModule(bad); err == nil {
			t.Errorf("checkRubyModule(%q) accepted it", bad)
		}
	}
}
