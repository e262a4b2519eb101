package httpstatus_test

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEExamplesRun holds the module's README (what pkg.go.dev shows
// above the API) to the Example functions: every Go block in it must be, line
// for line, part of one Example's body, output included, so go test runs it.
func TestREADMEExamplesRun(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	body := "\n" + strings.Join(trimmed(string(examples)), "\n") + "\n"
	blocks := goBlocks(string(readme))
	if len(blocks) < 3 {
		t.Fatalf("the README has %d Go blocks, want at least 3", len(blocks))
	}
	for _, block := range blocks {
		lines := trimmed(block)
		if !strings.Contains(body, "\n"+strings.Join(lines, "\n")+"\n") {
			t.Errorf("this README block is not an Example's code:\n%s", block)
		}
	}
}

// goBlocks returns the contents of the README's fenced ```go blocks that
// hold statements (an import line alone is not an example).
func goBlocks(md string) []string {
	var blocks []string
	for _, part := range strings.Split(md, "```go\n")[1:] {
		block, _, _ := strings.Cut(part, "```")
		if !strings.HasPrefix(block, "import ") {
			blocks = append(blocks, block)
		}
	}
	return blocks
}

// trimmed returns text's lines without indentation, blank lines dropped.
func trimmed(text string) []string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return lines
}
