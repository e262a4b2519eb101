package gen

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestPhraseWords(t *testing.T) {
	for phrase, want := range map[string]string{
		"Not Found":                     "Not Found",
		"Non-Authoritative Information": "Non Authoritative Information",
		"I'm a teapot":                  "Im A Teapot",
		"HTTP Version Not Supported":    "HTTP Version Not Supported",
		"IM Used":                       "IM Used",
		"Request-URI Too Long":          "Request URI Too Long",
		"OK":                            "OK",
	} {
		got, err := phraseWords(phrase)
		if err != nil || strings.Join(got, " ") != want {
			t.Errorf("phraseWords(%q) = %q, %v; want %q", phrase, got, err, want)
		}
	}
	for _, bad := range []string{"", "---", "3xx Thing", "Ünknown"} {
		if _, err := phraseWords(bad); err == nil {
			t.Errorf("phraseWords(%q) succeeded", bad)
		}
	}
}

func TestCamelWords(t *testing.T) {
	for name, want := range map[string]string{
		"RequestURITooLong":       "Request URI Too Long",
		"IMUsed":                  "IM Used",
		"ImATeapot":               "Im A Teapot",
		"HTTPVersionNotSupported": "HTTP Version Not Supported",
		"OK":                      "OK",
		"Http2Settings":           "Http2 Settings",
	} {
		if got := strings.Join(camelWords(name), " "); got != want {
			t.Errorf("camelWords(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestIdent(t *testing.T) {
	id := newIdent([]string{"HTTP", "Version", "Not", "Supported"}, "Status")
	want := Ident{
		Words: id.Words, Camel: "HTTPVersionNotSupported", LowerCamel: "httpVersionNotSupported",
		Go: "StatusHTTPVersionNotSupported", Upper: "HTTP_VERSION_NOT_SUPPORTED",
		Snake: "http_version_not_supported", Kebab: "http-version-not-supported",
		CSharp: "HttpVersionNotSupported", PHP: "HTTP_VERSION_NOT_SUPPORTED",
	}
	if !reflect.DeepEqual(id, want) {
		t.Errorf("newIdent = %+v, want %+v", id, want)
	}
}

func TestComment(t *testing.T) {
	got := comment("// ", 20, "one two three four five six\n\nseven")
	want := "// one two three\n// four five six\n//\n// seven"
	if got != want {
		t.Errorf("comment = %q, want %q", got, want)
	}
}

func TestTemplateErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "go"), 0o755)
	os.WriteFile(filepath.Join(dir, "go", "status.go.tmpl"), []byte("// {{ .Marker }}\n\n{{ .Nope }}\n"), 0o644)
	s := &Spec{}
	_, err := NewRenderer(os.DirFS(dir), "mytemplates").Render(s, Target{Lang: "go"})
	if err == nil || !strings.HasPrefix(err.Error(), "mytemplates/go/status.go.tmpl:3:3: ") {
		t.Errorf("error = %v, want it to start with mytemplates/go/status.go.tmpl:3:3", err)
	}
	os.WriteFile(filepath.Join(dir, "go", "status.go.tmpl"), []byte("// {{ .Marker }}\n{{ nope }}\n"), 0o644)
	_, err = NewRenderer(os.DirFS(dir), "mytemplates").Render(s, Target{Lang: "go"})
	if err == nil || !strings.HasPrefix(err.Error(), "mytemplates/go/status.go.tmpl:2:") || !strings.Contains(err.Error(), `function "nope" not defined`) {
		t.Errorf("parse error = %v", err)
	}
	os.WriteFile(filepath.Join(dir, "go", "status.go.tmpl"), []byte("package x\n"), 0o644)
	_, err = NewRenderer(os.DirFS(dir), "mytemplates").Render(s, Target{Lang: "go"})
	if err == nil || !strings.Contains(err.Error(), "marker") {
		t.Errorf("output without marker: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "go", "status.go.tmpl"), []byte("// {{ .Marker }}\n{{ fail \"boom\" }}\n"), 0o644)
	_, err = NewRenderer(os.DirFS(dir), "mytemplates").Render(s, Target{Lang: "go"})
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("failing function: %v", err)
	}
}

func TestLimits(t *testing.T) {
	lim := Limits{MaxFileSize: 200, MaxNodes: 50, MaxCodes: 2, MaxString: 10}
	for _, tc := range []struct{ name, data, want string }{
		{"file size", "codes: []\n" + strings.Repeat("# padding\n", 30), "l.yaml: file is larger than the limit of 200 bytes"},
		{"codes", "codes: [{code: 201}, {code: 202}, {code: 203}]", "l.yaml:1:8: spec has 3 codes, more than the limit of 2"},
		{"string", "codes: [{code: 201, phrase: Very Long Phrase}]", "l.yaml:1:29: string is 16 bytes, more than the limit of 10"},
		{"nodes", "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n", "l.yaml:2:"},
	} {
		_, err := loadFile(Source{Name: "l.yaml", Data: []byte(tc.data)}, lim)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to start with %q", tc.name, err, tc.want)
		}
	}
}

func TestTargetSpellings(t *testing.T) {
	tests := []struct{ words, csharp, php string }{
		{"Not Found", "NotFound", "HTTP_NOT_FOUND"},
		{"OK", "OK", "HTTP_OK"},
		{"IM Used", "IMUsed", "HTTP_IM_USED"},
		{"Request URI Too Long", "RequestUriTooLong", "HTTP_REQUEST_URI_TOO_LONG"},
		{"HTTP Version Not Supported", "HttpVersionNotSupported", "HTTP_VERSION_NOT_SUPPORTED"},
		{"HTTP", "Http", "HTTP_HTTP"},
		{"Im A Teapot", "ImATeapot", "HTTP_IM_A_TEAPOT"},
	}
	for _, tt := range tests {
		id := newIdent(strings.Fields(tt.words), "Status")
		if id.CSharp != tt.csharp || id.PHP != tt.php {
			t.Errorf("%s: C# %s, PHP %s; want %s, %s", tt.words, id.CSharp, id.PHP, tt.csharp, tt.php)
		}
	}
}

// TestIdentLangs: the languages whose identifiers must not collide (and
// that alias targets may name) are exactly those whose row in the language
// table spells identifiers, in the table's order.
func TestIdentLangs(t *testing.T) {
	var want []string
	for _, l := range builtinLanguages() {
		if l.ident != nil {
			want = append(want, l.name)
		}
	}
	if !slices.Equal(identLangs, want) {
		t.Errorf("identLangs = %q, want %q (the languages whose row has an ident)", identLangs, want)
	}
}

func TestLanguageNames(t *testing.T) {
	c := Code{Code: 404, Ident: newIdent([]string{"Not", "Found"}, "Status")}
	var got []string
	for _, n := range languageNames(c) {
		got = append(got, n.Title+" "+n.Name)
	}
	want := "Go StatusNotFound, TypeScript StatusCodes.NOT_FOUND, Python HTTPStatus.NOT_FOUND, " +
		"Rust StatusCode::NOT_FOUND, Java HttpStatus.NOT_FOUND, C# HttpStatusCode.NotFound, " +
		"C# StatusCodes.Status404NotFound, PHP HttpStatus::HTTP_NOT_FOUND, Ruby HTTPStatus::NOT_FOUND, Ruby :not_found"
	if strings.Join(got, ", ") != want {
		t.Errorf("languageNames =\n%s\nwant\n%s", strings.Join(got, ", "), want)
	}
}

// TestTidy: tidy rewrites its input in place; what it gives must still be
// the input with trailing white space stripped, blank runs folded, leading
// and trailing blank lines dropped and one final newline.
func TestTidy(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "\n",
		"\n\n \t\n":               "\n",
		"a":                       "a\n",
		"a\n":                     "a\n",
		"\n\na  \n\n\n b\t\r\n\n": "a\n\n b\n",
		"x\ny \n\n\nz":            "x\ny\n\nz\n",
	} {
		buf := []byte(in)
		got, err := tidy(buf)
		if err != nil || string(got) != want {
			t.Errorf("tidy(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
