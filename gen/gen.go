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

import "time"

// LoadSpec loads the sources, merges them in order and validates the
// result. Warnings (such as an expired temporary registration, judged
// against now; a zero now skips the check) do not stop the run; there are
// none about a source marked Embedded (unless a user's source has the
// same name).
func LoadSpec(sources []Source, lim Limits, now time.Time) (*Spec, Diagnostics, error) {
	if len(sources) == 1 && sources[0].Decoded != nil && sources[0].Embedded {
		return sources[0].Decoded(), nil, nil // an embedded source has no warnings
	}
	var files []*rawFile
	var errs Diagnostics
	embedded := map[string]bool{}
	for _, src := range sources {
		f, err := loadFile(src, lim)
		if err != nil {
			errs.add(Pos{Path: src.Name}, err)
			continue
		}
		f.addOnly = src.AddOnly
		files = append(files, f)
		if prev, seen := embedded[src.Name]; !seen || prev {
			embedded[src.Name] = src.Embedded // a user's file of the same name keeps its warnings
		}
	}
	if err := errs.err(); err != nil {
		return nil, nil, err
	}
	merged, err := merge(files)
	if err != nil {
		return nil, nil, err
	}
	if n := len(merged.Codes.Val); n > lim.MaxCodes {
		return nil, nil, errorAt(Pos{Path: sources[len(sources)-1].Name}, "merged spec has %d codes, more than the limit of %d", n, lim.MaxCodes)
	}
	s, warnings, err := validate(merged, now)
	var mine Diagnostics
	for _, w := range warnings {
		if !embedded[w.Pos.Path] {
			mine = append(mine, w)
		}
	}
	return s, mine, err
}
