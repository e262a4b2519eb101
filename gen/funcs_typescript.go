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
		"tsLegacy":    tsLegacy,
	}
}

// tsString quotes s as a double-quoted JavaScript string literal. JSON
// encoding escapes quotes, backslashes, control characters, U+2028 and
// U+2029, and <, > and & (so "</script>" cannot end an inline script).
func tsString(s string) string {
	if plainASCII(s, `"\<>&`) {
		return `"` + s + `"`
	}
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
	if !strings.Contains(text, "*/") && !strings.Contains(text, "</") {
		return text
	}
	return jsdocEscaper.Replace(text)
}

// jsdocBreakLines is jsdocLineBreaks.Replace, without building a copy of
// text that has no line break to normalize.
func jsdocBreakLines(text string) string {
	if strings.IndexByte(text, '\r') < 0 && strings.IndexByte(text, "\u2028"[0]) < 0 { // U+2028 and U+2029 share their first byte
		return text
	}
	return jsdocLineBreaks.Replace(text)
}

// jsdoc renders text as the body lines of a /** */ comment: wrapped at width
// columns, every line starting with prefix (such as " * "), line breaks in
// text kept. The text can never end the comment ("*/" is escaped) nor start
// a block tag: a line that would start with "@" gets a backslash first, so a
// description that says "@deprecated" does not deprecate anything.
func jsdoc(prefix string, width int, text string) string {
	return escapeLeadingAt(comment(prefix, width, jsdocEscape(jsdocBreakLines(text))), prefix)
}

// jsdocInline renders text for one line of a /** */ comment, after a tag
// such as @see: line breaks and runs of white space become single spaces,
// and "*/" is escaped.
func jsdocInline(text string) string {
	if plainASCII(text, "") && !strings.HasPrefix(text, " ") && !strings.HasSuffix(text, " ") && !strings.Contains(text, "  ") {
		return jsdocEscape(text) // its white space is single spaces between words already
	}
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
	n := 0
	for _, c := range codes {
		if has(c) {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]Code, 0, n) // codes are large: copy each once
	for _, c := range codes {
		if has(c) {
			out = append(out, c)
		}
	}
	return out, nil
}

// tsLegacyNames are the top-level constants of http-status-codes 1.x,
// which its 2.x still exports, deprecated, by name and as members of its
// default export: the names a drop-in answers to. The list is a fact about
// that package (its 2.3.0 legacy module), not about the registry: 419
// INSUFFICIENT_SPACE_ON_RESOURCE and 420 METHOD_FAILURE are on it, and
// 2.x's newer names (EARLY_HINTS, MISDIRECTED_REQUEST, ...) are not.
func tsLegacyNames() []string {
	return []string{
		"CONTINUE", "SWITCHING_PROTOCOLS", "PROCESSING",
		"OK", "CREATED", "ACCEPTED", "NON_AUTHORITATIVE_INFORMATION", "NO_CONTENT", "RESET_CONTENT",
		"PARTIAL_CONTENT", "MULTI_STATUS",
		"MULTIPLE_CHOICES", "MOVED_PERMANENTLY", "MOVED_TEMPORARILY", "SEE_OTHER", "NOT_MODIFIED",
		"USE_PROXY", "TEMPORARY_REDIRECT", "PERMANENT_REDIRECT",
		"BAD_REQUEST", "UNAUTHORIZED", "PAYMENT_REQUIRED", "FORBIDDEN", "NOT_FOUND", "METHOD_NOT_ALLOWED",
		"NOT_ACCEPTABLE", "PROXY_AUTHENTICATION_REQUIRED", "REQUEST_TIMEOUT", "CONFLICT", "GONE",
		"LENGTH_REQUIRED", "PRECONDITION_FAILED", "REQUEST_TOO_LONG", "REQUEST_URI_TOO_LONG",
		"UNSUPPORTED_MEDIA_TYPE", "REQUESTED_RANGE_NOT_SATISFIABLE", "EXPECTATION_FAILED", "IM_A_TEAPOT",
		"INSUFFICIENT_SPACE_ON_RESOURCE", "METHOD_FAILURE", "UNPROCESSABLE_ENTITY", "LOCKED",
		"FAILED_DEPENDENCY", "PRECONDITION_REQUIRED", "TOO_MANY_REQUESTS", "REQUEST_HEADER_FIELDS_TOO_LARGE",
		"INTERNAL_SERVER_ERROR", "NOT_IMPLEMENTED", "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT",
		"HTTP_VERSION_NOT_SUPPORTED", "INSUFFICIENT_STORAGE", "NETWORK_AUTHENTICATION_REQUIRED",
	}
}

// tsLegacyConst is one of http-status-codes' 1.x constants that a spec
// has.
type tsLegacyConst struct {
	// Name is the constant's name, such as MOVED_TEMPORARILY.
	Name string
	// Code is the code it stands for, whose Ident.Upper names the member
	// of StatusCodes to use instead.
	Code *Code
}

// tsLegacy returns the http-status-codes 1.x constants that codes have
// under the same name in StatusCodes (a code's own name or one of its
// aliases, which in a TypeScript Model are those meant for TypeScript), in
// the order of the codes, a code's own name before its aliases.
func tsLegacy(codes []Code) []tsLegacyConst {
	legacy := map[string]bool{}
	for _, n := range tsLegacyNames() {
		legacy[n] = true
	}
	var out []tsLegacyConst
	for i := range codes {
		c := &codes[i]
		if legacy[c.Ident.Upper] {
			out = append(out, tsLegacyConst{Name: c.Ident.Upper, Code: c})
		}
		for _, a := range c.Aliases {
			if legacy[a.Ident.Upper] {
				out = append(out, tsLegacyConst{Name: a.Ident.Upper, Code: c})
			}
		}
	}
	return out
}
