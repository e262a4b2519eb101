package httpstatus_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/output/go/httpstatus"
)

// TestStatusTextAgreesWithNetHTTP: StatusText is net/http's, but for the
// phrases and codes the README lists as different.
func TestStatusTextAgreesWithNetHTTP(t *testing.T) {
	phraseChanges := map[int]string{}
	for code, row := range readmePhrases(t) {
		phraseChanges[code] = row[1]
	}
	notInNetHTTP := map[int]bool{}
	codes, _, _ := strings.Cut(readmeBullet(t, "Extra constants"), "older names")
	for _, name := range names(codes) {
		c, _ := httpstatus.Lookup(name)
		notInNetHTTP[int(c)] = true
	}
	for code := 0; code < 1000; code++ {
		theirs, ours := http.StatusText(code), httpstatus.StatusText(code)
		if want, changed := phraseChanges[code]; changed {
			if ours != want {
				t.Errorf("StatusText(%d) = %q, want IANA's %q", code, ours, want)
			}
			if theirs == ours {
				t.Errorf("StatusText(%d): net/http now agrees (%q); drop it from the README's table", code, ours)
			}
			continue
		}
		if theirs == "" && ours != "" && !notInNetHTTP[code] {
			t.Errorf("StatusText(%d) = %q; net/http has no such code and the README does not list it", code, ours)
		}
		if theirs != "" && ours != theirs {
			t.Errorf("StatusText(%d) = %q, net/http says %q", code, ours, theirs)
		}
	}
	for code := range notInNetHTTP {
		if http.StatusText(code) != "" {
			t.Errorf("net/http now knows %d; the README says it does not", code)
		}
		if httpstatus.StatusText(code) == "" {
			t.Errorf("StatusText(%d) is empty", code)
		}
	}
}

// netHTTPConstants parses net/http's status.go from GOROOT and returns
// every Status* constant with its value.
func netHTTPConstants(t *testing.T) map[string]int {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Values) != 1 {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.INT {
			return true
		}
		for _, name := range vs.Names {
			if strings.HasPrefix(name.Name, "Status") {
				v, _ := strconv.Atoi(lit.Value)
				consts[name.Name] = v
			}
		}
		return true
	})
	if len(consts) < 60 {
		t.Fatalf("found only %d Status constants in %s", len(consts), file)
	}
	return consts
}

func TestEveryNetHTTPNameExists(t *testing.T) {
	for name, value := range netHTTPConstants(t) {
		code, ok := httpstatus.Lookup(name)
		if !ok {
			t.Errorf("net/http's %s is missing", name)
			continue
		}
		if int(code) != value {
			t.Errorf("%s = %d, net/http has %d", name, code, value)
		}
	}
}

// TestDropIn compiles net/http call sites with our constants, old names
// included.
func TestDropIn(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(httpstatus.StatusTeapot)
	if rec.Code != 418 {
		t.Errorf("WriteHeader(StatusTeapot) wrote %d", rec.Code)
	}
	var _ int = httpstatus.StatusNotFound
	if httpstatus.StatusRequestEntityTooLarge != httpstatus.StatusContentTooLarge {
		t.Error("StatusRequestEntityTooLarge != StatusContentTooLarge")
	}
}

func TestCode(t *testing.T) {
	c := httpstatus.Code(httpstatus.StatusNotFound)
	if got := c.String(); got != "404 Not Found" {
		t.Errorf("String() = %q", got)
	}
	if got := httpstatus.Code(599).String(); got != "599" {
		t.Errorf("unknown String() = %q", got)
	}
	if c.Name() != "StatusNotFound" || !c.Known() || c.Class() != httpstatus.ClassClientError || c.Class().String() != "Client Error" {
		t.Errorf("404: Name %q Known %v Class %v", c.Name(), c.Known(), c.Class())
	}
	if !strings.HasPrefix(c.ReferenceURL(), "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5") {
		t.Errorf("ReferenceURL() = %q", c.ReferenceURL())
	}
	if c.Description() == "" || c.Lifecycle() != httpstatus.Permanent {
		t.Errorf("404: Description %q Lifecycle %q", c.Description(), c.Lifecycle())
	}
	if httpstatus.Code(104).Lifecycle() != httpstatus.Temporary || httpstatus.Code(510).Lifecycle() != httpstatus.Obsoleted || httpstatus.Code(306).Lifecycle() != httpstatus.Unused {
		t.Error("lifecycles of 104, 510, 306 are wrong")
	}
}

func TestClasses(t *testing.T) {
	preds := []func(httpstatus.Code) bool{
		httpstatus.Code.IsInformational, httpstatus.Code.IsSuccess, httpstatus.Code.IsRedirection,
		httpstatus.Code.IsClientError, httpstatus.Code.IsServerError,
	}
	for _, c := range httpstatus.Codes() {
		for i, p := range preds {
			if want := int(c)/100 == i+1; p(c) != want {
				t.Errorf("%d: predicate for class %d = %v", c, i+1, p(c))
			}
		}
	}
	if httpstatus.Code(99).Class() != 0 || httpstatus.Code(600).Class() != 0 {
		t.Error("codes outside 100-599 must have class 0")
	}
}

func TestSemantics(t *testing.T) {
	// RFC 9110, section 15.1; 451 by RFC 7725, section 3.
	cacheable := map[int]bool{200: true, 203: true, 204: true, 206: true, 300: true, 301: true, 308: true, 404: true, 405: true, 410: true, 414: true, 451: true, 501: true}
	for _, c := range httpstatus.Codes() {
		if c.Cacheable() != cacheable[int(c)] {
			t.Errorf("%d: Cacheable() = %v", c, c.Cacheable())
		}
		noContent := c.IsInformational() || c == 204 || c == 205 || c == 304
		if c.ContentAllowed() == noContent {
			t.Errorf("%d: ContentAllowed() = %v", c, c.ContentAllowed())
		}
	}
	for code, kind := range map[int]httpstatus.RedirectKind{301: httpstatus.MayChangeMethod, 302: httpstatus.MayChangeMethod, 303: httpstatus.ChangesToGet, 307: httpstatus.KeepsMethod, 308: httpstatus.KeepsMethod, 304: httpstatus.NotRedirect, 200: httpstatus.NotRedirect} {
		if got := httpstatus.Code(code).Redirect(); got != kind {
			t.Errorf("%d: Redirect() = %q, want %q", code, got, kind)
		}
	}
	if !httpstatus.Code(307).RedirectKeepsMethod() || httpstatus.Code(302).RedirectKeepsMethod() {
		t.Error("RedirectKeepsMethod is wrong for 307 or 302")
	}
	for _, code := range []int{429, 503} {
		if c := httpstatus.Code(code); !c.Retryable() || !contains(c.Headers(), "Retry-After") {
			t.Errorf("%d: Retryable %v, Headers %v", code, c.Retryable(), c.Headers())
		}
	}
	if httpstatus.Code(400).Retryable() || httpstatus.Code(500).Retryable() {
		t.Error("400 and 500 are not retryable by the spec's policy")
	}
	if !contains(httpstatus.Code(405).Headers(), "Allow") || !contains(httpstatus.Code(401).Headers(), "WWW-Authenticate") {
		t.Error("405 needs Allow and 401 WWW-Authenticate")
	}
	h := httpstatus.Code(405).Headers()
	h[0] = "changed"
	if httpstatus.Code(405).Headers()[0] == "changed" {
		t.Error("Headers() returned the table's own slice")
	}
}

func TestLookups(t *testing.T) {
	for _, tc := range []struct {
		name string
		want int
	}{{"StatusNotFound", 404}, {"NotFound", 404}, {"StatusRequestEntityTooLarge", 413}, {"Teapot", 418}} {
		if got, ok := httpstatus.Lookup(tc.name); !ok || int(got) != tc.want {
			t.Errorf("Lookup(%q) = %d, %v", tc.name, got, ok)
		}
	}
	if _, ok := httpstatus.Lookup("StatusNope"); ok {
		t.Error("Lookup found StatusNope")
	}
	for phrase, want := range map[string]int{"Content Too Large": 413, "Payload Too Large": 413, "Request Entity Too Large": 413, "I'm a teapot": 418, "Unused": 306} {
		if got, ok := httpstatus.ForPhrase(phrase); !ok || int(got) != want {
			t.Errorf("ForPhrase(%q) = %d, %v; want %d", phrase, got, ok, want)
		}
	}
	if _, ok := httpstatus.ForPhrase("not found"); ok {
		t.Error("ForPhrase is exact; it must not match a lower-case phrase")
	}
	codes := httpstatus.Codes()
	if len(codes) != 64 {
		t.Errorf("Codes() has %d codes, the registry 64", len(codes))
	}
	for i := 1; i < len(codes); i++ {
		if codes[i-1] >= codes[i] {
			t.Errorf("Codes() not ascending at %d", i)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
