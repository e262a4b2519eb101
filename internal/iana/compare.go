package iana

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/statusgen/statusgen/gen"
)

// Difference is one way in which a spec disagrees with the registry.
type Difference struct {
	// Code is the status code.
	Code int
	// Field names what differs: phrase, lifecycle, registered, expires or
	// references; or, for a code that only one side has, registry-only or
	// spec-only; or source, for a registered code the spec says comes from
	// outside the registry.
	Field string
	// Spec and Registry are the two values as the report prints them.
	Spec, Registry string
}

// Fields a Difference names besides the registry's own.
const (
	RegistryOnly = "registry-only"
	SpecOnly     = "spec-only"
	Source       = "source"
)

// String is the difference as one line of the report.
func (d Difference) String() string {
	switch d.Field {
	case RegistryOnly:
		return fmt.Sprintf("%d: in the registry, not in the spec", d.Code)
	case SpecOnly:
		return fmt.Sprintf("%d: in the spec, not in the registry", d.Code)
	case Source:
		return fmt.Sprintf("%d: in the registry, but the spec's entry has source %s, for codes outside it", d.Code, d.Spec)
	}
	return fmt.Sprintf("%d: %s: spec %s, registry %s", d.Code, d.Field, d.Spec, d.Registry)
}

// Compare lists the differences between the merged spec s and the
// registry, sorted by code. Spec entries with a source are outside the
// registry by their own account and are not missed there.
func Compare(reg *Registry, s *gen.Spec) []Difference {
	codes := make(map[int]gen.Code, len(s.Codes))
	for _, c := range s.Codes {
		codes[c.Code] = c
	}
	var diffs []Difference
	for _, e := range reg.Entries {
		c, ok := codes[e.Code]
		delete(codes, e.Code)
		switch {
		case !ok:
			diffs = append(diffs, Difference{Code: e.Code, Field: RegistryOnly})
		case c.Source != "":
			diffs = append(diffs, Difference{Code: e.Code, Field: Source, Spec: strconv.Quote(c.Source)})
		default:
			diffs = append(diffs, compareEntry(e, c)...)
		}
	}
	for _, c := range codes {
		if c.Source == "" {
			diffs = append(diffs, Difference{Code: c.Code, Field: SpecOnly})
		}
	}
	slices.SortStableFunc(diffs, func(a, b Difference) int { return a.Code - b.Code })
	return diffs
}

// compareEntry compares the registry-owned fields of one code.
func compareEntry(e Entry, c gen.Code) []Difference {
	var diffs []Difference
	add := func(field, spec, registry string) {
		diffs = append(diffs, Difference{Code: e.Code, Field: field, Spec: spec, Registry: registry})
	}
	if c.Phrase != e.Phrase {
		add("phrase", strconv.Quote(c.Phrase), strconv.Quote(e.Phrase))
	}
	if c.Lifecycle != e.Lifecycle {
		add("lifecycle", c.Lifecycle, e.Lifecycle)
	} else if e.Lifecycle == Temporary {
		if c.Registered != e.Registered {
			add("registered", quoteOrNone(c.Registered), quoteOrNone(e.Registered))
		}
		if c.Expires != e.Expires {
			add("expires", quoteOrNone(c.Expires), quoteOrNone(e.Expires))
		}
	}
	if spec := specRefs(c.References); !refsAgree(e.References, spec) {
		add("references", formatRefs(spec), formatRefs(e.References))
	}
	return diffs
}

func quoteOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return strconv.Quote(s)
}

// refsAgree reports whether the spec's references say what the
// registry's say, one for one and in the same order.
func refsAgree(registry, spec []Ref) bool {
	if len(registry) != len(spec) {
		return false
	}
	for i, r := range registry {
		if !r.covers(spec[i]) {
			return false
		}
	}
	return true
}

var rfcURL = lazyRegexp(`^https://www\.rfc-editor\.org/rfc/rfc([0-9]+)(?:#section-(.+))?$`)

// draftURL is where a spec's draft references link.
const draftURL = "https://datatracker.ietf.org/doc/"

// specRefs reads a spec's resolved references back into the registry's
// terms, by their links: an RFC link is an RFC (and section), a
// Datatracker link titled with a draft's name is that draft, and any
// other link is the document its title names.
func specRefs(refs []gen.Reference) []Ref {
	out := make([]Ref, len(refs))
	for i, r := range refs {
		if m := rfcURL().FindStringSubmatch(r.URL); m != nil {
			n, _ := strconv.Atoi(m[1])
			out[i] = Ref{RFC: n, Section: m[2]}
		} else if name := strings.TrimPrefix(r.URL, draftURL); strings.HasPrefix(name, "draft-") && name == r.Title {
			out[i] = Ref{Draft: name}
		} else {
			out[i] = Ref{Text: r.Title}
		}
	}
	return out
}

// Expired returns a note for each temporary registration whose expiry
// date has passed by now: the registry itself is then behind, and the spec
// cannot be more current than it.
func (r *Registry) Expired(now time.Time) []*gen.Diagnostic {
	var notes []*gen.Diagnostic
	for _, e := range r.Entries {
		if e.Lifecycle != Temporary {
			continue
		}
		if exp, err := time.Parse(time.DateOnly, e.Expires); err == nil && now.After(exp.AddDate(0, 0, 1)) {
			notes = append(notes, diag(e.At, "note: the temporary registration of %d %s expired on %s, and the registry has not extended, made permanent or removed it yet", e.Code, e.Phrase, e.Expires))
		}
	}
	return notes
}
