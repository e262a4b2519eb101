// Package iana reads the IANA HTTP Status Code Registry in the form IANA
// publishes it (http-status-codes-1.csv), compares it with a merged spec,
// and updates a spec file so that it agrees with the registry.
//
// Only the registry's own facts are compared and written: a code's phrase,
// lifecycle (with a temporary registration's dates) and references.
// Descriptions and semantics are the spec's.
package iana

import (
	"fmt"
	"strings"

	"github.com/statusgen/statusgen/gen"
)

// Lifecycles of a registry entry, spelled as the spec spells them.
const (
	Permanent = "permanent"
	Temporary = "temporary"
	Unused    = "unused"
	Obsoleted = "obsoleted"
)

// Registry is the assigned codes of the HTTP Status Code Registry.
type Registry struct {
	// Entries are the assigned codes, sorted by code.
	Entries []Entry
}

// Entry is one assigned code of the registry.
type Entry struct {
	// Code is the status code.
	Code int
	// Phrase is the reason phrase, without the registry's notes: "Not
	// Extended" for "Not Extended (OBSOLETED)", "Unused" for "(Unused)".
	Phrase string
	// Lifecycle is permanent, temporary, unused or obsoleted.
	Lifecycle string
	// Registered is the first registration date of a temporary entry.
	Registered string
	// Expires is the expiry date of a temporary entry.
	Expires string
	// References are the documents the registry cites, in its order.
	References []Ref
	// At is where the entry's record starts.
	At gen.Pos
}

// Ref is one bracketed reference of the registry: an RFC (with a section
// or not), an Internet-Draft, or a document named by its title only.
type Ref struct {
	// RFC is the RFC number; zero for other references.
	RFC int
	// Section is the RFC's section, when the registry names one.
	Section string
	// Draft is the Internet-Draft's name (draft-...).
	Draft string
	// Text is the title of any other document.
	Text string
}

// String is the reference in the registry's notation: [RFC9110, Section
// 15.5.5], [draft-ietf-...], [Some document].
func (r Ref) String() string {
	switch {
	case r.RFC != 0 && r.Section != "":
		return fmt.Sprintf("[RFC%d, Section %s]", r.RFC, r.Section)
	case r.RFC != 0:
		return fmt.Sprintf("[RFC%d]", r.RFC)
	case r.Draft != "":
		return "[" + r.Draft + "]"
	}
	return "[" + r.Text + "]"
}

// covers reports whether the spec's reference s says what the registry's
// reference r says: the same document, and the same section where the
// registry names one (the spec may be more precise than the registry).
func (r Ref) covers(s Ref) bool {
	switch {
	case r.RFC != 0:
		return s.RFC == r.RFC && (r.Section == "" || s.Section == r.Section)
	case r.Draft != "":
		return s.Draft == r.Draft
	}
	return s.RFC == 0 && s.Draft == "" && s.Text == r.Text
}

// formatRefs prints references in the registry's notation, "none" for none.
func formatRefs(refs []Ref) string {
	if len(refs) == 0 {
		return "none"
	}
	var b strings.Builder
	for _, r := range refs {
		b.WriteString(r.String())
	}
	return b.String()
}
