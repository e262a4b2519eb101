package gen

import (
	"bytes"
	"encoding/json"
	"strings"
)

// tidy strips trailing white space from every line, folds runs of blank
// lines into one and ends the file with exactly one newline. It works in
// place (what it writes never overtakes what it reads), so that a large
// output costs no second copy.
func tidy(b []byte) ([]byte, error) {
	out := b[:0]
	blank := false // a blank line is due before the next non-blank one
	for len(b) > 0 {
		var line []byte
		line, b, _ = bytes.Cut(b, []byte("\n"))
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, '\n')
			blank = false
		}
		out = append(append(out, line...), '\n')
	}
	if len(out) == 0 {
		out = append(out, '\n')
	}
	return out, nil
}

// tidyMarkdown is tidy without touching trailing spaces, which Markdown
// reads as line breaks: it only folds blank lines and ends the file.
func tidyMarkdown(b []byte) ([]byte, error) {
	lines := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			l = ""
			if len(out) == 0 || out[len(out)-1] == "" {
				continue
			}
		}
		out = append(out, l)
	}
	return []byte(strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"), nil
}

// formatJSON checks that b is JSON and indents it by two spaces.
func formatJSON(b []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSpace(b), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
