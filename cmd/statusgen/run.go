package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

// Exit statuses.
const (
	exitOK    = 0
	exitDrift = 1
	exitError = 2
)

const usage = `usage: statusgen -lang go|typescript|python|markdown [-package NAME] [-spec FILE]... [-no-registry] -o FILE [-check [-diff]]

Renders the IANA HTTP status code registry, with the given spec files merged
on top in order, into one source file. -o - writes to standard output.

Exit status: 0 success or up to date, 1 drift found by -check, 2 any error
(nothing is written).

Flags:
`

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// env is what run needs from the process, replaceable in tests.
type env struct {
	getenv func(string) string
	now    func() time.Time
	disk   gen.Disk
}

func run(args []string, stdout, stderr io.Writer) int {
	return runEnv(args, stdout, stderr, env{getenv: os.Getenv, now: time.Now, disk: gen.OSDisk{}})
}

func runEnv(args []string, stdout, stderr io.Writer, e env) int {
	fs := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	var (
		lang       = fs.String("lang", "", "target language: "+strings.Join(gen.Languages(), ", "))
		pkg        = fs.String("package", "", "package name for the Go target (default $GOPACKAGE, then httpstatus)")
		out        = fs.String("o", "", "output file, or - for standard output")
		noRegistry = fs.Bool("no-registry", false, "start from an empty spec instead of the embedded registry")
		check      = fs.Bool("check", false, "compare with the output file instead of writing; exit 1 if it is stale or missing")
		diff       = fs.Bool("diff", false, "with -check, print a unified diff of what would change")
		specs      stringList
	)
	fs.Var(&specs, "spec", "spec `FILE` merged on top of the registry (repeatable, in order)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "statusgen: "+format+"\n", a...)
		fmt.Fprintln(stderr, "run 'statusgen -h' for usage")
		return exitError
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q", fs.Arg(0))
	case *lang == "":
		return usageErr("-lang is required")
	case *out == "":
		return usageErr("-o is required")
	case *diff && !*check:
		return usageErr("-diff goes with -check")
	case *check && *out == "-":
		return usageErr("-check needs an output file, not -")
	}
	if *pkg == "" {
		*pkg = e.getenv("GOPACKAGE")
	}
	if *pkg == "" {
		*pkg = "httpstatus"
	}

	var sources []gen.Source
	if !*noRegistry {
		sources = append(sources, gen.Source{Name: spec.RegistryName, Data: spec.Registry()})
	}
	for _, p := range specs {
		data, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", p, unwrapPathError(err))
			return exitError
		}
		sources = append(sources, gen.Source{Name: p, Data: data})
	}
	s, warnings, err := gen.LoadSpec(sources, gen.DefaultLimits(), e.now())
	for _, w := range warnings {
		fmt.Fprintln(stderr, w)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	r := gen.NewRenderer(templates.FS(), "templates")
	data, err := r.Render(s, gen.Target{Lang: *lang, Package: *pkg})
	if err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitError
	}
	if *out == "-" {
		if _, err := stdout.Write(data); err != nil {
			fmt.Fprintf(stderr, "statusgen: writing output: %v\n", err)
			return exitError
		}
		return exitOK
	}
	changes, err := gen.Plan(e.disk, []gen.Output{{Path: *out, Data: data}})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	if *check {
		return report(changes, *diff, stdout, stderr)
	}
	if err := gen.Apply(e.disk, changes); err != nil {
		fmt.Fprintf(stderr, "statusgen: %v\n", err)
		return exitError
	}
	return exitOK
}

// report prints each stale or missing file (and its diff) for -check.
func report(changes []gen.Change, diff bool, stdout, stderr io.Writer) int {
	status := exitOK
	for _, c := range changes {
		if !c.Stale() {
			continue
		}
		status = exitDrift
		if !c.Exists {
			fmt.Fprintf(stderr, "%s: missing; run statusgen to generate it\n", c.Path)
		} else {
			fmt.Fprintf(stderr, "%s: stale; run statusgen to regenerate it\n", c.Path)
		}
		if diff {
			fmt.Fprint(stdout, gen.UnifiedDiff(c.Path, c.Old, c.New))
		}
	}
	return status
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
