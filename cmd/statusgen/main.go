// Command statusgen renders the IANA HTTP status code registry, merged with
// the user's own spec files, into Go, TypeScript, Python, Rust, Java, C#,
// PHP or Ruby source, a Markdown reference page or JSON data.
//
// Usage:
//
//	statusgen -lang LANG [-package NAME] [-spec FILE]... [-extras SETS] [-no-registry] -o FILE [-check [-diff]]
//	statusgen -lang markdown [-front-matter] [-title TITLE] [-docs GENERATOR] ... -o FILE [-check [-diff]]
//	statusgen -template FILE [-lang NAME] ... -o FILE [-check [-diff]]
//	statusgen -config statusgen.yaml [-check [-diff]] [-clean]
//	statusgen -iana FILE [-spec FILE]... [-extras SETS] [-no-registry] [-update SPEC]
//	statusgen -dump-templates DIR
//	statusgen -version
//
// A successful run prints nothing; -clean names each file it removes.
//
// # Jobs
//
// Each invocation does one job, chosen by the flag that selects it; a flag
// that does not go with the job, or a single-valued flag given twice, is an
// error.
//
// Generate (-lang or -template, with -o) renders one target. -lang is a
// built-in language: go, typescript, python, markdown, json, rust, java,
// csharp, php or ruby. -template FILE renders the user's own template
// instead (the other .tmpl files beside it are its partials; -lang then
// names its language, any name, which selects the aliases meant for it).
// -o FILE is the output; -o - writes to standard output.
//
// -config FILE generates every target of a statusgen.yaml: spec files,
// extras sets and targets in one file, all rendered before any file is
// written, so one failure writes nothing. Paths in it are relative to it;
// unknown keys are errors.
//
//	specs: [codes.yaml]            # merged on top of the registry
//	extras: [nginx]
//	no_registry: false
//	targets:
//	  - lang: go
//	    package: api               # the keys of the target flags below
//	    output: backend/api/status_gen.go
//	  - lang: markdown
//	    output: docs/status-codes.md
//	    front_matter: true
//	    title: Status codes
//	    docs: vitepress
//	  - template: tools/StatusTable.pm.tmpl
//	    lang: perl
//	    output: legacy/lib/StatusTable.pm
//
// -iana FILE compares the merged spec with IANA's registry file
// (http-status-codes-1.csv): one line a difference on standard output,
// naming the code and the field. With -update SPEC, SPEC is merged last and
// rewritten to agree with the registry, changing only the registry's
// fields (phrase, lifecycle, dates, references) and adding a missing code
// without a description; every other byte stays. A registry rename keeps
// the old identifier and phrase as a deprecated alias. The new file
// replaces SPEC only once it loads; what -update cannot fix is named, and
// the exit status is then 1. A temporary registration the registry itself
// lets expire is a note on standard error.
//
// -dump-templates DIR writes the built-in templates into DIR, to copy and
// adapt (docs/templates.md documents the model and every function); it
// writes every file or none, and overwrites nothing.
//
// -version prints statusgen's module version from the binary's build info
// ("(devel)" for a build from a checkout) and the embedded spec's version.
//
// # The spec
//
// The embedded registry is the base; -no-registry starts from an empty spec
// instead. -extras SETS adds vendor sets, comma-separated: cloudflare, iis,
// nginx, unofficial (a set may only add codes). Each -spec FILE is merged on
// top, in order: an entry for an existing code overrides the fields it gives
// (a list replaces the earlier list), a new code is added. A code keeps the
// identifiers of the file that added it; only a name field renames it.
// docs/spec.md describes the format.
//
// # Target flags
//
// -package NAME names the package: the Go package and the Java package
// (default httpstatus), the C# or PHP namespace (default HttpStatus), the
// Ruby module (default HTTPStatus); it must be a name the language can
// declare. For the Go target and a user's template the default is
// $GOPACKAGE (go generate sets it), else, for Go, the package clause of the
// output file already there, else that of the other Go files in its
// directory (non-test files first; files named _* or .* and those built
// under no platform do not count), else httpstatus. So a run outside go
// generate, such as -check in CI, writes what go generate wrote. Go files
// that disagree are an error naming each one's package; -package settles it.
//
// -front-matter starts the Markdown page with YAML front matter (title,
// description) for Docusaurus and Hugo. -title TITLE is the page's title:
// one line, without surrounding space, at most 256 bytes. -docs GENERATOR
// makes the page for a docs generator the default page does not suit:
// vitepress (explicit heading ids). These go with -lang markdown, -package
// with go, java, csharp, php and ruby; all of them with a -template.
//
// # Checking
//
// -check renders and compares instead of writing: it names every stale or
// missing file (and, with -config -clean, every orphan) on standard error
// and exits 1. -diff adds a unified diff of each change on standard output.
// -clean, with -config, also removes the generated files in the targets'
// directories that no target produces, in the same commit as the writes.
//
// statusgen overwrites or removes only a file that carries its marker line,
// "Code generated by statusgen. DO NOT EDIT.", exactly, where the file's
// language puts it; it writes a run's files all or none, each only when its
// bytes change, under a lock per directory. docs/guarantees.md lists what
// holds and the tests that hold it.
//
// # Exit status and diagnostics
//
// 0: success; -check found everything up to date; -iana found the spec
// agrees with the registry. 1: -check found a stale, missing or orphaned
// file; -iana found a difference (or -update left one). 2: any error
// (usage, a bad spec, config or template, I/O); nothing was written.
//
// A problem in an input file is one line, path:line:col: message, so that
// editors jump to it:
//
//	codes.yaml:3:5: unknown field "phrse" (did you mean "phrase"?)
//	templates/row.tmpl:2:3: at <.NoSuchField>: can't evaluate field NoSuchField in type gen.Code
//
// Warnings, such as a temporary registration of the user's own whose
// expires date has passed, have the same form and do not change the exit
// status. Any other message starts with "statusgen:"; a usage error is one
// line, then "run 'statusgen -h' for usage".
package main

import "os"

func main() {
	setGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
