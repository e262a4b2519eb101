package iana

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/statusgen/statusgen/gen"
)

// lazyRegexp compiles expr on its first use: compiled at package
// initialization, the patterns would cost every statusgen run, and only
// -iana uses them.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var (
	// note is a phrase followed by a registry note in capitals, with
	// details after a dash: "Not Extended (OBSOLETED)", "Upload Resumption
	// Supported (TEMPORARY - registered 2024-11-13, expires 2026-11-13)".
	note = lazyRegexp(`^(.*\S) \(([A-Z]+)(?: - (.*))?\)$`)
	// temporaryItem is one detail of a temporary registration's note.
	temporaryItem = lazyRegexp(`^(registered|extension registered|expires) ([0-9]{4}-[0-9]{2}-[0-9]{2})$`)
	// rfcRef is an RFC reference, with a section or not.
	rfcRef = lazyRegexp(`^RFC([1-9][0-9]*)(?:, Section (\S+))?$`)
)

// parseDescription splits the registry's Description field into the
// phrase and the lifecycle its notes give; pos gives the position of a
// byte of the field.
func parseDescription(desc string, pos func(int) gen.Pos, e *Entry) *gen.Diagnostic {
	e.Phrase, e.Lifecycle = desc, Permanent
	switch {
	case desc == "(Unused)":
		e.Phrase, e.Lifecycle = "Unused", Unused
		return nil
	case strings.TrimSpace(desc) == "":
		return diag(pos(0), "code %d has no description", e.Code)
	case strings.HasPrefix(desc, "("):
		return diag(pos(0), "description %q is a note without a phrase", desc)
	}
	m := note().FindStringSubmatch(desc)
	if m == nil {
		return nil
	}
	at := pos(len(m[1]) + 1)
	switch m[2] {
	case "OBSOLETED":
		if m[3] != "" {
			return diag(at, "the note (OBSOLETED) takes no details, found %q", m[3])
		}
		e.Phrase, e.Lifecycle = m[1], Obsoleted
		return nil
	case "TEMPORARY":
		e.Phrase, e.Lifecycle = m[1], Temporary
		return parseTemporary(m[3], at, e)
	}
	return diag(at, "unknown registry note (%s); statusgen knows (TEMPORARY - ...), (OBSOLETED) and (Unused)", m[2])
}

// parseTemporary reads the details of a temporary registration:
// "registered DATE[, extension registered DATE]..., expires DATE".
func parseTemporary(details string, at gen.Pos, e *Entry) *gen.Diagnostic {
	if details == "" {
		return diag(at, "the note (TEMPORARY) needs its dates: (TEMPORARY - registered YYYY-MM-DD, expires YYYY-MM-DD)")
	}
	for _, item := range strings.Split(details, ", ") {
		m := temporaryItem().FindStringSubmatch(item)
		if m == nil {
			return diag(at, "temporary registration detail %q is not \"registered\", \"extension registered\" or \"expires\" with a date (YYYY-MM-DD)", item)
		}
		if _, err := time.Parse(time.DateOnly, m[2]); err != nil {
			return diag(at, "%q in %q is not a date", m[2], item)
		}
		var dst *string
		switch m[1] {
		case "registered":
			dst = &e.Registered
		case "expires":
			dst = &e.Expires
		default:
			continue // an extension moves the expiry date, which the note gives
		}
		if *dst != "" {
			return diag(at, "the temporary registration of %d gives %q twice", e.Code, m[1])
		}
		*dst = m[2]
	}
	if e.Registered == "" || e.Expires == "" {
		return diag(at, "the temporary registration of %d needs both its registration and its expiry date", e.Code)
	}
	return nil
}

// parseRefs reads the Reference field: bracketed references, one after
// the other ([RFC2774][Status change of HTTP experiments to Historic]).
func parseRefs(field string, pos func(int) gen.Pos) ([]Ref, *gen.Diagnostic) {
	var refs []Ref
	for i := 0; i < len(field); {
		if field[i] != '[' {
			return nil, diag(pos(i), "reference %q: expected [ at byte %d; references are bracketed, as in [RFC9110, Section 15.5.5]", field, i+1)
		}
		end := strings.IndexAny(field[i+1:], "[]")
		if end < 0 || field[i+1+end] != ']' {
			return nil, diag(pos(i), "reference %q: [ at byte %d is not closed", field, i+1)
		}
		text := field[i+1 : i+1+end]
		r, d := parseRef(text, pos(i))
		if d != nil {
			return nil, d
		}
		refs = append(refs, r)
		i += end + 2
	}
	return refs, nil
}

func parseRef(text string, at gen.Pos) (Ref, *gen.Diagnostic) {
	switch {
	case strings.TrimSpace(text) != text || text == "":
		return Ref{}, diag(at, "reference [%s] is empty or has surrounding space", text)
	case strings.HasPrefix(text, "RFC"):
		m := rfcRef().FindStringSubmatch(text)
		if m == nil {
			return Ref{}, diag(at, "reference [%s] is not [RFCn] or [RFCn, Section s]", text)
		}
		n, err := strconv.Atoi(m[1])
		if err != nil || n > 99999 {
			return Ref{}, diag(at, "reference [%s] has no valid RFC number", text)
		}
		return Ref{RFC: n, Section: m[2]}, nil
	case strings.HasPrefix(text, "draft-"):
		return Ref{Draft: text}, nil
	}
	return Ref{Text: text}, nil
}
