package gen

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestTextPatterns proves that the schema's text patterns say what the
// loader checks: for every character of the Basic Multilingual Plane and
// a sample beyond it, alone, between letters, leading and trailing, the
// pattern of each kind of text (compiled by Go: the syntax is the part
// ECMAScript reads alike) matches exactly when checkText and the rule
// accept the string.
func TestTextPatterns(t *testing.T) {
	for _, name := range []string{"text", "line", "phrase"} {
		r := specRules[name]
		re := regexp.MustCompile(textPattern(r.text))
		for c := rune(0); c <= unicode.MaxRune; c = nextRune(c) {
			if c >= 0xD800 && c <= 0xDFFF {
				continue // surrogates are not characters
			}
			ch := string(c)
			for _, s := range []string{ch, "a" + ch + "b", ch + "a", "a" + ch, ""} {
				goOK := checkText(s) == nil && r.check("value", Pos{}, reflect.ValueOf(s)) == nil
				if re.MatchString(s) != goOK {
					t.Fatalf("%s: %q: the pattern says %v, the loader %v", name, s, !goOK, goOK)
				}
			}
		}
	}
}

func nextRune(c rune) rune {
	if c < 0xFFFF {
		return c + 1
	}
	return c + 0x101
}

// TestIdentifiablePattern proves that the identifiable rule's schema
// pattern accepts exactly the names its Go check (phraseWords) makes an
// identifier of.
func TestIdentifiablePattern(t *testing.T) {
	r := specRules["identifiable"]
	re := regexp.MustCompile(r.schemaPattern)
	for c := rune(0); c <= unicode.MaxRune; c = nextRune(c) {
		ch := string(c)
		for _, s := range []string{ch, "A" + ch, ch + "A", "A " + ch, "9" + ch, ch + "9", "'" + ch + "x"} {
			if re.MatchString(s) != r.valid(s) {
				t.Fatalf("%q: the pattern says %v, phraseWords %v", s, re.MatchString(s), r.valid(s))
			}
		}
	}
}

// TestRuleTags checks the rule tags of the raw types against the tables:
// every rule named exists, every rule is named, every key of a reference
// belongs to one kind, and every class bound names a code field.
func TestRuleTags(t *testing.T) {
	used := map[string]bool{"text": true}
	keys := map[reflect.Type][]string{}
	for _, v := range []any{rawFile{}, rawClass{}, rawCode{}, rawAlias{}, rawRef{}} {
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			f := rt.Field(i)
			key := f.Tag.Get("yaml")
			if key == "" {
				continue
			}
			keys[rt] = append(keys[rt], key)
			rules := checkOf(f).rules
			for _, r := range rules {
				if _, ok := specRules[r]; !ok {
					t.Errorf("%s.%s names the unknown rule %q", rt.Name(), f.Name, r)
				}
				used[r] = true
			}
		}
	}
	for name := range specRules {
		if !used[name] {
			t.Errorf("no field names the rule %q", name)
		}
	}
	var refKeys []string
	for _, k := range referenceKinds {
		refKeys = append(refKeys, k.key)
		refKeys = append(refKeys, k.with...)
	}
	slices.Sort(refKeys)
	got := slices.Clone(keys[reflect.TypeOf(rawRef{})])
	slices.Sort(got)
	if !slices.Equal(refKeys, got) {
		t.Errorf("referenceKinds name %q, rawRef has %q", refKeys, got)
	}
	for _, b := range classBounds {
		if !slices.Contains(keys[reflect.TypeOf(rawCode{})], b.key) {
			t.Errorf("classBounds names %q, which is not a code field", b.key)
		}
	}
}

// TestRuleMessages: each kind of rule names the value and what is wrong,
// at the value's position.
func TestRuleMessages(t *testing.T) {
	for _, tc := range []struct{ data, want string }{
		{"version: 1.0.0+build.1", `r.yaml:1:10: version "1.0.0+build.1" is not a semantic version (like 1.2.0)`},
		{"codes: [{code: 99}]", `r.yaml:1:16: code 99 is outside 100-599`},
		{"codes: [{code: 499, lifecycle: gone}]", `r.yaml:1:32: lifecycle "gone" is not one of permanent, temporary, unused, obsoleted`},
		{"codes: [{code: 499, phrase: \" x\"}]", `r.yaml:1:29: phrase " x" has leading or trailing space`},
		{"codes: [{code: 499, phrase: \"\"}]", `r.yaml:1:29: phrase is empty`},
		{"codes: [{code: 499, phrase: 404}]", `r.yaml:1:29: expected a string, found "404" (quote it)`},
		{"codes: [{code: 499, source: \"a\\nb\"}]", `r.yaml:1:29: source "a\nb" has a line break; it must be one line`},
		{"codes: [{code: 499, headers: [Location, Retry After]}]", `r.yaml:1:41: header field "Retry After" is not a valid field name (an RFC 9110 token)`},
		{"codes: [{code: 499, headers: [Location, Location]}]", `r.yaml:1:41: header field "Location" is listed twice`},
		{"codes: [{code: 499, headers: [Location, location]}]", `r.yaml:1:30: header field "location" is listed twice (as "Location")`},
		{"codes: [{code: 499, aliases: [{name: X, targets: []}]}]", `r.yaml:1:50: targets is empty; leave it out instead`},
		{"codes: [{code: 499, aliases: [{name: X, targets: [go, cobol]}]}]", `r.yaml:1:55: alias target "cobol" is not one of go, typescript, python, rust, java, csharp, php, ruby`},
		{"codes: [{code: 499, aliases: [{phrase: X}]}]", `r.yaml:1:31: alias has no name`},
		{"codes: [{phrase: X}]", `r.yaml:1:9: entry has no code`},
		{"codes: [{code: 499, registered: 2025-02-30}]", `r.yaml:1:33: registered "2025-02-30" is not a date (YYYY-MM-DD)`},
		{"codes: [{code: 499, references: [{rfc: 1, section: 15.a}]}]", `r.yaml:1:52: section "15.a" is not a section number (like 15.5.5, or A.1 for an appendix)`},
		{"codes: [{code: 499, references: [{draft: draft-x-00, section: \"1\"}]}]", `r.yaml:1:63: section goes with rfc`},
		{"codes: [{code: 499, references: [{url: \"https://example.com/a b\"}]}]", `r.yaml:1:40: url "https://example.com/a b" is not an absolute http(s) URL`},
		{"codes: [{code: 101, content_allowed: true}]", `r.yaml:1:38: 1xx responses never carry content`},
		{"codes: [{code: 404, redirect: keeps-method}]", `r.yaml:1:31: redirect is only for 3xx codes`},
		{"classes: [{class: 4, name: \"4xx\"}]", `r.yaml:1:28: class name "4xx" is not a name that gives an identifier (ASCII words, the first starting with a letter)`},
	} {
		_, err := loadFile(Source{Name: "r.yaml", Data: []byte(tc.data)}, DefaultLimits())
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s:\n got %v\nwant %s", tc.data, err, tc.want)
		}
	}
}

// TestStringsAreStrings: a string field takes a YAML string, or a plain
// date (a string in YAML 1.2), and nothing that YAML reads as another type.
func TestStringsAreStrings(t *testing.T) {
	for _, v := range []string{"Fine", "'404'", "2025-01-01", "1.0.0"} {
		if _, err := loadFile(Source{Name: "s.yaml", Data: []byte("codes: [{code: 499, phrase: " + v + "}]")}, DefaultLimits()); err != nil {
			t.Errorf("phrase %s: %v", v, err)
		}
	}
	for _, v := range []string{"404", "1.5", "true", "0x1F"} {
		_, err := loadFile(Source{Name: "s.yaml", Data: []byte("codes: [{code: 499, phrase: " + v + "}]")}, DefaultLimits())
		if err == nil || !strings.Contains(err.Error(), "expected a string") {
			t.Errorf("phrase %s: %v, want an error", v, err)
		}
	}
}
