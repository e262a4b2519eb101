// Command statusgen renders the HTTP status code registry, merged with the
// user's own spec files, into Go, TypeScript, Python or Markdown.
//
// Usage:
//
//	statusgen -lang go|typescript|python|markdown|json [-package NAME] [-spec FILE]... [-extras SETS] [-no-registry] -o FILE [-check [-diff]]
//	statusgen -template FILE [-lang NAME] ... -o FILE [-check [-diff]]
//	statusgen -config statusgen.yaml [-check [-diff]] [-clean]
//	statusgen -dump-templates DIR
//	statusgen -version
//
// -package goes with the Go target, -front-matter and -title with the
// Markdown target (and any -template); a flag that does not apply, or a
// single-valued flag given twice, is an error. -version prints the module
// version and the embedded spec's version.
//
// Exit status: 0 on success or when -check finds everything up to date, 1
// when -check finds drift, 2 on any error, in which case nothing is written.
// Diagnostics read path:line:col: message; others start with "statusgen:".
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
