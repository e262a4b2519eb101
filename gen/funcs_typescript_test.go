package gen

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/spec"
)

func TestTSStringRoundTrips(t *testing.T) {
	for _, s := range []string{
		"", "Not Found", `"'` + "`", `C:\path\n`, "${HOME} `${1+1}`", "*/ /*",
		"</script><script>", "line\nbreak\r\ttab", "\u2028\u2029", "Ünïcödé 日本語 😀", "\x00\x1f\x7f",
	} {
		q := tsString(s)
		if !strings.HasPrefix(q, `"`) || !strings.HasSuffix(q, `"`) {
			t.Errorf("tsString(%q) = %s, not a double-quoted literal", s, q)
		}
		for _, bad := range []string{"\n", "\r", "\u2028", "\u2029", "</"} {
			if strings.Contains(q, bad) {
				t.Errorf("tsString(%q) = %s holds %q", s, q, bad)
			}
		}
		var back string
		if err := json.Unmarshal([]byte(q), &back); err != nil || back != s {
			t.Errorf("tsString(%q) = %s decodes to %q, %v", s, q, back, err)
		}
	}
}

func TestJSDocNeverEndsTheComment(t *testing.T) {
	for _, text := range []string{
		"*/", "a */ b", "**/", "*/*/", "x*/", "/*/", "*\n/", "*</script>", "</*/",
		"*/ alert(1); /* \n-->\n# not a comment\n// nor this",
	} {
		for _, got := range []string{jsdoc(" * ", 20, text), jsdocInline(text)} {
			if strings.Contains(got, "*/") {
				t.Errorf("jsdoc of %q = %q holds */", text, got)
			}
			if strings.Contains(got, "</") {
				t.Errorf("jsdoc of %q = %q holds </", text, got)
			}
		}
	}
}

func TestJSDoc(t *testing.T) {
	tests := []struct {
		name, prefix string
		width        int
		text, want   string
	}{
		{"wraps", "   * ", 20, "one two three four five", "   * one two three\n   * four five"},
		{"keeps line breaks", " * ", 80, "a\nb", " * a\n * b"},
		{"blank line has no trailing space", " * ", 80, "a\n\nb", " * a\n *\n * b"},
		{"CR LF and CR", " * ", 80, "a\r\nb\rc", " * a\n * b\n * c"},
		{"line and paragraph separators", " * ", 80, "a\u2028b\u2029c", " * a\n * b\n * c"},
		{"escapes comment end", " * ", 80, "x */ y", ` * x *\/ y`},
		{"escapes script end", " * ", 80, "</script>", ` * <\/script>`},
		{"no tag at line start", " * ", 80, "@deprecated not really", ` * \@deprecated not really`},
		{"no tag after a wrap", " * ", 12, "mail @param x", " * mail\n * \\@param x"},
		{"tag mid-line is text", " * ", 80, "see @see", " * see @see"},
		{"long word is not split", " * ", 10, "Looooooooooooong", " * Looooooooooooong"},
		{"non-ASCII kept", " * ", 80, "Ünïcödé — 日本語 😀", " * Ünïcödé — 日本語 😀"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := jsdoc(tt.prefix, tt.width, tt.text); got != tt.want {
				t.Errorf("jsdoc(%q, %d, %q) =\n%s\nwant\n%s", tt.prefix, tt.width, tt.text, got, tt.want)
			}
		})
	}
}

func TestJSDocInline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"RFC 9110, Section 15.5.5", "RFC 9110, Section 15.5.5"},
		{"a\nb\r\nc\u2028d", "a b c d"},
		{"  spaced \t out  ", "spaced out"},
		{"x*/y", `x*\/y`},
		{"</script>", `<\/script>`},
	}
	for _, tt := range tests {
		if got := jsdocInline(tt.text); got != tt.want {
			t.Errorf("jsdocInline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCodesWith(t *testing.T) {
	codes := []Code{
		{Code: 100, ContentAllowed: false},
		{Code: 200, ContentAllowed: true, Cacheable: true},
		{Code: 503, ContentAllowed: true, Retryable: true},
	}
	numbers := func(cs []Code) []int {
		var out []int
		for _, c := range cs {
			out = append(out, c.Code)
		}
		return out
	}
	for property, want := range map[string][]int{
		"cacheable": {200},
		"noContent": {100},
		"retryable": {503},
	} {
		got, err := codesWith(property, codes)
		if err != nil || len(got) != len(want) || (len(got) > 0 && got[0].Code != want[0]) {
			t.Errorf("codesWith(%q) = %v, %v; want %v", property, numbers(got), err, want)
		}
	}
	if got, err := codesWith("cacheable", nil); err != nil || got != nil {
		t.Errorf("codesWith on no codes = %v, %v; want none", got, err)
	}
	if _, err := codesWith("teapot", codes); err == nil {
		t.Error("codesWith with an unknown property: no error")
	}
}

// TestTSLegacy: the 1.x constants a spec has are http-status-codes' names
// that StatusCodes gives a code (its own or an alias meant for TypeScript),
// whatever the code; a name the spec does not give is not one.
func TestTSLegacy(t *testing.T) {
	legacy := func(overlay string) map[string]int {
		t.Helper()
		sources := []Source{{Name: "registry.yaml", Data: spec.Registry()}}
		if overlay != "" {
			sources = append(sources, Source{Name: "overlay.yaml", Data: []byte(overlay)})
		}
		s, _, err := LoadSpec(sources, DefaultLimits(), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, l := range tsLegacy(newModel(s, Target{Lang: "typescript"}).Codes) {
			if _, dup := got[l.Name]; dup {
				t.Errorf("%s is given twice", l.Name)
			}
			got[l.Name] = l.Code.Code
		}
		return got
	}
	reg := legacy("")
	if len(reg) != len(tsLegacyNames())-2 {
		t.Errorf("the registry has %d of the %d names; want all but 419's and 420's", len(reg), len(tsLegacyNames()))
	}
	for name, code := range map[string]int{"OK": 200, "MOVED_TEMPORARILY": 302, "REQUEST_TOO_LONG": 413, "IM_A_TEAPOT": 418, "UNPROCESSABLE_ENTITY": 422, "FAILED_DEPENDENCY": 424} {
		if reg[name] != code {
			t.Errorf("%s = %d, want %d", name, reg[name], code)
		}
	}
	for _, name := range []string{"INSUFFICIENT_SPACE_ON_RESOURCE", "METHOD_FAILURE", "EARLY_HINTS", "FOUND", "CONTENT_TOO_LARGE"} {
		if _, ok := reg[name]; ok {
			t.Errorf("%s is no 1.x constant of the registry", name)
		}
	}
	mine := legacy("codes:\n  - code: 419\n    phrase: Insufficient Space On Resource\n  - code: 200\n    name: Fine\n  - code: 420\n    phrase: Enhance Your Calm\n")
	if mine["INSUFFICIENT_SPACE_ON_RESOURCE"] != 419 {
		t.Error("a code of the user's spec with a 1.x name is not a 1.x constant")
	}
	for _, name := range []string{"OK", "METHOD_FAILURE"} {
		if _, ok := mine[name]; ok {
			t.Errorf("%s is a 1.x constant, but the spec gives no code that name", name)
		}
	}
}
