// Package gen is the statusgen generator as a library: it loads YAML specs
// of HTTP status codes, merges and validates them, and renders them through
// text/template into Go, TypeScript, Python and Markdown sources.
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
// against now; a zero now skips the check) do not stop the run.
func LoadSpec(sources []Source, lim Limits, now time.Time) (*Spec, Diagnostics, error) {
	var files []*rawFile
	var errs Diagnostics
	for _, src := range sources {
		f, err := loadFile(src, lim)
		if err != nil {
			errs.add(Pos{Path: src.Name}, err)
			continue
		}
		f.addOnly = src.AddOnly
		files = append(files, f)
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
	return validate(merged, now)
}
