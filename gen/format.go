package gen

import (
	"bytes"
	"encoding/json"
)

// tidy strips trailing white space from every line, folds runs of blank
// lines into one and ends the file with exactly one newline. It works in
// place (what it writes never overtakes what it reads), so that a large
// output costs no second copy.
func tidy(b []byte) ([]byte, error) {
	trim := func(line []byte, _ bool) []byte { return bytes.TrimRight(line, " \t\r") }
	return foldLines(b, trim, func(line []byte) bool { return len(line) == 0 }), nil
}

// tidyMarkdown is tidy without touching trailing spaces, which Markdown
// reads as line breaks: it only ends lines with LF, folds blank lines
// (white space only) and ends the file. It works in place, like tidy.
func tidyMarkdown(b []byte) ([]byte, error) {
	trim := func(line []byte, broken bool) []byte {
		if broken {
			return bytes.TrimSuffix(line, []byte("\r"))
		}
		return line
	}
	return foldLines(b, trim, func(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }), nil
}

// foldLines rewrites b in place, line by line: each line as trim gives it
// (broken tells whether a line break ended it), every run of lines that
// blank reports blank folded into one empty line, none at the start or the
// end, and every line ended by LF.
func foldLines(b []byte, trim func(line []byte, broken bool) []byte, blank func(line []byte) bool) []byte {
	out := b[:0]
	due := false // an empty line is due before the next non-blank one
	for len(b) > 0 {
		line, rest, broken := bytes.Cut(b, []byte("\n"))
		b = rest
		if line = trim(line, broken); blank(line) {
			due = len(out) > 0
			continue
		}
		if due {
			out = append(out, '\n')
			due = false
		}
		out = append(append(out, line...), '\n')
	}
	if len(out) == 0 {
		out = append(out, '\n')
	}
	return out
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
