// Package gen is the statusgen generator as a library: it loads YAML specs
// of HTTP status codes, merges and validates them, and renders them through
// text/template into Go, TypeScript, Python and Markdown sources and JSON
// data (a public format: docs/json.md).
//
// The stages are separate so that callers compose them: [LoadSpec] reads
// and validates, a [Renderer] renders targets in memory. What a generated
// file looks like is defined here too, because whatever writes the files
// must agree with the renderer: the [Marker] line, where each language
// carries it ([IsGenerated]), and the [Output] to write. Writing is the
// caller's (cmd/statusgen does it through internal/output). Nothing here
// exits or keeps global state; problems in input files are [Diagnostics]
// printed as path:line:col.
package gen
