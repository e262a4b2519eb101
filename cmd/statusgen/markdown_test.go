package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
)

// TestMarkdownWordsInTemplates: the page's words are in its templates, so
// a user who dumps them can reword every value line. The dumped templates
// render the built-in page byte for byte; after the words are replaced in
// words.md.tmpl, none of the old ones is left on the page.
func TestMarkdownWordsInTemplates(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := statusgen(t, testEnv(nil), "-dump-templates", dir); code != 0 {
		t.Fatalf("-dump-templates: status %d: %s", code, stderr)
	}
	page := filepath.Join(dir, "markdown", "status.md.tmpl")
	words := filepath.Join(dir, "markdown", "words.md.tmpl")
	for _, args := range [][]string{nil, {"-front-matter"}, {"-docs", "vitepress"}} {
		_, builtin, _ := statusgen(t, testEnv(nil), append([]string{"-lang", "markdown", "-o", "-"}, args...)...)
		code, dumped, stderr := statusgen(t, testEnv(nil), append([]string{"-lang", "markdown", "-template", page, "-o", "-"}, args...)...)
		if code != 0 || builtin == "" || dumped != builtin {
			t.Errorf("%q: the dumped templates render differently (status %d, %s)", args, code, stderr)
		}
	}

	data, err := os.ReadFile(words)
	if err != nil {
		t.Fatal(err)
	}
	french := strings.NewReplacer(
		"}yes{", "}oui{", "}no{", "}non{",
		"yes; the client repeats the request, method and content unchanged, at the new URI", "oui, à la même adresse",
		"yes; the client may switch a POST to GET when it follows the Location", "oui, POST peut devenir GET",
		"yes; the client fetches the new URI with GET (or HEAD), whatever the original method", "oui, par GET",
		"}permanent\n", "}permanent·e\n", "}temporary{", "}provisoire{", ", registered ", ", enregistré le ", ", expires ", ", expire le ",
		"unused; the number is reserved and has no meaning", "inutilisé",
		"obsoleted; servers should no longer send it", "obsolète",
	).Replace(string(data))
	if french == string(data) {
		t.Fatal("words.md.tmpl does not hold the words this test replaces")
	}
	writeFile(t, words, french)
	code, out, stderr := statusgen(t, testEnv(nil), "-lang", "markdown", "-template", page, "-o", "-")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	for _, want := range []string{
		"- Cacheable by default: oui\n", "- Content allowed: non\n", "- Retryable: oui. ",
		"- Redirect: oui, à la même adresse\n", "- Redirect: oui, POST peut devenir GET\n", "- Redirect: oui, par GET\n",
		"- Lifecycle: permanent·e\n", "- Lifecycle: provisoire, enregistré le ", "- Lifecycle: inutilisé\n", "- Lifecycle: obsolète\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the reworded page lacks %q", want)
		}
	}
	// The value lines are list items; descriptions and retry notes are
	// spec text.
	var values strings.Builder
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "- Redirect: ") || strings.HasPrefix(line, "- Lifecycle: ") || strings.HasPrefix(line, "- C") {
			values.WriteString(line + "\n")
		}
	}
	for _, old := range []string{": yes", ": no\n", "the client", "registered ", "reserved", "servers should", "Lifecycle: permanent\n"} {
		if strings.Contains(values.String(), old) {
			t.Errorf("the reworded page still says %q", old)
		}
	}
}

// TestMarkdownReplacesEarlierPage: a page that an earlier version wrote,
// with the marker as an HTML comment, is still statusgen's, so a run
// replaces it with the current form; -clean removes it as an orphan.
func TestMarkdownReplacesEarlierPage(t *testing.T) {
	dir := t.TempDir()
	earlier := "<!-- " + gen.Marker + " -->\n\n# HTTP status codes\n"
	page := filepath.Join(dir, "codes.md")
	writeFile(t, page, earlier)
	if code, _, stderr := statusgen(t, testEnv(nil), "-lang", "markdown", "-o", page); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	got, err := os.ReadFile(page)
	if err != nil || !strings.HasPrefix(string(got), `[//]: # "`+gen.Marker+`"`+"\n") {
		t.Errorf("the page starts %q (%v), want the current marker line", got[:min(len(got), 60)], err)
	}

	orphan := filepath.Join(dir, "old.md")
	writeFile(t, orphan, earlier)
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), "targets:\n  - lang: markdown\n    output: codes.md\n")
	if code, _, stderr := statusgen(t, testEnv(nil), "-config", filepath.Join(dir, "statusgen.yaml"), "-clean"); code != 0 || !strings.Contains(stderr, "old.md") {
		t.Errorf("-clean: status %d, stderr %q; want old.md removed", code, stderr)
	}
	if _, err := os.Stat(orphan); !os.IsNotExist(err) {
		t.Errorf("the earlier page is still there (%v)", err)
	}
}
