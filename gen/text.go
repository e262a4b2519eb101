package gen

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// The text rules every string of a spec or config file obeys, checked as
// the file is read: no target can carry these characters safely.

// forbiddenText holds the characters no spec string may hold: control
// characters other than the line feed, the line and paragraph separators,
// and the bidirectional controls that can make code read differently than
// it runs ("Trojan Source"). checkText applies it; the schema's text
// patterns are built from it.
var forbiddenText = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0000, Hi: 0x0009, Stride: 1},
		{Lo: 0x000B, Hi: 0x001F, Stride: 1},
		{Lo: 0x007F, Hi: 0x009F, Stride: 1},
		{Lo: 0x061C, Hi: 0x061C, Stride: 1},
		{Lo: 0x200E, Hi: 0x200F, Stride: 1},
		{Lo: 0x2028, Hi: 0x202E, Stride: 1},
		{Lo: 0x2066, Hi: 0x2069, Stride: 1},
	},
	LatinOffset: 3,
}

// checkText rejects what no target can carry safely: invalid UTF-8 and the
// characters of forbiddenText. Fields that must be one line say so in
// their rules.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	for i, r := range s {
		if unicode.Is(forbiddenText, r) {
			return fmt.Errorf("text has the control character %U at byte %d", r, i)
		}
	}
	return nil
}
