package httpstatus_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/output/go/httpstatus"
)

// readmeBullet returns the bullet of the README's "Differences from
// net/http" that starts with lead in bold.
func readmeBullet(t *testing.T, lead string) string {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(data), "## Differences from net/http")
	section, _, _ = strings.Cut(section, "\n## ")
	_, bullet, ok := strings.Cut(section, "- **"+lead)
	if !ok {
		t.Fatalf("the README's differences have no bullet %q", lead)
	}
	bullet, _, _ = strings.Cut(bullet, "\n- **")
	return bullet
}

// readmePhrases is the README's table of phrases: code -> net/http's
// phrase and ours.
func readmePhrases(t *testing.T) map[int][2]string {
	t.Helper()
	rows := map[int][2]string{}
	row := regexp.MustCompile(`(?m)^ *\| (\d{3}) \| "(.*)" \| "(.*)" \|$`)
	for _, m := range row.FindAllStringSubmatch(readmeBullet(t, "Phrases"), -1) {
		code, _ := strconv.Atoi(m[1])
		rows[code] = [2]string{m[2], m[3]}
	}
	if len(rows) == 0 {
		t.Fatalf("the README's phrase table has %d rows", len(rows))
	}
	return rows
}

var quotedName = regexp.MustCompile("`(Status[A-Za-z0-9]+)`")

// names returns the constant names a README text quotes, in order.
func names(text string) []string {
	var out []string
	for _, m := range quotedName.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

// ourConstants parses status.go: every Status constant, and whether its
// doc comment deprecates it.
func ourConstants(t *testing.T) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "status.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for _, n := range vs.Names {
				if strings.HasPrefix(n.Name, "Status") {
					consts[n.Name] = vs.Doc != nil && strings.Contains(vs.Doc.Text(), "Deprecated: ")
				}
			}
		}
	}
	if len(consts) < 64 {
		t.Fatalf("found only %d Status constants in status.go", len(consts))
	}
	return consts
}

func sorted(list []string) []string {
	list = slices.Clone(list)
	sort.Strings(list)
	return slices.Compact(list)
}

// TestREADMEDifferences holds the README's list of differences from
// net/http to the net/http of the running Go and to status.go: every
// difference is listed, and every listed one is real.
func TestREADMEDifferences(t *testing.T) {
	theirs := netHTTPConstants(t)
	ours := ourConstants(t)

	// Phrases: the table is every code whose phrase differs, exactly.
	table := readmePhrases(t)
	for code := 100; code < 600; code++ {
		their, our := http.StatusText(code), httpstatus.StatusText(code)
		row, listed := table[code]
		switch {
		case their == "" || their == our:
			if listed {
				t.Errorf("the README lists %d's phrase, but net/http and httpstatus agree (%q, %q)", code, their, our)
			}
		case !listed:
			t.Errorf("%d: net/http says %q, httpstatus %q; the README's table lacks it", code, their, our)
		case row != [2]string{their, our}:
			t.Errorf("%d: the README's row says %q, %q; they are %q, %q", code, row[0], row[1], their, our)
		}
	}

	// Renamed: net/http's names that are deprecated here, each with the
	// registry's name for its code.
	renamed := regexp.MustCompile("`(Status[A-Za-z0-9]+)` for\\s+`(Status[A-Za-z0-9]+)`").FindAllStringSubmatch(readmeBullet(t, "Renamed constants"), -1)
	var olds, news []string
	for _, m := range renamed {
		old, current := m[1], m[2]
		olds, news = append(olds, old), append(news, current)
		c, ok := httpstatus.Lookup(current)
		if _, inNetHTTP := theirs[old]; !inNetHTTP || !ours[old] || !ok || c.Name() != current || theirs[old] != int(c) {
			t.Errorf("README: %s for %s: net/http has %s: %v; deprecated here: %v; %s is %d's name: %v", old, current, old, inNetHTTP, ours[old], current, c, ok && c.Name() == current)
		}
	}
	var theirsDeprecated []string
	for name := range theirs {
		if ours[name] {
			theirsDeprecated = append(theirsDeprecated, name)
		}
	}
	if got, want := sorted(olds), sorted(theirsDeprecated); !slices.Equal(got, want) {
		t.Errorf("the README's renamed constants are %v; net/http's names deprecated here are %v", got, want)
	}

	// Extra: the constants net/http lacks, but for the registry's names of
	// renamed codes; the older ones are deprecated, the others are codes
	// net/http lacks.
	codes, older, ok := strings.Cut(readmeBullet(t, "Extra constants"), "older names")
	if !ok {
		t.Fatal("the README's extra constants do not say which are older names")
	}
	var onlyOurs, deprecated []string
	for name, dep := range ours {
		if _, inNetHTTP := theirs[name]; !inNetHTTP && !slices.Contains(news, name) {
			onlyOurs = append(onlyOurs, name)
		}
		if dep {
			deprecated = append(deprecated, name)
		}
	}
	if got, want := sorted(append(names(codes), names(older)...)), sorted(onlyOurs); !slices.Equal(got, want) {
		t.Errorf("the README's extra constants are %v; httpstatus has %v that net/http lacks", got, want)
	}
	for _, name := range names(codes) {
		if c, _ := httpstatus.Lookup(name); ours[name] || http.StatusText(int(c)) != "" {
			t.Errorf("README: %s is listed as a code net/http lacks; deprecated: %v, net/http's phrase: %q", name, ours[name], http.StatusText(int(c)))
		}
	}
	if got, want := sorted(append(olds, names(older)...)), sorted(deprecated); !slices.Equal(got, want) {
		t.Errorf("the README names %v as deprecated; status.go deprecates %v", got, want)
	}
}
