package gen

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Standard classes, used where a spec does not describe a class itself.
var classNames = [...]string{1: "Informational", 2: "Successful", 3: "Redirection", 4: "Client Error", 5: "Server Error"}

var (
	lifecycles = []string{"permanent", "temporary", "unused", "obsoleted"}
	redirects  = []string{"keeps-method", "may-change-method", "changes-to-get"}
	headerName = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
	section    = regexp.MustCompile(`^[0-9A-Z]+(\.[0-9]+)*$`)
	draftName  = regexp.MustCompile(`^draft-[a-z0-9-]+$`)
	semver     = regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$`)
)

// validate checks a merged spec and resolves it: defaults filled in,
// identifiers computed. Warnings are problems that do not stop a run, such
// as an expired temporary registration (judged against now).
func validate(f *rawFile, now time.Time) (*Spec, Diagnostics, error) {
	var errs, warns Diagnostics
	s := &Spec{Version: f.Version.Val, RetryPolicy: strings.TrimSpace(f.RetryPolicy.Val)}
	if f.Version.Set && !semver.MatchString(s.Version) {
		errs = append(errs, errorAt(f.Version.At, "version %q is not a semantic version (like 1.2.0)", s.Version))
	}

	for digit := 1; digit <= 5; digit++ {
		s.Classes = append(s.Classes, Class{Digit: digit, Name: classNames[digit]})
	}
	for _, rc := range f.Classes.Val {
		d := rc.Class.Val
		if d < 1 || d > 5 {
			errs = append(errs, errorAt(rc.Class.At, "class %d is outside 1-5", d))
			continue
		}
		c := &s.Classes[d-1]
		if rc.Name.Set {
			if err := checkPhrase(rc.Name); err != nil {
				errs.add(rc.Name.At, err)
			} else if _, err := phraseWords(rc.Name.Val); err != nil {
				errs = append(errs, errorAt(rc.Name.At, "class name %q gives no identifier: it needs ASCII words starting with a letter", rc.Name.Val))
			} else {
				c.Name = rc.Name.Val
			}
		}
		c.Description = strings.TrimSpace(rc.Description.Val)
	}
	for i := range s.Classes {
		c := &s.Classes[i]
		words, _ := phraseWords(c.Name) // checked above, or a standard name
		c.Ident = newIdent(words, "Class")
	}

	for _, rc := range f.Codes.Val {
		c, err := resolveCode(rc, s.Classes, now, &warns)
		if err != nil {
			errs.add(rc.At, err)
			continue
		}
		s.Codes = append(s.Codes, c)
	}
	slices.SortFunc(s.Codes, func(a, b Code) int { return a.Code - b.Code })
	if len(errs) == 0 {
		errs.add(Pos{}, checkCollisions(f, s))
	}
	return s, warns, errs.err()
}

func resolveCode(rc rawCode, classes []Class, now time.Time, warns *Diagnostics) (Code, error) {
	var errs Diagnostics
	n := rc.Code.Val
	if n < 100 || n > 599 {
		return Code{}, errorAt(rc.Code.At, "code %d is outside 100-599", n)
	}
	c := Code{
		Code:           n,
		Class:          n / 100,
		ClassName:      classes[n/100-1].Name,
		Phrase:         rc.Phrase.Val,
		Lifecycle:      "permanent",
		ContentAllowed: n/100 != 1,
		Description:    strings.TrimSpace(rc.Description.Val),
		Cacheable:      rc.Cacheable.Val,
		Redirect:       rc.Redirect.Val,
		Headers:        rc.Headers.Val,
		Retryable:      rc.Retryable.Val,
		RetryNote:      strings.TrimSpace(rc.RetryNote.Val),
		Source:         rc.Source.Val,
	}
	if !rc.Phrase.Set || rc.Phrase.Val == "" {
		errs = append(errs, errorAt(rc.At, "code %d has no phrase", n))
	} else {
		errs.add(rc.Phrase.At, checkPhrase(rc.Phrase))
	}
	errs.add(rc.Source.At, checkLine(rc.Source, "source"))

	// Identifier: from the name field, or derived from the phrase of the
	// layer that added the code (a later phrase does not rename it).
	identPhrase := rc.Phrase
	if rc.identPhrase.Set {
		identPhrase = rc.identPhrase
	}
	if rc.Name.Set {
		if !validName(rc.Name.Val) {
			errs = append(errs, errorAt(rc.Name.At, "name %q is not an UpperCamelCase identifier (letters and digits, starting with A-Z)", rc.Name.Val))
		} else {
			c.Ident = newIdent(camelWords(rc.Name.Val), "Status")
		}
	} else if identPhrase.Val != "" && len(errs) == 0 {
		id, err := PhraseIdent(identPhrase.Val)
		if err != nil {
			errs = append(errs, errorAt(identPhrase.At, "%v", err))
		} else {
			c.Ident = id
		}
	}

	for _, ra := range rc.Aliases.Val {
		a, err := resolveAlias(ra)
		if err != nil {
			errs.add(ra.At, err)
			continue
		}
		c.Aliases = append(c.Aliases, a)
	}

	if rc.Lifecycle.Set {
		if !slices.Contains(lifecycles, rc.Lifecycle.Val) {
			errs = append(errs, errorAt(rc.Lifecycle.At, "lifecycle %q is not one of %s", rc.Lifecycle.Val, strings.Join(lifecycles, ", ")))
		}
		c.Lifecycle = rc.Lifecycle.Val
	}
	temporary := c.Lifecycle == "temporary"
	for _, d := range []struct {
		f   opt[string]
		key string
		dst *string
	}{{rc.Registered, "registered", &c.Registered}, {rc.Expires, "expires", &c.Expires}} {
		if !d.f.Set {
			continue
		}
		if !temporary {
			errs = append(errs, errorAt(d.f.At, "%s is only for temporary registrations", d.key))
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.f.Val); err != nil {
			errs = append(errs, errorAt(d.f.At, "%s %q is not a date (YYYY-MM-DD)", d.key, d.f.Val))
			continue
		}
		*d.dst = d.f.Val
	}
	if temporary && !rc.Expires.Set {
		errs = append(errs, errorAt(rc.At, "temporary code %d needs an expires date", n))
	}
	if temporary && c.Expires != "" && !now.IsZero() {
		if exp, _ := time.Parse(time.DateOnly, c.Expires); now.After(exp.AddDate(0, 0, 1)) {
			*warns = append(*warns, errorAt(rc.Expires.At, "warning: the temporary registration of %d %s expired on %s", n, c.Phrase, c.Expires))
		}
	}

	for _, rr := range rc.References.Val {
		r, err := resolveReference(rr)
		if err != nil {
			errs.add(rr.At, err)
			continue
		}
		c.References = append(c.References, r)
	}

	if rc.ContentAllowed.Set {
		if rc.ContentAllowed.Val && c.Class == 1 {
			errs = append(errs, errorAt(rc.ContentAllowed.At, "1xx responses never carry content"))
		}
		c.ContentAllowed = rc.ContentAllowed.Val
	}
	if rc.Redirect.Set {
		if !slices.Contains(redirects, c.Redirect) {
			errs = append(errs, errorAt(rc.Redirect.At, "redirect %q is not one of %s", c.Redirect, strings.Join(redirects, ", ")))
		} else if c.Class != 3 {
			errs = append(errs, errorAt(rc.Redirect.At, "redirect is only for 3xx codes"))
		}
	}
	seenHeader := map[string]bool{}
	for _, h := range c.Headers {
		if !headerName.MatchString(h) {
			errs = append(errs, errorAt(rc.Headers.At, "header field %q is not a valid field name", h))
		} else if seenHeader[strings.ToLower(h)] {
			errs = append(errs, errorAt(rc.Headers.At, "header field %q is listed twice", h))
		}
		seenHeader[strings.ToLower(h)] = true
	}
	return c, errs.err()
}

func resolveAlias(ra rawAlias) (Alias, error) {
	var errs Diagnostics
	var a Alias
	switch {
	case !ra.Name.Set:
		errs = append(errs, errorAt(ra.At, "alias has no name"))
	case !validName(ra.Name.Val):
		errs = append(errs, errorAt(ra.Name.At, "alias name %q is not an UpperCamelCase identifier (letters and digits, starting with A-Z)", ra.Name.Val))
	default:
		a.Ident = newIdent(camelWords(ra.Name.Val), "Status")
	}
	if ra.Phrase.Set {
		errs.add(ra.Phrase.At, checkPhrase(ra.Phrase))
		a.Phrase = ra.Phrase.Val
	}
	for _, t := range ra.Targets.Val {
		if !slices.Contains(identLangs, t) {
			errs = append(errs, errorAt(ra.Targets.At, "alias target %q is not one of %s", t, strings.Join(identLangs, ", ")))
		}
	}
	a.Targets = ra.Targets.Val
	return a, errs.err()
}

func resolveReference(rr rawRef) (Reference, error) {
	kinds := 0
	for _, set := range []bool{rr.RFC.Set, rr.Draft.Set, rr.URL.Set} {
		if set {
			kinds++
		}
	}
	if kinds != 1 {
		return Reference{}, errorAt(rr.At, "a reference gives exactly one of rfc, draft or url")
	}
	if rr.Section.Set && !rr.RFC.Set {
		return Reference{}, errorAt(rr.Section.At, "section goes with rfc")
	}
	if rr.Title.Set && !rr.URL.Set {
		return Reference{}, errorAt(rr.Title.At, "title goes with url")
	}
	switch {
	case rr.RFC.Set:
		n := rr.RFC.Val
		if n < 1 || n > 99999 {
			return Reference{}, errorAt(rr.RFC.At, "rfc %d is not an RFC number", n)
		}
		r := Reference{
			Title: fmt.Sprintf("RFC %d", n),
			Short: fmt.Sprintf("RFC %d", n),
			URL:   fmt.Sprintf("https://www.rfc-editor.org/rfc/rfc%d", n),
		}
		if rr.Section.Set {
			sec := rr.Section.Val
			if !section.MatchString(sec) {
				return Reference{}, errorAt(rr.Section.At, "section %q is not a section number (like 15.5.5)", sec)
			}
			r.Title += ", Section " + sec
			r.Short += ", " + sec
			r.URL += "#section-" + sec
		}
		return r, nil
	case rr.Draft.Set:
		if !draftName.MatchString(rr.Draft.Val) {
			return Reference{}, errorAt(rr.Draft.At, "draft %q is not an Internet-Draft name (draft-...)", rr.Draft.Val)
		}
		return Reference{Title: rr.Draft.Val, Short: rr.Draft.Val, URL: "https://datatracker.ietf.org/doc/" + rr.Draft.Val}, nil
	}
	u, err := url.Parse(rr.URL.Val)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return Reference{}, errorAt(rr.URL.At, "url %q is not an absolute http(s) URL", rr.URL.Val)
	}
	if err := checkLine(rr.Title, "title"); err != nil {
		return Reference{}, err
	}
	title := rr.Title.Val
	if title == "" {
		title = u.Host
	}
	return Reference{Title: title, Short: title, URL: u.String()}, nil
}
