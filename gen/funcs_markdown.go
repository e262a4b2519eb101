package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// The Markdown target prints spec strings as text, never as markup: every
// helper here escapes what CommonMark, GitHub-flavoured Markdown and the
// common docs generators (MkDocs, Hugo, Docusaurus, VitePress) would
// otherwise read as syntax, or computes an anchor or a list the page
// prints. The page's words are in its templates (templates/markdown).

func markdownFuncs() template.FuncMap {
	return template.FuncMap{
		"mdText":         mdText,
		"mdBlock":        mdBlock,
		"mdCell":         mdCell,
		"mdCode":         mdCode,
		"mdSlug":         mdSlug,
		"mdHeading":      mdHeading,
		"mdAnchor":       mdAnchor,
		"mdClassHeading": mdClassHeading,
		"mdLink":         mdLink,
		"mdURL":          mdURL,
		"mdYAMLString":   mdYAMLString,
		"mdOlderPhrases": mdOlderPhrases,
		"mdNameList":     mdNameList,
	}
}

// mdText escapes s as one line of inline Markdown text that renders as s
// (line breaks become spaces, surrounding spaces are dropped):
//
//   - <, > and & become the entities &lt; &gt; &amp;, so no HTML tag,
//     comment or entity survives, with raw HTML allowed or not;
//   - | ~ $ become numeric entities: a pipe never splits a table cell,
//     ~~ is no strikethrough and $ no math; entities, unlike backslash
//     escapes of these characters, also work in Python-Markdown (MkDocs);
//   - \ ` * _ [ ] { } # get a backslash: no code span, emphasis, link,
//     image, heading closing sequence, Hugo shortcode or MDX expression;
//   - at the start, the markers of list items (- + 1. 1)) are escaped, so
//     the text can follow a list marker or start a paragraph;
//   - a brace before { or # gets a word joiner (U+2060, invisible) after
//     it, so that no Vue expression (VitePress) or heading id (Docusaurus)
//     starts there;
//   - at the start, "import ", "export " and a colon are escaped as
//     docs generators need (see escapeStart);
//   - nothing turns into a link where renderers link bare text (GFM's
//     autolink extension on GitHub, goldmark's Linkify, markdown-it's
//     linkify): see breakAutolink.
func mdText(s string) string {
	return escapeLine(strings.Trim(oneLine(s), " \t"))
}

// oneLine turns each line break of s (CR LF, LF, CR) into a space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// mdSpecial are the bytes escapeLine may change; a string without any of
// them is printed as it is.
const mdSpecial = "<>&|~$\\`*_[]{}#-+.)/@"

// escapeLine escapes one line of text, trimmed and without line breaks.
func escapeLine(s string) string {
	start := escapeStart(s)
	if start == "" && !strings.ContainsAny(s, mdSpecial) {
		return s
	}
	var special [2]uint64 // mdSpecial's bytes, as bits
	for i := 0; i < len(mdSpecial); i++ {
		special[mdSpecial[i]/64] |= 1 << (mdSpecial[i] % 64)
	}
	plain := func(c byte) bool { return c < utf8.RuneSelf && special[c/64]&(1<<(c%64)) == 0 }
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	b.WriteString(start)
	i := 0
	if start != "" {
		_, i = utf8.DecodeRuneInString(s) // the start escape stands for it
	}
	for i < len(s) {
		if plain(s[i]) { // a run of ASCII that prints as it is
			j := i + 1
			for j < len(s) && plain(s[j]) {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		escapeRune(&b, s, i, r)
		i += size
	}
	return b.String()
}

// escapeRune writes the escape of the rune r at byte i of s, a line that
// escapeLine escapes (r itself where it needs none).
func escapeRune(b *strings.Builder, s string, i int, r rune) {
	if esc := breakAutolink(s, i, r); esc != "" {
		b.WriteString(esc)
		return
	}
	switch r {
	case '<':
		b.WriteString("&lt;")
	case '>':
		b.WriteString("&gt;")
	case '&':
		b.WriteString("&amp;")
	case '|':
		b.WriteString("&#124;")
	case '~':
		b.WriteString("&#126;")
	case '$':
		b.WriteString("&#36;")
	case '{':
		// Docs generators read some of the rendered text again, where
		// escapes no longer count: VitePress compiles the page as a Vue
		// template, in which {{ starts an expression, and Docusaurus
		// takes {#id} at the end of a heading for its id. A word
		// joiner after the brace breaks both.
		b.WriteString(`\{`)
		if next := s[i+1:]; strings.HasPrefix(next, "{") || strings.HasPrefix(next, "#") {
			b.WriteString("&#8288;")
		}
	case '\\', '`', '*', '_', '[', ']', '}', '#':
		b.WriteByte('\\')
		b.WriteRune(r)
	case '-', '+':
		if i == 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	case '.', ')':
		// An ordered list marker: up to nine digits, then . or ) and a
		// space or the end.
		if i > 0 && i <= 9 && strings.Trim(s[:i], "0123456789") == "" && (i+1 == len(s) || s[i+1] == ' ') {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	default:
		b.WriteRune(r)
	}
}

// escapeStart returns the escape of what docs generators read as their
// own syntax at the start of a line, where a paragraph of s may start, or
// "" when s starts with nothing of the kind: MDX (Docusaurus) reads a line
// starting with "import " or "export " as JavaScript, and ::: opens a
// container (VitePress) or an admonition (Docusaurus). A character
// reference for the first character breaks each; a backslash before a
// colon would show in Python-Markdown (MkDocs).
func escapeStart(s string) string {
	switch {
	case strings.HasPrefix(s, "import "):
		return "&#105;"
	case strings.HasPrefix(s, "export "):
		return "&#101;"
	case strings.HasPrefix(s, ":"):
		return "&#58;"
	}
	return ""
}

// breakAutolink returns the escape for the rune r at byte i of s when r is
// where a renderer would start or continue a link found in bare text, and
// "" otherwise. Each break was tried in cmark-gfm (GitHub), goldmark with
// Linkify and markdown-it with linkify (fuzzy links, e-mails and IPs on):
//
//   - a dot inside a name (www.example.com, README.md, пример.рф), and
//     any dot after a word www, gets a backslash, which ends a domain for
//     all three; between digits only in a dotted quad (127.0.0.1), so 1.1
//     and 15.5.5 stay as they are;
//   - the second slash of // (https://, //host) is written &#47;, so no
//     scheme or protocol-relative link is found (a backslash before a
//     slash would show in Python-Markdown, MkDocs' renderer);
//   - an @ after a character an e-mail address may hold gets a word
//     joiner (U+2060, invisible, written &#8288;) before it: cmark-gfm
//     finds e-mail addresses after joining the text back, escapes and
//     entities included, so only a character it does not allow in an
//     address breaks one.
func breakAutolink(s string, i int, r rune) string {
	switch r {
	case '.':
		if afterWWW(s, i) {
			return `\.`
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if !isAlnum(prev) || !isAlnum(next) {
			return ""
		}
		if unicode.IsDigit(prev) && unicode.IsDigit(next) && !inDottedQuad(s, i) {
			return ""
		}
		return `\.`
	case '/':
		if i > 0 && s[i-1] == '/' {
			return "&#47;"
		}
	case '@':
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); isAlnum(prev) || strings.ContainsRune("._+-", prev) {
			return "&#8288;@"
		}
	}
	return ""
}

// afterWWW reports whether the dot at byte i ends a word "www" (any case),
// which GFM's autolink extension links whatever follows.
func afterWWW(s string, i int) bool {
	if i < 3 || !strings.EqualFold(s[i-3:i], "www") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i-3])
	return i == 3 || !isAlnum(prev)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// inDottedQuad reports whether the dot at byte i is inside a run of digits
// and dots with three dots or more, as an IPv4 address.
func inDottedQuad(s string, i int) bool {
	start, end := i, i
	for start > 0 && (isDigit(s[start-1]) || s[start-1] == '.') {
		start--
	}
	for end < len(s) && (isDigit(s[end]) || s[end] == '.') {
		end++
	}
	return strings.Count(s[start:end], ".") >= 3
}

// mdBlock escapes multi-line text (a description) as Markdown paragraphs:
// each non-blank line of s becomes a paragraph of mdText, so that a line
// break never starts a heading, list, table, quote or code block.
func mdBlock(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		if t := mdText(line); t != "" {
			paras = append(paras, t)
		}
	}
	return strings.Join(paras, "\n\n")
}

// mdCell is mdText for a GFM table cell: one line in which a | cannot end
// the cell; an empty s gives an em dash, so that no cell looks forgotten.
func mdCell(s string) string {
	if t := mdText(s); t != "" {
		return t
	}
	return "—"
}

// mdCode returns s as a code span, its fence longer than any run of
// backticks in s. Not for table cells, where a | would split the cell.
func mdCode(s string) string {
	s = oneLine(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	// A code span drops one space at each end when both ends have one, and
	// a backtick at an end would join the fence: pad with a space.
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") ||
		len(s) > 1 && s[0] == ' ' && s[len(s)-1] == ' ' && strings.Trim(s, " ") != "" {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdSlug returns the id that goldmark's auto heading IDs (parser
// WithAutoHeadingID, as Hugo and this project's tests use) give a heading
// whose Markdown source is src: surrounding space trimmed, ASCII letters
// and digits kept (lower-cased), each space, - and _ turned into -, every
// other character dropped (non-ASCII too), "heading" when nothing is left.
// For headings of ASCII letters, digits, spaces, hyphens and punctuation
// other than _ < > & it is also GitHub's anchor: "404 Not Found" gives
// "404-not-found".
func mdSlug(src string) string {
	src = strings.Trim(src, " \t\n\v\f\r")
	var b strings.Builder
	for _, r := range src {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case 'A' <= r && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == ' ', r == '\t', r == '\n', r == '\v', r == '\f', r == '\r', r == '-', r == '_':
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "heading"
	}
	return b.String()
}

// mdHeading returns the Markdown source of a code's heading: "404 Not
// Found", the phrase escaped.
func mdHeading(code int, phrase string) string {
	h := strconv.Itoa(code)
	if t := mdText(phrase); t != "" {
		h += " " + t
	}
	return h
}

// mdAnchor returns the id of a code's heading, which the summary table
// links to: "404-not-found". It starts with the code and a hyphen, so codes
// that share a phrase (306 and 418, "Unused") get distinct anchors, and no
// other heading of the page (none starts with three digits) takes it first.
func mdAnchor(code int, phrase string) string {
	return mdSlug(mdHeading(code, phrase))
}

// mdClassHeading returns the Markdown source of a class's heading: "4xx
// Client Error".
func mdClassHeading(c Class) string {
	h := strconv.Itoa(c.Digit) + "xx"
	if t := mdText(c.Name); t != "" {
		h += " " + t
	}
	return h
}

// mdLink returns a Markdown link with text escaped by mdText and rawURL
// made safe by mdURL.
func mdLink(text, rawURL string) (string, error) {
	u, err := mdURL(rawURL)
	if err != nil {
		return "", err
	}
	t := mdText(text)
	if t == "" {
		t = mdText(rawURL)
	}
	return "[" + t + "](" + u + ")", nil
}

// mdURL checks that rawURL is an absolute http(s) URL and percent-encodes
// what would end or change a Markdown link destination or a table cell:
// space, control and non-ASCII characters, < > ( ) | \ ` " ' { } ^. An & that
// would start an entity reference becomes &amp;.
func mdURL(rawURL string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("link %q is not an absolute http(s) URL", rawURL)
	}
	s := u.String()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c <= ' ' || c >= 0x7f || strings.IndexByte("<>()|\\`\"'{}^", c) >= 0:
			fmt.Fprintf(&b, "%%%02X", c)
		case c == '&' && entityAt(s[i:]):
			b.WriteString("&amp;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// entityAt reports whether s starts with something CommonMark reads as an
// entity or numeric character reference: & then name or number, then ;.
func entityAt(s string) bool {
	end := strings.IndexByte(s, ';')
	if end < 2 {
		return false
	}
	body := s[1:end]
	if body[0] == '#' {
		body = body[1:]
		if body != "" && (body[0] == 'x' || body[0] == 'X') {
			body = body[1:]
		}
	}
	if body == "" {
		return false
	}
	for _, r := range body {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// mdYAMLString quotes s as a YAML double-quoted scalar (JSON's syntax, which
// YAML reads alike), for front matter.
func mdYAMLString(s string) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

// mdNameList prints a code's names (its Names) as a list, in their order:
// each language's title as text, a space and its names as code spans,
// joined by or; the languages joined by sep. One call, where the page
// spent a third of its time comparing and escaping name by name through
// the template; the words stay the template's.
func mdNameList(names []LangName, sep, or string) string {
	var b strings.Builder
	for i, n := range names {
		switch {
		case i > 0 && n.Lang == names[i-1].Lang:
			b.WriteString(or)
		case i > 0:
			b.WriteString(sep)
			fallthrough
		default:
			b.WriteString(mdText(n.Title))
			b.WriteByte(' ')
		}
		b.WriteString(mdCode(n.Name))
	}
	return b.String()
}

// mdOlderPhrases lists the phrases of c's aliases, in spec order, without
// repeats or the current phrase; the page prints each as text.
func mdOlderPhrases(c Code) []string {
	var out []string
	seen := map[string]bool{c.Phrase: true}
	for _, a := range c.Aliases {
		if a.Phrase == "" || seen[a.Phrase] {
			continue
		}
		seen[a.Phrase] = true
		out = append(out, a.Phrase)
	}
	return out
}
