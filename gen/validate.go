package gen

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Standard classes, used where a spec does not describe a class itself.
var classNames = [...]string{1: "Informational", 2: "Successful", 3: "Redirection", 4: "Client Error", 5: "Server Error"}

// validate checks a merged spec and resolves it: defaults filled in,
// identifiers computed. The rules of single values and entries were
// applied as each file was read (rules.go); what is left depends on more
// than one entry or file. Warnings are problems that do not stop a run,
// such as an expired temporary registration (judged against now).
func validate(f *rawFile, now time.Time) (*Spec, Diagnostics, error) {
	var errs, warns Diagnostics
	s := &Spec{Version: f.Version.Val, RetryPolicy: strings.TrimSpace(f.RetryPolicy.Val)}

	for digit := 1; digit <= 5; digit++ {
		s.Classes = append(s.Classes, Class{Digit: digit, Name: classNames[digit]})
	}
	for _, rc := range f.Classes.Val {
		c := &s.Classes[rc.Class.Val-1] // a class digit, 1 to 5
		if rc.Name.Set {
			c.Name = rc.Name.Val
		}
		c.Description = strings.TrimSpace(rc.Description.Val)
	}
	for i := range s.Classes {
		c := &s.Classes[i]
		words, _ := phraseWords(c.Name) // identifiable, or a standard name
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
	n := rc.Code.Val // a status code, 100 to 599
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
	if !rc.Phrase.Set {
		errs = append(errs, errorAt(rc.At, "code %d has no phrase", n))
	}

	// Identifier: from the name field, or derived from the phrase of the
	// layer that added the code (a later phrase does not rename it).
	identPhrase := rc.Phrase
	if rc.identPhrase.Set {
		identPhrase = rc.identPhrase
	}
	if rc.Name.Set {
		c.Ident = newIdent(camelWords(rc.Name.Val), "Status")
	} else if identPhrase.Val != "" && len(errs) == 0 {
		id, err := PhraseIdent(identPhrase.Val)
		if err != nil {
			errs = append(errs, errorAt(identPhrase.At, "%v", err))
		} else {
			c.Ident = id
		}
	}

	for _, ra := range rc.Aliases.Val {
		c.Aliases = append(c.Aliases, Alias{
			Ident:   newIdent(camelWords(ra.Name.Val), "Status"),
			Phrase:  ra.Phrase.Val,
			Targets: ra.Targets.Val,
		})
	}

	if rc.Lifecycle.Set {
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
		c.ContentAllowed = rc.ContentAllowed.Val
	}
	if c.Retryable && c.RetryNote == "" {
		errs = append(errs, errorAt(rc.Retryable.At, "retryable code %d needs a retry_note", n))
	}
	return c, errs.err()
}

// resolveReference resolves a reference that checkEntry has accepted.
func resolveReference(rr rawRef) (Reference, error) {
	switch {
	case rr.RFC.Set:
		n := rr.RFC.Val
		r := Reference{
			Title: fmt.Sprintf("RFC %d", n),
			Short: fmt.Sprintf("RFC %d", n),
			URL:   fmt.Sprintf("https://www.rfc-editor.org/rfc/rfc%d", n),
		}
		if sec := rr.Section.Val; rr.Section.Set {
			r.Title += ", Section " + sec
			r.Short += ", " + sec
			r.URL += "#section-" + sec
		}
		return r, nil
	case rr.Draft.Set:
		return Reference{Title: rr.Draft.Val, Short: rr.Draft.Val, URL: "https://datatracker.ietf.org/doc/" + rr.Draft.Val}, nil
	}
	u, err := url.Parse(rr.URL.Val)
	if err != nil {
		return Reference{}, errorAt(rr.URL.At, "url %q is not an absolute http(s) URL", rr.URL.Val)
	}
	title := rr.Title.Val
	if title == "" {
		title = u.Host
	}
	return Reference{Title: title, Short: title, URL: u.String()}, nil
}
