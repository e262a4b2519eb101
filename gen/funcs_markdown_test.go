package gen

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/statusgen/statusgen/templates"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"gopkg.in/yaml.v3"
)

// hostileStrings are texts a spec may hold that mean something in Markdown,
// HTML or a docs generator's template language.
var hostileStrings = []string{
	"Not Found",
	"Non-Authoritative Information",
	"I'm a teapot",
	"</script><script>alert('x')</script>",
	"<b>bold</b> <img src=x onerror=alert(1)> &amp; &lt; &#124; <!-- c --> <?php ?> ]]>",
	"Pipe | table | cell",
	"| a | b |",
	"|---|---|",
	"# Heading",
	"## Heading ##",
	"Heading #",
	"* list *emph* _u_ __strong__ **strong**",
	"[link](javascript:alert(1)) ![img](x) [ref] [^1] [x]: http://evil",
	"<https://x> <mailto:a@b.c>",
	"`code` ``two`` ```fence```",
	"~~strike~~ ~~~fence",
	"\\* \\ trailing backslash \\",
	"1. item",
	"1) item",
	"123456789. item",
	"1.5 is not a list, nor is 2024.",
	"- item",
	"-- double",
	"---",
	"+ item",
	"***",
	"___",
	"> quote",
	"= = =",
	"    indented code",
	"Template {{ .Phrase }} ${HOME} #{x} %s %d %v %% {{< shortcode >}} {{% s %}}",
	"{% raw %} $1 $$ %n $x$ $$y$$",
	"Comment */ /* // # --> <!-- -- ;",
	"Quotes \" ' ` and \"\"\" ''' triple",
	"Back\\slash \\n \\\\ \\u0041 \\x41 \\",
	"Ünïcödé — 日本語 😀 ﷽ ∑ 👩‍💻",
	"trailing spaces  ",
	"&copy; &#169; &#xA9; & AT&T",
	"a_b_c snake_case",
	"[ ] task",
	"Visit www.example.com or WWW.EXAMPLE.ORG and www.1example.net",
	"See http://localhost/x, https://example.com/a?b=c and ftp://files.example.org/",
	"Mail a@b.co, first.last+tag@example.org, mailto:x@y.org or xmpp:u@example.com",
	"Bare example.com, README.md, //example.com, //localhost, 127.0.0.1 and пример.рф",
	"file:///etc/passwd and javascript:alert(1) and data:text/html,x",
	"HTTP/1.1, RFC 9110 section 15.5.5 and e.g. i.e.",
	"Vue {{ 1+1 }} {{{ x }}} and attributes {#id} {.cls} {onclick=alert(1)}",
	"::: danger",
	":::details Open",
	"import x from 'y'",
	"export const x = 1",
}

// markdown renders src as HTML with goldmark, GFM (Linkify included: spec
// text must not turn into links where renderers link bare URLs, www names
// and e-mail addresses) and auto heading IDs.
func markdown(t testing.TB, src string) string {
	t.Helper()
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return buf.String()
}

// inlineText is what mdText promises to show for s.
func inlineText(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	return strings.Trim(s, " \t")
}

// shown is the text a reader sees in rendered HTML: entities decoded and
// the invisible word joiner that breakAutolink puts before an @ dropped.
func shown(html_ string) string {
	return strings.ReplaceAll(html.UnescapeString(html_), "\u2060", "")
}

// checkParagraph asserts that goldmark renders src as exactly one paragraph
// of plain text (no element inside) that reads want.
func checkParagraph(t testing.TB, src, want string) {
	t.Helper()
	out := markdown(t, src)
	inner, ok := strings.CutPrefix(out, "<p>")
	if ok {
		inner, ok = strings.CutSuffix(inner, "</p>\n")
	}
	if !ok || strings.Contains(inner, "<") {
		t.Fatalf("source %q renders as %q, want one paragraph of text", src, out)
	}
	if got := shown(inner); got != want {
		t.Fatalf("source %q renders the text %q, want %q", src, got, want)
	}
}

func TestMdTextEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Not Found", "Not Found"},
		{"Non-Authoritative Information", "Non-Authoritative Information"},
		{"I'm a teapot", "I'm a teapot"},
		{"<script>", "&lt;script&gt;"},
		{"AT&T &amp;", "AT&amp;T &amp;amp;"},
		{"a | b", "a &#124; b"},
		{"~~s~~", "&#126;&#126;s&#126;&#126;"},
		{"$x$", "&#36;x&#36;"},
		{"*emph* _u_", `\*emph\* \_u\_`},
		{"[l](javascript:x)", `\[l\](javascript:x)`},
		{"`code`", "\\`code\\`"},
		{`back\slash`, `back\\slash`},
		{"{{ .X }}", `\{&#8288;\{ .X \}\}`},
		{"# Heading", `\# Heading`},
		{"C# and F#", `C\# and F\#`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"a - b + c", "a - b + c"},
		{"1. item", `1\. item`},
		{"12) item", `12\) item`},
		{"1.", `1\.`},
		{"1.0.0", "1.0.0"},
		{"1234567890. item", "1234567890. item"},
		{"version 1. item", "version 1. item"},
		{"www.example.com", `www\.example\.com`},
		{"https://x.org/a", `https:/&#47;x\.org/a`},
		{"//host", `/&#47;host`},
		{"a@b.co", `a&#8288;@b\.co`},
		{"@user and x @ y", "@user and x @ y"},
		{"HTTP/1.1 and 10.0.0.1", `HTTP/1.1 and 10\.0\.0\.1`},
		{"пример.рф", `пример\.рф`},
		{"www...a0 and xwww.y", `www\...a0 and xwww\.y`},
		{"end. Next", "end. Next"},
		{"line one\nline two\r\nthree", "line one line two three"},
		{"  padded  ", "padded"},
		{"{{ x }} {{{ y }}}", "\\{&#8288;\\{ x \\}\\} \\{&#8288;\\{&#8288;\\{ y \\}\\}\\}"},
		{"Attrs {#id} and { #x }", "Attrs \\{&#8288;\\#id\\} and \\{ \\#x \\}"},
		{"::: danger", "&#58;:: danger"},
		{"a ::: b", "a ::: b"},
		{"import x from 'y'", "&#105;mport x from 'y'"},
		{"export default 1", "&#101;xport default 1"},
		{"imports and exports", "imports and exports"},
		{"Import x", "Import x"},
		{"", ""},
	} {
		if got := mdText(tc.in); got != tc.want {
			t.Errorf("mdText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMdTextRendersAsText(t *testing.T) {
	for _, s := range hostileStrings {
		checkParagraph(t, mdText(s), inlineText(s))
		// After a list marker, as the page's semantics lines print it.
		out := markdown(t, "- "+mdText(s))
		if strings.Count(out, "<li>") != 1 || strings.Contains(out, "<ol") || strings.Count(out, "<ul>") != 1 {
			t.Errorf("mdText(%q) after a list marker renders as %q, want one plain item", s, out)
		}
	}
}

// FuzzMdText checks that any text a spec accepts (valid UTF-8, no control
// characters) renders as itself and as nothing else.
func FuzzMdText(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if checkText(s) != nil || strings.Contains(s, "\n") {
			t.Skip()
		}
		want := inlineText(s)
		// CommonMark strips Unicode white space other than spaces only
		// inside the text, never at its ends; keep the test to texts that
		// start and end with a visible character.
		if want == "" || strings.TrimFunc(want, unicode.IsSpace) != want {
			t.Skip()
		}
		checkParagraph(t, mdText(s), want)
	})
}

func TestMdBlock(t *testing.T) {
	in := "| a | b |\n|---|---|\n# Heading\n\n   * list\n1. item\n---\n=====\n  indented\ttext  "
	got := mdBlock(in)
	want := "&#124; a &#124; b &#124;\n\n&#124;---&#124;---&#124;\n\n\\# Heading\n\n\\* list\n\n1\\. item\n\n\\---\n\n=====\n\nindented\ttext"
	if got != want {
		t.Fatalf("mdBlock = %q, want %q", got, want)
	}
	out := markdown(t, "Intro.\n\n"+got)
	paras := regexp.MustCompile(`(?s)<p>(.*?)</p>`).FindAllStringSubmatch(out, -1)
	wantParas := []string{"Intro.", "| a | b |", "|---|---|", "# Heading", "* list", "1. item", "---", "=====", "indented\ttext"}
	if len(paras) != len(wantParas) || strings.Count(out, "<") != 2*len(wantParas) {
		t.Fatalf("mdBlock renders as %q, want %d plain paragraphs", out, len(wantParas))
	}
	for i, p := range paras {
		if got := html.UnescapeString(p[1]); got != wantParas[i] {
			t.Errorf("paragraph %d reads %q, want %q", i, got, wantParas[i])
		}
	}
	if mdBlock("\n \n") != "" {
		t.Errorf("mdBlock of blank lines = %q, want empty", mdBlock("\n \n"))
	}
}

func TestMdCell(t *testing.T) {
	if got := mdCell(""); got != "—" {
		t.Errorf(`mdCell("") = %q, want an em dash`, got)
	}
	cell := regexp.MustCompile(`(?s)<td>(.*?)</td>`)
	for _, s := range hostileStrings {
		src := "| A | B |\n| --- | --- |\n| " + mdCell(s) + " | end |\n"
		out := markdown(t, src)
		cells := cell.FindAllStringSubmatch(out, -1)
		if len(cells) != 2 || cells[1][1] != "end" {
			t.Errorf("mdCell(%q) in a table row gives the cells %q, want 2", s, cells)
			continue
		}
		want := inlineText(s)
		if want == "" {
			want = "—"
		}
		if strings.Contains(cells[0][1], "<") || shown(cells[0][1]) != want {
			t.Errorf("mdCell(%q) renders as %q, want the text %q", s, cells[0][1], want)
		}
	}
}

func TestMdCode(t *testing.T) {
	code := regexp.MustCompile(`<code>(.*?)</code>`)
	for _, tc := range []struct{ in, want string }{
		{"Retry-After", "`Retry-After`"},
		{"a`b", "``a`b``"},
		{"x``y`", "``` x``y` ```"},
		{"`", "`` ` ``"},
		{" sp ", "`  sp  `"},
		{"a|b", "`a|b`"},
	} {
		got := mdCode(tc.in)
		if got != tc.want {
			t.Errorf("mdCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
		m := code.FindStringSubmatch(markdown(t, got))
		if m == nil || html.UnescapeString(m[1]) != tc.in {
			t.Errorf("mdCode(%q) renders the code %q, want %q", tc.in, m, tc.in)
		}
	}
}

func TestMdSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"404 Not Found", "404-not-found"},
		{"203 Non-Authoritative Information", "203-non-authoritative-information"},
		{"505 HTTP Version Not Supported", "505-http-version-not-supported"},
		{"418 I'm a teapot", "418-im-a-teapot"},
		{"4xx Client Error", "4xx-client-error"},
		{`598 \_\_proto\_\_`, "598---proto--"},
		{"  Trimmed  ", "trimmed"},
		{"Ünï日本", "n"},
		{"!!!", "heading"},
	} {
		if got := mdSlug(tc.in); got != tc.want {
			t.Errorf("mdSlug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMdAnchorMatchesGoldmark renders a heading per string and checks that
// goldmark's id is mdAnchor's.
func TestMdAnchorMatchesGoldmark(t *testing.T) {
	var src strings.Builder
	var want []string
	for i, s := range hostileStrings {
		code := 500 + i
		src.WriteString("### " + mdHeading(code, s) + "\n\n")
		want = append(want, mdAnchor(code, s))
	}
	ids := regexp.MustCompile(`<h3 id="([^"]*)">`).FindAllStringSubmatch(markdown(t, src.String()), -1)
	if len(ids) != len(want) {
		t.Fatalf("got %d headings, want %d", len(ids), len(want))
	}
	seen := map[string]bool{}
	for i, m := range ids {
		if m[1] != want[i] {
			t.Errorf("heading %q: goldmark id %q, mdAnchor %q", hostileStrings[i], m[1], want[i])
		}
		if seen[m[1]] {
			t.Errorf("anchor %q is given twice", m[1])
		}
		seen[m[1]] = true
	}
}

func TestMdAnchorDistinctForSharedPhrase(t *testing.T) {
	a, b := mdAnchor(306, "Unused"), mdAnchor(418, "Unused")
	if a != "306-unused" || b != "418-unused" {
		t.Errorf("anchors for 306 and 418 = %q, %q; want 306-unused, 418-unused", a, b)
	}
	if got := mdHeading(404, "Not Found"); got != "404 Not Found" {
		t.Errorf("mdHeading(404, Not Found) = %q", got)
	}
	if got := mdHeading(599, ""); got != "599" {
		t.Errorf(`mdHeading(599, "") = %q, want "599"`, got)
	}
	if got := mdClassHeading(Class{Digit: 4, Name: "Client Error"}); got != "4xx Client Error" {
		t.Errorf("mdClassHeading = %q, want 4xx Client Error", got)
	}
}

func TestMdURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"},
		{"http://example.com/a(b)|c", "http://example.com/a%28b%29%7Cc"},
		{"https://example.com/q?a=1&b=2", "https://example.com/q?a=1&b=2"},
		{"https://example.com/q?a=1&lt;=2", "https://example.com/q?a=1&amp;lt;=2"},
		{"https://example.com/`x`'\"", "https://example.com/%60x%60%27%22"},
	} {
		got, err := mdURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("mdURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//example.com", "/relative", "ftp://example.com", ""} {
		if got, err := mdURL(bad); err == nil {
			t.Errorf("mdURL(%q) = %q, want an error", bad, got)
		}
		if _, err := mdLink("x", bad); err == nil {
			t.Errorf("mdLink(x, %q) succeeded, want an error", bad)
		}
	}
}

func TestMdLink(t *testing.T) {
	href := regexp.MustCompile(`<a href="([^"]*)">(.*?)</a>`)
	for _, tc := range []struct{ text, url, wantHref, wantText string }{
		{"RFC 9110, Section 15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "RFC 9110, Section 15.5.5"},
		{"a](javascript:x) [b", "https://example.com/a)b", "https://example.com/a%29b", "a](javascript:x) [b"},
		{"<b>x</b>", "https://example.com/q?a=1&b=2", "https://example.com/q?a=1&b=2", "<b>x</b>"},
		{"", "https://example.com/", "https://example.com/", "https://example.com/"},
	} {
		l, err := mdLink(tc.text, tc.url)
		if err != nil {
			t.Fatalf("mdLink(%q, %q): %v", tc.text, tc.url, err)
		}
		out := markdown(t, "| A |\n| --- |\n| "+l+" |\n")
		m := href.FindAllStringSubmatch(out, -1)
		if len(m) != 1 || html.UnescapeString(m[0][1]) != tc.wantHref || strings.Contains(m[0][2], "<") || html.UnescapeString(m[0][2]) != tc.wantText {
			t.Errorf("mdLink(%q, %q) = %q renders as %q, want one link to %q reading %q", tc.text, tc.url, l, out, tc.wantHref, tc.wantText)
		}
	}
}

func TestMdYAMLString(t *testing.T) {
	for _, s := range append([]string{"HTTP status codes", "", "a: b", "- x", "'q'", "\u2028"}, hostileStrings...) {
		q, err := mdYAMLString(s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(q, "\n") {
			t.Errorf("mdYAMLString(%q) = %q spans lines", s, q)
		}
		var doc map[string]string
		if err := yaml.Unmarshal([]byte("title: "+q+"\n"), &doc); err != nil || doc["title"] != s {
			t.Errorf("mdYAMLString(%q) = %q reads back as %q (%v)", s, q, doc["title"], err)
		}
	}
}

// TestMarkdownWords runs the definitions of templates/markdown/words.md.tmpl,
// which word the page's values, and refuses what they cannot word.
func TestMarkdownWords(t *testing.T) {
	r := NewRenderer(templates.FS(), "templates")
	tmpl, err := r.load(r.builtin, "markdown")
	if err != nil {
		t.Fatal(err)
	}
	run := func(name string, data any) (string, error) {
		var b strings.Builder
		err := tmpl.ExecuteTemplate(&b, name, data)
		return b.String(), err
	}
	for _, tc := range []struct {
		name string
		data any
		want string
	}{
		{"md.yesno", true, "yes"},
		{"md.yesno", false, "no"},
		{"md.redirect", "keeps-method", "yes; the client repeats the request, method and content unchanged, at the new URI"},
		{"md.redirect", "may-change-method", "yes; the client may switch a POST to GET when it follows the Location"},
		{"md.redirect", "changes-to-get", "yes; the client fetches the new URI with GET (or HEAD), whatever the original method"},
		{"md.lifecycle", Code{Lifecycle: "permanent"}, "permanent"},
		{"md.lifecycle", Code{Lifecycle: "temporary", Registered: "2024-11-13", Expires: "2026-11-13"}, "temporary, registered 2024-11-13, expires 2026-11-13"},
		{"md.lifecycle", Code{Lifecycle: "temporary", Expires: "2026-11-13"}, "temporary, expires 2026-11-13"},
		{"md.lifecycle", Code{Lifecycle: "unused"}, "unused; the number is reserved and has no meaning"},
		{"md.lifecycle", Code{Lifecycle: "obsoleted"}, "obsoleted; servers should no longer send it"},
		{"md.id", "404-not-found", " {#404-not-found}"},
	} {
		if got, err := run(tc.name, tc.data); err != nil || got != tc.want {
			t.Errorf("%s %v = %q, %v; want %q", tc.name, tc.data, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		data any
		want string
	}{
		{"md.redirect", "sideways", `unknown redirect kind "sideways"`},
		{"md.redirect", "", `unknown redirect kind ""`},
		{"md.lifecycle", Code{Code: 599, Lifecycle: "eternal"}, `code 599: unknown lifecycle "eternal"`},
	} {
		if got, err := run(tc.name, tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %v = %q, %v; want the error %q", tc.name, tc.data, got, err, tc.want)
		}
	}
}

func TestMdOlderPhrases(t *testing.T) {
	c := Code{Phrase: "Content Too Large", Aliases: []Alias{
		{Phrase: "Request Entity Too Large"},
		{Phrase: ""},
		{Phrase: "Payload <Too> Large"},
		{Phrase: "Request Entity Too Large"},
		{Phrase: "Content Too Large"},
	}}
	want := []string{"Request Entity Too Large", "Payload <Too> Large"}
	if got := mdOlderPhrases(c); !slices.Equal(got, want) {
		t.Errorf("mdOlderPhrases = %q, want %q", got, want)
	}
	if got := mdOlderPhrases(Code{Phrase: "OK"}); got != nil {
		t.Errorf("mdOlderPhrases without aliases = %q, want none", got)
	}
}
