package main

import (
	"flag"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestManual keeps the manual, main.go's doc comment that go doc shows, in
// step with the command: every flag that flags() defines is described
// there, its usage lines are the ones -h prints, and every flag a
// statusgen command line in README.md gives is one that exists.
func TestManual(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "main.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	manual := f.Doc.Text()
	defined := map[string]bool{}
	(&cli{}).flags().VisitAll(func(fl *flag.Flag) {
		defined[fl.Name] = true
		if !regexp.MustCompile(`(^|[\s(\[])-` + regexp.QuoteMeta(fl.Name) + `\b`).MatchString(manual) {
			t.Errorf("the manual (main.go's doc comment) does not describe -%s", fl.Name)
		}
	})
	_, rest, _ := strings.Cut(manual, "Usage:\n\n")
	synopsis, _, _ := strings.Cut(rest, "\n\n")
	var lines []string
	for _, l := range strings.Split(synopsis, "\n") {
		lines = append(lines, "  "+strings.TrimSpace(l))
	}
	if want := "usage:\n" + strings.Join(lines, "\n") + "\n\n"; !strings.HasPrefix(usage, want) {
		t.Errorf("-h's usage lines differ from the manual's:\n%s\nwant them to start\n%s", usage, want)
	}

	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	given := regexp.MustCompile(`(?:^|\s)-([a-z][a-z-]*)`)
	commands := 0
	for _, line := range strings.Split(string(readme), "\n") {
		if !regexp.MustCompile(`^\s*(//go:generate )?(go tool )?statusgen `).MatchString(line) {
			continue
		}
		commands++
		command, _, _ := strings.Cut(line, "#")
		for _, m := range given.FindAllStringSubmatch(command, -1) {
			if !defined[m[1]] {
				t.Errorf("README.md gives the flag -%s, which statusgen does not define: %s", m[1], strings.TrimSpace(line))
			}
		}
	}
	if commands == 0 {
		t.Error("README.md has no statusgen command line")
	}
}
