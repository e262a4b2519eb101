package gen

import (
	"fmt"
	doccomment "go/doc/comment"
	"strconv"
	"strings"
	"text/template"
)

// The built-in Go template prints gofmt's layout itself, so that Render
// need not run go/format over its output (a third of a Go run's time):
// these helpers align what gofmt aligns and lay out a doc comment as gofmt
// would. TestGoOutputIsGofmtClean and FuzzRender hold the output to
// go/format.

func goFuncs() template.FuncMap {
	return template.FuncMap{
		// goString quotes s as a Go string literal.
		"goString": strconv.Quote,
		"goWidth":  goWidth,
		"goPad":    goPad,
		"goDoc":    goDoc,
	}
}

// goWidth is the length of the longest Go identifier of codes or classes
// ([]Code or []Class): the width of the name column gofmt aligns in a
// const block of them.
func goWidth(items any) (int, error) {
	w := 0
	switch items := items.(type) {
	case []Code:
		for _, c := range items {
			w = max(w, len(c.Ident.Go))
		}
	case []Class:
		for _, c := range items {
			w = max(w, len(c.Ident.Go))
		}
	default:
		return 0, fmt.Errorf("goWidth: want codes or classes, got %T", items)
	}
	return w, nil
}

// goPad pads the identifier name with spaces to width columns, as gofmt
// aligns the names of a const block. Go identifiers from a spec are ASCII,
// so bytes are columns.
func goPad(width int, name string) string {
	if n := width - len(name); n > 0 {
		return name + strings.Repeat(" ", n)
	}
	return name
}

// goDoc renders paragraphs (the empty ones left out) as a Go doc comment
// of // lines wrapped at 78 columns, laid out exactly as gofmt lays out a
// doc comment (go/printer's formatDocComment, with go/doc/comment): a
// spec's text may hold what gofmt would rewrite, such as a line that reads
// as a heading, or runs of blank lines.
func goDoc(paragraphs ...string) string {
	var text []string
	for _, p := range paragraphs {
		if p != "" {
			text = append(text, p)
		}
	}
	wrapped := comment("// ", 78, strings.Join(text, "\n\n"))
	var raw strings.Builder
	for _, line := range strings.Split(wrapped, "\n") {
		raw.WriteString(strings.TrimPrefix(strings.TrimPrefix(line, "//"), " "))
		raw.WriteByte('\n')
	}
	var p doccomment.Parser
	var pr doccomment.Printer
	formatted := strings.TrimSuffix(string(pr.Comment(p.Parse(raw.String()))), "\n")
	lines := strings.Split(formatted, "\n")
	for i, line := range lines {
		switch {
		case line == "":
			lines[i] = "//"
		case strings.HasPrefix(line, "\t"):
			lines[i] = "//" + line
		default:
			lines[i] = "// " + line
		}
	}
	return strings.Join(lines, "\n")
}
