package gen

import (
	"strings"
	"testing"
)

func TestJavaString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{`say "hi" \u0041`, `"say \"hi\" \\u0041"`},
		{"a\nb\rc\td", `"a\nb\rc\td"`},
		{"é😀", `"\u00e9\ud83d\ude00"`},
		{"\u2028\x7f", `"\u2028\u007f"`},
	}
	for _, tt := range tests {
		got := asciiString(tt.in)
		if got != tt.want {
			t.Errorf("asciiString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		for _, r := range got {
			if r >= 0x80 {
				t.Errorf("asciiString(%q) = %s is not ASCII", tt.in, got)
			}
		}
	}
	if got := javaStrings([]string{"Allow", "Location"}); got != `"Allow", "Location"` {
		t.Errorf("javaStrings = %s", got)
	}
}

func TestJavadocEscape(t *testing.T) {
	for _, text := range []string{
		"*/", "**/", "a */ b", `\u002a\u002f`, "@deprecated", "{@code x}", "<b>&</b>", `"q"`, "日本 😀",
		"*/ alert(1); /* \n-->\n# not a comment",
	} {
		got := javadoc(" * ", 20, text)
		for _, bad := range []string{"*/", "@", `\`, "<", ">", `"`} {
			if strings.Contains(got, bad) {
				t.Errorf("javadoc(%q) = %q holds %q", text, got, bad)
			}
		}
		for _, r := range got {
			if r >= 0x80 {
				t.Errorf("javadoc(%q) = %q is not ASCII", text, got)
			}
		}
	}
	if got := javadocEscape(`a*/b @x \ é&`); got != `a*&#47;b &#64;x &#92; &#xE9;&amp;` {
		t.Errorf("javadocEscape = %s", got)
	}
}

func TestCheckJavaPackage(t *testing.T) {
	for _, ok := range []string{"httpstatus", "com.example.http", "a_b.$c", "Http2"} {
		if err := checkJavaPackage(ok); err != nil {
			t.Errorf("checkJavaPackage(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "com..x", ".com", "com.", "class", "com.example.int", "2fast", "a-b", "é", "a b"} {
		if err := checkJavaPackage(bad); err == nil {
			t.Errorf("checkJavaPackage(%q) accepted it", bad)
		}
	}
}
