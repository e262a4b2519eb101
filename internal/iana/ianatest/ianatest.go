// Package ianatest gives tests IANA's HTTP Status Code Registry file as of
// the registry's 2025-09-15 update, and crafted variants of it.
package ianatest

import (
	_ "embed"
	"strings"
	"testing"
)

// Name is the file's name in the repository, for messages and tools that
// read it from disk (the Makefile's sync rehearsal).
const Name = "internal/iana/ianatest/testdata/http-status-codes-2025-09-15.csv"

// registry is IANA's http-status-codes-1.csv as served, CRLF line ends
// included.
//
//go:embed testdata/http-status-codes-2025-09-15.csv
var registry string

// Registry returns the registry file with each old string replaced by the
// new one after it; each old string must occur exactly once. A "\n" in
// the strings stands for the file's CRLF.
func Registry(t testing.TB, replacements ...string) []byte {
	t.Helper()
	s := registry
	for i := 0; i+1 < len(replacements); i += 2 {
		old, new := crlf(replacements[i]), crlf(replacements[i+1])
		if n := strings.Count(s, old); n != 1 {
			t.Fatalf("%q occurs %d times in the registry file, want once", old, n)
		}
		s = strings.Replace(s, old, new, 1)
	}
	return []byte(s)
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
