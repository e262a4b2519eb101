package gen

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestCSString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`say "hi" \`, `"say \"hi\" \\"`},
		{"a\nb\tc", `"a\nb\tc"`},
		{"é😀", `"\u00e9\ud83d\ude00"`},
		{"{0} $\"x\"", `"{0} $\"x\""`},
	}
	for _, tt := range tests {
		if got := asciiString(tt.in); got != tt.want {
			t.Errorf("asciiString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := csStrings([]string{"Retry-After"}); got != `"Retry-After"` {
		t.Errorf("csStrings = %s", got)
	}
}

func TestCSDocIsXML(t *testing.T) {
	for _, text := range []string{
		"<b>bold</b> <img src=x> &amp; &lt; <!-- c --> <?php ?> ]]>", "a & b < c > d", "Ünïcödé 😀", `"'`,
	} {
		doc := csDoc("/// ", 80, text)
		body := strings.ReplaceAll(doc, "/// ", "")
		var v struct {
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte("<summary>"+body+"</summary>"), &v); err != nil {
			t.Errorf("csDoc(%q) = %q is not XML: %v", text, doc, err)
			continue
		}
		if got := strings.Join(strings.Fields(v.Text), " "); got != strings.Join(strings.Fields(text), " ") {
			t.Errorf("csDoc(%q) reads back as %q", text, got)
		}
	}
}

func TestCheckCSharpNamespace(t *testing.T) {
	for _, ok := range []string{"HttpStatus", "Acme.Http", "A_b.C2"} {
		if err := checkCSharpNamespace(ok); err != nil {
			t.Errorf("checkCSharpNamespace(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "Acme..Http", "class", "Acme.namespace", "1a", "a-b", "a$b"} {
		if err := checkCSharpNamespace(bad); err == nil {
			t.Errorf("checkCSharpNamespace(%q) accepted it", bad)
		}
	}
}
