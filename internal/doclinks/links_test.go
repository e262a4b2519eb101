package doclinks

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// root is the repository, from this package's directory.
const root = "../.."

// documents are the files whose links are checked, relative to root.
func documents(t *testing.T) []string {
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := filepath.Glob(filepath.Join(root, "output", "*", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{filepath.Join(root, "README.md"), filepath.Join(root, "CONTRIBUTING.md")}
	files = append(files, docs...)
	return append(files, pkgs...)
}

// page is one parsed Markdown document: its links and the anchors its
// headings get on GitHub.
type page struct {
	links   []string
	anchors map[string]bool
}

// parse reads the Markdown file at path as GitHub does (GFM).
func parse(t *testing.T, path string) page {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	p := page{anchors: map[string]bool{}}
	seen := map[string]int{}
	err = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			p.links = append(p.links, string(n.Destination))
		case *ast.Image:
			p.links = append(p.links, string(n.Destination))
		case *ast.Heading:
			slug := githubSlug(plainText(n, src))
			if k := seen[slug]; k > 0 {
				p.anchors[fmt.Sprintf("%s-%d", slug, k)] = true
			} else {
				p.anchors[slug] = true
			}
			seen[slug]++
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// plainText is a heading's text as GitHub slugs it: its text and code
// spans, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
		case *ast.String:
			b.Write(c.Value)
		default:
			b.WriteString(plainText(c, src))
		}
	}
	return b.String()
}

// githubSlug is the anchor GitHub gives a heading: lower case, letters,
// digits, spaces, hyphens and underscores kept, every space a hyphen.
func githubSlug(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

var scheme = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)

// TestDocLinks: every relative link of the documents points at a file or
// directory that exists, and every fragment at a heading of its page (the
// same page for "#anchor"), by GitHub's anchors.
func TestDocLinks(t *testing.T) {
	pages := map[string]page{}
	get := func(path string) page {
		if p, ok := pages[path]; ok {
			return p
		}
		p := parse(t, path)
		pages[path] = p
		return p
	}
	checked := 0
	for _, file := range documents(t) {
		name, _ := filepath.Rel(root, file)
		for _, link := range get(file).links {
			if scheme.MatchString(link) {
				continue
			}
			checked++
			target, fragment, _ := strings.Cut(link, "#")
			path := file
			if target != "" {
				path = filepath.Join(filepath.Dir(file), filepath.FromSlash(target))
				if _, err := os.Stat(path); err != nil {
					t.Errorf("%s: the link %q points at nothing: %v", name, link, err)
					continue
				}
			}
			if fragment == "" {
				continue
			}
			if !strings.HasSuffix(path, ".md") {
				t.Errorf("%s: the link %q has an anchor into a file that is not Markdown", name, link)
				continue
			}
			if !get(path).anchors[fragment] {
				t.Errorf("%s: the link %q names no heading of %s", name, link, filepath.Base(path))
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d relative links checked", checked)
	}
}

// TestGithubSlug pins the anchors GitHub gives the kinds of heading these
// documents have.
func TestGithubSlug(t *testing.T) {
	for heading, want := range map[string]string{
		"Rust: StatusCode": "rust-statuscode",
		"C#: HttpStatusCode, StatusCodes, ReasonPhrases": "c-httpstatuscode-statuscodes-reasonphrases",
		"go tool and the faster recipes":                 "go-tool-and-the-faster-recipes",
		"Checking a spec against the IANA registry":      "checking-a-spec-against-the-iana-registry",
		"Phrase, alias and versioning policy":            "phrase-alias-and-versioning-policy",
		"What statusgen guarantees":                      "what-statusgen-guarantees",
		"404 Not Found":                                  "404-not-found",
		"Coming from http.HTTPStatus":                    "coming-from-httphttpstatus",
	} {
		if got := githubSlug(heading); got != want {
			t.Errorf("githubSlug(%q) = %q, want %q", heading, got, want)
		}
	}
}

// TestDocTestNames: every test a document names (`TestSomething`, as the
// guarantees name the tests that hold them) is a test function somewhere
// in the repository, so that a renamed or removed test cannot leave a
// promise pointing at nothing.
func TestDocTestNames(t *testing.T) {
	defined := map[string]bool{}
	funcTest := regexp.MustCompile(`(?m)^func (Test\w+)\(`)
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range funcTest.FindAllSubmatch(src, -1) {
			defined[string(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile("`(Test[A-Z]\\w*)`")
	count := 0
	for _, file := range documents(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, file)
		for _, m := range named.FindAllStringSubmatch(string(src), -1) {
			count++
			if !defined[m[1]] {
				t.Errorf("%s names %s, which is no test", name, m[1])
			}
		}
	}
	if count < 30 {
		t.Errorf("only %d test names found in the documents", count)
	}
}
