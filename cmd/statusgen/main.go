// Command statusgen renders the HTTP status code registry, merged with the
// user's own spec files, into Go, TypeScript, Python, Markdown, JSON, Rust,
// Java, C#, PHP or Ruby.
//
// Usage:
//
//	statusgen -lang go|typescript|python|markdown|json|rust|java|csharp|php|ruby [-package NAME] [-spec FILE]... [-extras SETS] [-no-registry] -o FILE [-check [-diff]]
//	statusgen -template FILE [-lang NAME] ... -o FILE [-check [-diff]]
//	statusgen -config statusgen.yaml [-check [-diff]] [-clean]
//	statusgen -dump-templates DIR
//	statusgen -version
//	statusgen -iana FILE [-spec FILE]... [-extras SETS] [-no-registry] [-update SPEC]
//
// -package goes with the Go target, -front-matter, -title and -docs with
// the Markdown target (and any -template); a flag that does not apply, or a
// single-valued flag given twice, is an error. Without -package (or
// package: in a config), the package is $GOPACKAGE, else for the Go target
// the package clause of the output file, else that of the Go files beside
// it, else httpstatus. -version prints the module
// version and the embedded spec's version.
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
// Diagnostics read path:line:col: message; others start with "statusgen:".
package main

import "os"

func main() {
	setGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
