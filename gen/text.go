package gen

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text rules every string of a spec or config file obeys, checked as
// the file is read: no target can carry these characters safely.

// checkText rejects what no target can carry safely: invalid UTF-8, control
// characters other than the line feed, U+2028/U+2029, and the bidirectional
// controls that can make code read differently than it runs ("Trojan
// Source"). Fields that must be one line check that themselves.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	for i, r := range s {
		if r == '\n' {
			continue
		}
		if unicode.IsControl(r) || isBidiControl(r) || r == '\u2028' || r == '\u2029' {
			return fmt.Errorf("text has the control character %U at byte %d", r, i)
		}
	}
	return nil
}

func isBidiControl(r rune) bool {
	switch {
	case r == '\u061C', r == '\u200E', r == '\u200F':
		return true
	case '\u202A' <= r && r <= '\u202E', '\u2066' <= r && r <= '\u2069':
		return true
	}
	return false
}

// checkLine accepts a field that must be one line (what names it in the
// message); checkText has already run on it.
func checkLine(o opt[string], what string) error {
	if o.Set && strings.Contains(o.Val, "\n") {
		return errorAt(o.At, "%s %q has a line break; it must be one line", what, o.Val)
	}
	return nil
}

// checkPhrase accepts one line without surrounding space.
func checkPhrase(o opt[string]) error {
	if strings.Contains(o.Val, "\n") {
		return errorAt(o.At, "phrase %q has a line break; a reason phrase is one line", o.Val)
	}
	if strings.TrimSpace(o.Val) != o.Val {
		return errorAt(o.At, "phrase %q has leading or trailing space", o.Val)
	}
	return nil
}
