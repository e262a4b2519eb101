package gen

import (
	"strings"
	"testing"
)

func TestPHPString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`say "hi" \`, `"say \"hi\" \\"`},
		{"${HOME} {$x} $y", `"\${HOME} {\$x} \$y"`},
		{"a\nb", `"a\nb"`},
		{"\u200d", `"\u{200d}"`},
		{"<?php ?> é", `"<?php ?> é"`},
	}
	for _, tt := range tests {
		if got := phpString(tt.in); got != tt.want {
			t.Errorf("phpString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := phpStrings([]string{"Allow", "$x"}); got != `["Allow", "\$x"]` {
		t.Errorf("phpStrings = %s", got)
	}
}

func TestPHPDoc(t *testing.T) {
	got := phpDoc(" * ", 80, "a */ b\n@deprecated not really\n  @see x")
	want := " * a *\\/ b\n * \\@deprecated not really\n * \\@see x"
	if got != want {
		t.Errorf("phpDoc =\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(phpDoc(" * ", 10, "*/*/ */"), "*/") {
		t.Error("phpDoc left */")
	}
}

func TestCheckPHPNamespace(t *testing.T) {
	for _, ok := range []string{"HttpStatus", `Acme\Http`, `App\Http\Status_2`} {
		if err := checkPHPNamespace(ok); err != nil {
			t.Errorf("checkPHPNamespace(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", `\Acme`, `Acme\`, `Acme\\Http`, "Acme.Http", "List", `App\Class`, "1a"} {
		if err := checkPHPNamespace(bad); err == nil {
			t.Errorf("checkPHPNamespace(%q) accepted it", bad)
		}
	}
}
