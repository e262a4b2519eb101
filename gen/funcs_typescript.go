package gen

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/template"
)

func typescriptFuncs() template.FuncMap {
	return template.FuncMap{
		"tsString":    tsString,
		"jsdoc":       jsdoc,
		"jsdocInline": jsdocInline,
		"codesWith":   codesWith,
	}
}

// tsString quotes s as a double-quoted JavaScript string literal. JSON
// encoding escapes quotes, backslashes, control characters, U+2028 and
// U+2029, and <, > and & (so "</script>" cannot end an inline script).
func tsString(s string) string {
	b, _ := json.Marshal(s) // a string always encodes
	return string(b)
}

// jsdocLineBreaks normalizes every line break JavaScript knows (CR LF, CR,
// U+2028, U+2029) to LF, so generated files keep LF line endings.
var jsdocLineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n")

// jsdocEscaper escapes what must not appear in a /** */ block: "*/" would
// end the comment, and "</" could end an inline <script> holding the
// compiled module ("</script>"); each slash gets a backslash, as JSDoc
// writers do by hand.
var jsdocEscaper = strings.NewReplacer("*/", `*\/`, "</", `<\/`)

// jsdocEscape makes text safe inside a /** */ block.
func jsdocEscape(text string) string {
	return jsdocEscaper.Replace(text)
}

// jsdoc renders text as the body lines of a /** */ comment: wrapped at width
// columns, every line starting with prefix (such as " * "), line breaks in
// text kept. The text can never end the comment ("*/" is escaped) nor start
// a block tag: a line that would start with "@" gets a backslash first, so a
// description that says "@deprecated" does not deprecate anything.
func jsdoc(prefix string, width int, text string) string {
	lines := strings.Split(comment(prefix, width, jsdocEscape(jsdocLineBreaks.Replace(text))), "\n")
	for i, l := range lines {
		if rest, ok := strings.CutPrefix(l, prefix); ok && strings.HasPrefix(rest, "@") {
			lines[i] = prefix + `\` + rest
		}
	}
	return strings.Join(lines, "\n")
}

// jsdocInline renders text for one line of a /** */ comment, after a tag
// such as @see: line breaks and runs of white space become single spaces,
// and "*/" is escaped.
func jsdocInline(text string) string {
	return jsdocEscape(strings.Join(strings.Fields(jsdocLineBreaks.Replace(text)), " "))
}

// codesWith returns the codes that have a property, for the TypeScript
// target's switch statements, which must not hold a bare "return" when no
// code matches. The properties: cacheable, noContent (content not allowed),
// retryable.
func codesWith(property string, codes []Code) ([]Code, error) {
	var has func(Code) bool
	switch property {
	case "cacheable":
		has = func(c Code) bool { return c.Cacheable }
	case "noContent":
		has = func(c Code) bool { return !c.ContentAllowed }
	case "retryable":
		has = func(c Code) bool { return c.Retryable }
	default:
		return nil, fmt.Errorf("codesWith: unknown property %q", property)
	}
	var out []Code
	for _, c := range codes {
		if has(c) {
			out = append(out, c)
		}
	}
	return out, nil
}
