// Command statusgen renders the HTTP status code registry, merged with the
// user's own spec files, into Go, TypeScript, Python, Markdown, JSON, Rust,
// Java, C#, PHP or Ruby.
//
// Usage:
//
//	statusgen -lang go|typescript|python|markdown|json|rust|java|csharp|php|ruby [-package NAME] [-spec FILE]... [-no-registry] -o FILE [-check [-diff]]
//
// Exit status: 0 on success or when -check finds everything up to date, 1
// when -check finds drift, 2 on any error, in which case nothing is written.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
