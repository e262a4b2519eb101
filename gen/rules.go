package gen

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

// The rules of a spec file's values, each written once. A field of the raw
// spec types (load.go) names its rules in a `rule:"a,b"` tag, and list
// options in a `list:"..."` tag; a string field without rules obeys
// "text". The decoder applies them as it reads a file; gen's
// TestSpecSchema writes the same rules, with the fields' doc comments,
// into spec/http-status.schema.json, so editors and the loader agree.
// What a schema cannot say (a rule across files, derived identifiers, the
// YAML spelling of a number) is checked in validate.go and merge.go.

// rule is what one value must be: a pattern, an enum, an integer range or
// a kind of text.
type rule struct {
	// noun names the value in messages; the field's key when empty.
	noun string
	// what says what a valid value is: "a semantic version (like 1.2.0)".
	what string
	// pattern is matched by the whole value. Its syntax is the part that
	// Go's RE2 and ECMAScript (the schema's regular expressions) read alike.
	pattern func() *regexp.Regexp
	// valid, with schemaPattern, stands for a pattern whose regular
	// expression would cost every run its compilation: Go calls valid, the
	// schema states schemaPattern, and a test proves them equal.
	valid         func(string) bool
	schemaPattern string
	// enum lists the values allowed.
	enum []string
	// min and max bound an integer, when max is not zero.
	min, max int
	// date asks for a calendar date that exists.
	date bool
	// text is the kind of free text a string is (textLine, textPhrase).
	text textKind
}

// lazyRegexp compiles expr on its first use: compiled at package
// initialization, every pattern would cost every run, and a run on the
// pre-decoded registry uses none.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// textKind is a kind of free text: every string is text (checkText); a
// line has no line break; a phrase is a non-empty line without
// surrounding white space.
type textKind int

const (
	textAny textKind = iota
	textLine
	textPhrase
)

// specRules are the rules the raw spec types name in their tags.
var specRules = map[string]rule{
	"text":   {what: "plain text: printable characters and line breaks, without control or bidirectional formatting characters"},
	"line":   {what: "one line of text", text: textLine},
	"phrase": {what: "one line of text without surrounding white space", text: textPhrase},
	// identifiable is what phraseWords accepts: no non-ASCII letter or
	// digit, and a letter before any digit (TestIdentifiablePattern). The
	// Unicode classes would take a third of a millisecond to compile.
	"identifiable": {noun: "class name", what: "a name that gives an identifier (ASCII words, the first starting with a letter)",
		valid:         func(s string) bool { _, err := phraseWords(s); return err == nil },
		schemaPattern: `^[^\p{L}\p{Nd}]*[A-Za-z]([A-Za-z0-9]|[^\p{L}\p{Nd}])*$`},
	"identifier": {what: "an UpperCamelCase identifier (letters and digits, starting with A-Z)",
		pattern: lazyRegexp(`^[A-Z][A-Za-z0-9]*$`)},
	"semver": {what: "a semantic version (like 1.2.0)",
		pattern: lazyRegexp(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$`)},
	"date":      {what: "a date (YYYY-MM-DD)", pattern: lazyRegexp(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`), date: true},
	"lifecycle": {what: "a registry status", enum: []string{"permanent", "temporary", "unused", "obsoleted"}},
	"redirect":  {what: "a way to follow a redirect", enum: []string{"keeps-method", "may-change-method", "changes-to-get"}},
	// headerName is RFC 9110's field-name: a token (section 5.1).
	"headerName": {noun: "header field", what: "a valid field name (an RFC 9110 token)",
		pattern: lazyRegexp("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")},
	"language": {noun: "alias target", what: "a target language", enum: identLangs},
	"section": {what: "a section number (like 15.5.5, or A.1 for an appendix)",
		pattern: lazyRegexp(`^[0-9A-Z]+(\.[0-9]+)*$`)},
	"draft": {what: "an Internet-Draft name (draft-...)", pattern: lazyRegexp(`^draft-[a-z0-9-]+$`)},
	// url: printable ASCII without spaces, and a % only in an escape, so
	// that net/url parses every match.
	"url": {what: "an absolute http(s) URL",
		pattern: lazyRegexp(`^https?://[A-Za-z0-9.-]+(:[0-9]+)?([/?#]([!-$&-~]|%[0-9A-Fa-f]{2})*)?$`)},
	"statusCode": {what: "a status code", min: 100, max: 599},
	"classDigit": {what: "a class digit", min: 1, max: 5},
	"rfcNumber":  {what: "an RFC number", min: 1, max: 99999},
}

// referenceKinds are the forms of a reference: each gives its key and
// the keys that may go with it, and a reference gives exactly one.
var referenceKinds = []struct {
	key, doc string
	with     []string
}{
	{"rfc", "An RFC, with a section where one is meant.", []string{"section"}},
	{"draft", "An Internet-Draft, by its name with the revision.", nil},
	{"url", "Any other document, by its URL, with a title.", []string{"title"}},
}

// classBounds are the values of a code entry that only some classes of
// codes may give: value (any value, when nil) in the field key, for codes
// of classes from to to.
var classBounds = []struct {
	key      string
	value    any
	from, to int
	msg      string
}{
	{"content_allowed", true, 2, 5, "1xx responses never carry content"},
	{"redirect", nil, 3, 3, "redirect is only for 3xx codes"},
}

// entryChecker is a raw type with rules between its fields, checked once
// it has decoded without errors.
type entryChecker interface {
	checkEntry() Diagnostics
}

// fieldCheck is what a field's tags ask of its value: its rules and, for
// a list, unique items or at least one item.
type fieldCheck struct {
	rules            []string
	unique, nonEmpty bool
}

// checkOf reads the rule and list tags of a raw struct field.
func checkOf(f reflect.StructField) fieldCheck {
	var c fieldCheck
	if tag := f.Tag.Get("rule"); tag != "" {
		c.rules = strings.Split(tag, ",")
	}
	for _, o := range strings.Split(f.Tag.Get("list"), ",") {
		c.unique = c.unique || o == "unique"
		c.nonEmpty = c.nonEmpty || o == "nonempty"
	}
	return c
}

// checkField applies the checks of a field whose key is key to its
// decoded value v (an opt) read from node n.
func (d *decoder) checkField(c fieldCheck, key string, n *yaml.Node, v reflect.Value) error {
	val := v.Field(0) // opt.Val
	if val.Kind() != reflect.Slice {
		return checkRules(c.rules, key, d.pos(n), val)
	}
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if c.nonEmpty && val.Len() == 0 {
		return errorAt(d.pos(n), "%s is empty; leave it out instead", key)
	}
	var errs Diagnostics
	seen := map[any]bool{}
	for i := range val.Len() {
		item, at := val.Index(i), d.pos(n.Content[i])
		if err := checkRules(c.rules, key, at, item); err != nil {
			errs.add(at, err)
			continue
		}
		if c.unique {
			if seen[item.Interface()] {
				errs = append(errs, errorAt(at, "%s %q is listed twice", nounOf(c.rules, key), item.Interface()))
			}
			seen[item.Interface()] = true
		}
	}
	return errs.err()
}

// nounOf names a value of a field in messages: the noun of its first rule
// that has one, or its key.
func nounOf(rules []string, key string) string {
	for _, name := range rules {
		if r := specRules[name]; r.noun != "" {
			return r.noun
		}
	}
	return key
}

// checkRules applies the named rules to one value, a string or an int.
func checkRules(rules []string, key string, at Pos, v reflect.Value) error {
	noun := nounOf(rules, key)
	for _, name := range rules {
		r, ok := specRules[name]
		if !ok {
			return fmt.Errorf("internal error: field %s names the unknown rule %q", key, name)
		}
		if err := r.check(noun, at, v); err != nil {
			return err
		}
	}
	return nil
}

// check applies r to v, naming the value noun in its message.
func (r rule) check(noun string, at Pos, v reflect.Value) error {
	if v.Kind() == reflect.Int {
		if n := int(v.Int()); r.max != 0 && (n < r.min || n > r.max) {
			return errorAt(at, "%s %d is outside %d-%d", noun, n, r.min, r.max)
		}
		return nil
	}
	if v.Kind() != reflect.String {
		return nil
	}
	s := v.String()
	switch {
	case r.text >= textLine && strings.Contains(s, "\n"):
		return errorAt(at, "%s %q has a line break; it must be one line", noun, s)
	case r.text == textPhrase && s == "":
		return errorAt(at, "%s is empty", noun)
	case r.text == textPhrase && strings.TrimSpace(s) != s:
		return errorAt(at, "%s %q has leading or trailing space", noun, s)
	case r.enum != nil && !slices.Contains(r.enum, s):
		return errorAt(at, "%s %q is not one of %s", noun, s, strings.Join(r.enum, ", "))
	case r.pattern != nil && !r.pattern().MatchString(s), r.valid != nil && !r.valid(s):
		return errorAt(at, "%s %q is not %s", noun, s, r.what)
	}
	if r.date {
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return errorAt(at, "%s %q is not %s", noun, s, r.what)
		}
	}
	return nil
}

// checkEntry applies the rules between a reference's fields: exactly one
// kind, and only the keys that go with it.
func (rr *rawRef) checkEntry() Diagnostics {
	given := map[string]Pos{}
	keyed(rr, func(key string, o reflect.Value) {
		if o.Field(1).Bool() {
			given[key] = o.Field(2).Interface().(Pos)
		}
	})
	var kinds []string
	for _, k := range referenceKinds {
		if _, ok := given[k.key]; ok {
			kinds = append(kinds, k.key)
		}
	}
	if len(kinds) != 1 {
		return Diagnostics{errorAt(rr.At, "a reference gives exactly one of rfc, draft or url")}
	}
	var errs Diagnostics
	for _, k := range referenceKinds {
		for _, w := range k.with {
			if at, ok := given[w]; ok && k.key != kinds[0] {
				errs = append(errs, errorAt(at, "%s goes with %s", w, k.key))
			}
		}
	}
	return errs
}

// checkEntry applies classBounds to a code entry, and refuses a header
// field listed twice in different cases (a schema's uniqueItems cannot
// fold case).
func (rc *rawCode) checkEntry() Diagnostics {
	class := rc.Code.Val / 100
	var errs Diagnostics
	first := map[string]string{}
	for _, h := range rc.Headers.Val {
		if f, ok := first[strings.ToLower(h)]; ok {
			errs = append(errs, errorAt(rc.Headers.At, "header field %q is listed twice (as %q)", h, f))
			continue
		}
		first[strings.ToLower(h)] = h
	}
	keyed(rc, func(key string, o reflect.Value) {
		for _, b := range classBounds {
			if key != b.key || !o.Field(1).Bool() || (class >= b.from && class <= b.to) {
				continue
			}
			if b.value == nil || o.Field(0).Interface() == b.value {
				errs = append(errs, errorAt(o.Field(2).Interface().(Pos), "%s", b.msg))
			}
		}
	})
	return errs
}

// keyed calls fn with the key and value of each opt field of the raw
// struct *p. An opt's fields are Val, Set and At, in that order.
func keyed(p any, fn func(key string, o reflect.Value)) {
	rv := reflect.ValueOf(p).Elem()
	for i := range rv.NumField() {
		if key := rv.Type().Field(i).Tag.Get("yaml"); key != "" {
			fn(key, rv.Field(i))
		}
	}
}
