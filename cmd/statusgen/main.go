// Command statusgen renders the HTTP status code registry, merged with the
// user's own spec files, into Go, TypeScript, Python or Markdown.
//
// Usage:
//
//	statusgen -lang go|typescript|python|markdown [-package NAME] [-spec FILE]... [-no-registry] -o FILE [-check [-diff]]
//
//	statusgen -iana FILE [-spec FILE]... [-extras SETS] [-no-registry] [-update SPEC]
//
// -iana compares the merged spec with IANA's registry file
// (http-status-codes-1.csv), one line a difference on standard output;
// -update rewrites the spec file SPEC, merged last, to agree with it.
//
// A successful run prints nothing (-clean names the files it removes).
//
// Exit status: 0 on success, when -check finds everything up to date or
// -iana finds the spec agrees; 1 when -check finds drift or -iana a
// difference; 2 on any error, in which case nothing is written.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
