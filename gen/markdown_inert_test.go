package gen_test

import (
	"bytes"
	"html"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/internal/testtool"
)

// cmarkGFM renders src with cmark-gfm, the reference implementation of
// GitHub's renderer, with the extensions github.com enables. unsafe lets
// raw HTML through, as a docs site might.
func cmarkGFM(t *testing.T, src string, unsafe bool) string {
	t.Helper()
	bin := testtool.Require(t, "cmark-gfm") // make test installs Debian's cmark-gfm
	args := []string{"-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"}
	if unsafe {
		args = append(args, "--unsafe")
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cmark-gfm: %v\n%s", err, stderr.String())
	}
	return string(out)
}

var (
	anchorRe  = regexp.MustCompile(`<a\b[^>]*>`)
	elementRe = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)`)
)

// pageElements are the HTML elements the page's own Markdown makes; any
// other element would come from spec text.
var pageElements = []string{"p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "a", "code"}

// TestMarkdownStaysInert renders the registry page and the hostile page
// (test/testdata/hostile.json: bare www names, URLs of every scheme,
// e-mail, mailto: and xmpp: addresses in phrases, descriptions, retry
// notes, sources, aliases, reference titles, a class description and the
// title; with hostile-docs.json, the syntax of docs generators) with
// goldmark (GFM with Linkify, raw HTML off and on) and cmark-gfm (GitHub's,
// with its autolink extension), and asserts that the only links are the
// page's own: the introduction's link to the IANA registry, a summary link
// per code and a link per reference, to the reference's url. markdown-it
// with linkify gets the same attack from test/markdown/inert.test.mjs.
func TestMarkdownStaysInert(t *testing.T) {
	const title = "Status codes at www.example.com (ask docs@example.com, https://example.com)"
	for _, page := range []struct {
		name  string
		spec  *gen.Spec
		title string
	}{
		{"registry", testspec.Load(t, testspec.Registry()), ""},
		{"hostile", testspec.Hostile(t, "hostile-docs.json"), title},
	} {
		src := renderMarkdown(t, page.spec, gen.Target{Title: page.title})
		links := map[string]bool{ianaRegistry: true}
		want := 1 // the introduction's link to the registry
		for _, c := range page.spec.Codes {
			links["#"+gen.MdAnchor(c.Code, c.Phrase)] = true
			want++
			for i, r := range c.References {
				u, err := gen.MdURL(r.URL)
				if err != nil {
					t.Fatal(err)
				}
				links[html.UnescapeString(u)] = true
				want++
				if i == 0 {
					want++ // the summary table links the first reference too
				}
			}
		}
		for _, r := range []struct {
			name   string
			render func(*testing.T, string) string
		}{
			{"goldmark", func(t *testing.T, s string) string { return goldmarkHTML(t, s, false) }},
			{"goldmark unsafe", func(t *testing.T, s string) string { return goldmarkHTML(t, s, true) }},
			{"cmark-gfm", func(t *testing.T, s string) string { return cmarkGFM(t, s, false) }},
			{"cmark-gfm unsafe", func(t *testing.T, s string) string { return cmarkGFM(t, s, true) }},
		} {
			t.Run(page.name+"/"+r.name, func(t *testing.T) {
				out := r.render(t, src)
				anchors := anchorRe.FindAllString(out, -1)
				if len(anchors) != want {
					t.Errorf("%d links, want %d (the registry's, one per code, two for a code's first reference, one per other reference)", len(anchors), want)
				}
				for _, a := range anchors {
					m := regexp.MustCompile(`^<a href="([^"]*)">$`).FindStringSubmatch(a)
					if m == nil || !links[html.UnescapeString(m[1])] {
						t.Errorf("link %s does not come from a url field, the summary table or the introduction", a)
					}
				}
				for _, m := range elementRe.FindAllStringSubmatch(out, -1) {
					if !slices.Contains(pageElements, strings.ToLower(m[1])) {
						t.Errorf("element <%s> comes from spec text", m[1])
					}
				}
				if page.title != "" && !strings.Contains(strings.ReplaceAll(html.UnescapeString(out), "\u2060", ""), page.title) {
					t.Error("the title does not show as text")
				}
			})
		}
	}
}
