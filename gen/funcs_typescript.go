package gen

import (
	"encoding/json"
	"text/template"
)

func typescriptFuncs() template.FuncMap {
	return template.FuncMap{
		"tsString": tsString,
	}
}

// tsString quotes s as a double-quoted JavaScript string literal. JSON
// encoding escapes quotes, backslashes, control characters, U+2028 and
// U+2029, and <, > and & (so "</script>" cannot end an inline script).
func tsString(s string) string {
	b, _ := json.Marshal(s) // a string always encodes
	return string(b)
}
