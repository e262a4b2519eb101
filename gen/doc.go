// Package gen is statusgen as a library: it loads YAML specs of HTTP
// status codes, merges and validates them, and renders them through
// text/template into Go, TypeScript, Python, Rust, Java, C#, PHP and Ruby
// sources, a Markdown reference page and JSON data (a public format:
// docs/json.md), all in memory. The statusgen command is one program built
// on it; another embeds it the same way:
//
//	s, warnings, err := gen.LoadSpec([]gen.Source{
//		{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true},
//		{Name: "codes.yaml", Data: codes}, // bytes the program read
//	}, gen.DefaultLimits(), time.Now())
//	if err != nil {
//		return err // Diagnostics: one path:line:col: message a line
//	}
//	r := gen.NewRenderer(templates.FS(), "templates")
//	src, err := r.Render(s, gen.Target{Lang: "go", Package: "api"})
//
// The registry and the vendor extras sets come embedded in package spec,
// the built-in templates in package templates.
//
// # Loading
//
// [LoadSpec] parses each [Source] (a name and bytes) strictly, merges the
// sources in order (a later entry for a code overrides the fields it
// gives; an AddOnly source may only add codes), validates the result and
// returns a [Spec]: every code sorted, with its phrase, identifiers in each
// language ([Ident]), semantics and references. Bad input is
// [Diagnostics], each a [Diagnostic] at a [Pos] that prints as
// path:line:col: message; warnings, such as an expired temporary
// registration, come back beside the Spec. [Limits] bound what an input
// may cost (file size, YAML nodes, codes, string length, output size), so
// that a hostile file fails instead of exhausting memory.
//
// # Rendering
//
// A [Renderer] renders a [Target] for a Spec: the built-in template of the
// target's language ([Languages]), or a user's template, run with the
// [Model] (docs/templates.md documents it and every template function),
// then laid out for a built-in language. Templates get an allow-list of
// sprig's functions and cannot recurse; a user's template renders twice
// and must give the same bytes both times. Every output carries the
// [Marker] line in its language's comment syntax; [IsGenerated] is the
// rule by which a writer recognizes a file as generated, and the Renderer
// refuses output it would not recognize. Target options (package, title,
// front matter, docs generator) are checked with [TargetOptions] and
// [CheckOption]. [LoadConfig] reads a statusgen.yaml: the sources and the
// targets of one run.
//
// # What it never does
//
// gen reads only the bytes and file systems it is given: Source.Data, the
// fs.FS of NewRenderer (the built-in templates) and whatever
// [Renderer].OpenDir returns for a user's template directory (nil by
// default: a Renderer without it renders built-in templates only). It
// opens, writes and removes no file, prints nothing, never exits, reads no
// clock (LoadSpec takes the time) and keeps no global state: the same
// input gives the same bytes on any machine. Writing the outputs, -check,
// -clean, locking and reading the user's files within limits are the
// command's (cmd/statusgen, through internal/output).
package gen
