package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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

const usage = `usage:
  statusgen -lang go|typescript|python|markdown|json|rust|java|csharp|php|ruby [-package NAME] [-spec FILE]... [-extras SETS] [-no-registry] -o FILE [-check [-diff]]
  statusgen -template FILE [-lang NAME] ... -o FILE [-check [-diff]]
  statusgen -config statusgen.yaml [-check [-diff]] [-clean]
  statusgen -dump-templates DIR

Renders the IANA HTTP status code registry, with the chosen extras sets and
the given spec files merged on top in order, into source files. -o - writes
to standard output.

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

// cli is one invocation: its flags and where it prints.
type cli struct {
	env
	stdout, stderr io.Writer

	lang, template, pkg, out, title, extras, config, dump string
	noRegistry, check, diff, clean, frontMatter           bool
	specs                                                 stringList
}

func runEnv(args []string, stdout, stderr io.Writer, e env) int {
	c := &cli{env: e, stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.StringVar(&c.lang, "lang", "", "target language: "+strings.Join(gen.Languages(), ", ")+" (with -template, any name)")
	fs.StringVar(&c.template, "template", "", "render the template `FILE` instead of a built-in one; other .tmpl files beside it are its partials")
	fs.StringVar(&c.pkg, "package", "", "package name for go (default $GOPACKAGE, then httpstatus) and java (default httpstatus), namespace for csharp and php (default HttpStatus), module for ruby (default HTTPStatus)")
	fs.StringVar(&c.out, "o", "", "output `FILE`, or - for standard output")
	fs.BoolVar(&c.frontMatter, "front-matter", false, "start the Markdown target with YAML front matter (title, description) for docs generators")
	fs.StringVar(&c.title, "title", "", "page title for the Markdown target")
	fs.Var(&c.specs, "spec", "spec `FILE` merged on top of the registry (repeatable, in order)")
	fs.StringVar(&c.extras, "extras", "", "comma-separated vendor `SETS` to add: "+strings.Join(spec.ExtraSets(), ", "))
	fs.BoolVar(&c.noRegistry, "no-registry", false, "start from an empty spec instead of the embedded registry")
	fs.StringVar(&c.config, "config", "", "generate every target of a statusgen.yaml `FILE`")
	fs.BoolVar(&c.check, "check", false, "compare with the output files instead of writing; exit 1 if any is stale or missing")
	fs.BoolVar(&c.diff, "diff", false, "with -check, print a unified diff of what would change")
	fs.BoolVar(&c.clean, "clean", false, "with -config, remove generated files in the targets' directories that no target produces")
	fs.StringVar(&c.dump, "dump-templates", "", "write the built-in templates into `DIR`, to copy and adapt")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if fs.NArg() > 0 {
		return c.usageError("unexpected argument %q", fs.Arg(0))
	}
	if c.dump != "" {
		return c.dumpTemplates()
	}
	cfg, status := c.configure()
	if cfg == nil {
		return status
	}
	return c.generate(cfg)
}

func (c *cli) usageError(format string, a ...any) int {
	fmt.Fprintf(c.stderr, "statusgen: "+format+"\n", a...)
	fmt.Fprintln(c.stderr, "run 'statusgen -h' for usage")
	return exitError
}

func (c *cli) fail(err error) int {
	var ds gen.Diagnostics
	var d *gen.Diagnostic
	if errors.As(err, &ds) || errors.As(err, &d) {
		fmt.Fprintln(c.stderr, err)
	} else {
		fmt.Fprintf(c.stderr, "statusgen: %v\n", err)
	}
	return exitError
}

// configure turns the flags, or the config file they name, into a Config.
func (c *cli) configure() (*gen.Config, int) {
	switch {
	case c.diff && !c.check:
		return nil, c.usageError("-diff goes with -check")
	case c.config != "":
		if c.lang != "" || c.template != "" || c.out != "" || c.pkg != "" || len(c.specs) > 0 || c.extras != "" || c.noRegistry || c.frontMatter || c.title != "" {
			return nil, c.usageError("-config takes no target flags; put them in the config file")
		}
		data, err := os.ReadFile(c.config)
		if err != nil {
			return nil, c.fail(unwrapPathError(c.config, err))
		}
		cfg, err := gen.LoadConfig(gen.Source{Name: c.config, Data: data}, gen.DefaultLimits())
		if err != nil {
			return nil, c.fail(err)
		}
		return cfg, exitOK
	case c.clean:
		return nil, c.usageError("-clean goes with -config")
	case c.lang == "" && c.template == "":
		return nil, c.usageError("-lang is required")
	case c.out == "":
		return nil, c.usageError("-o is required")
	case c.check && c.out == "-":
		return nil, c.usageError("-check needs an output file, not -")
	}
	cfg := &gen.Config{Specs: c.specs, NoRegistry: c.noRegistry}
	if c.extras != "" {
		cfg.Extras = strings.Split(c.extras, ",")
	}
	cfg.Targets = []gen.ConfigTarget{{
		Target: gen.Target{Lang: c.lang, Template: c.template, Package: c.pkg, FrontMatter: c.frontMatter, Title: c.title},
		Output: c.out,
	}}
	return cfg, exitOK
}

// sources lists the spec files of cfg in merge order: the registry, the
// extras sets, then the user's files.
func (c *cli) sources(cfg *gen.Config) ([]gen.Source, error) {
	var sources []gen.Source
	if !cfg.NoRegistry {
		sources = append(sources, gen.Source{Name: spec.RegistryName, Data: spec.Registry()})
	}
	for _, name := range cfg.Extras {
		name = strings.TrimSpace(name)
		data, ok := spec.Extra(name)
		if !ok {
			return nil, fmt.Errorf("unknown extras set %q (want some of %s)", name, strings.Join(spec.ExtraSets(), ", "))
		}
		sources = append(sources, gen.Source{Name: spec.ExtraName(name), Data: data, AddOnly: true})
	}
	for _, p := range cfg.Specs {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, unwrapPathError(p, err)
		}
		sources = append(sources, gen.Source{Name: p, Data: data})
	}
	return sources, nil
}

// generate renders every target of cfg in memory, then checks or writes
// them: a failure anywhere writes nothing.
func (c *cli) generate(cfg *gen.Config) int {
	sources, err := c.sources(cfg)
	if err != nil {
		return c.fail(err)
	}
	s, warnings, err := gen.LoadSpec(sources, gen.DefaultLimits(), c.now())
	for _, w := range warnings {
		fmt.Fprintln(c.stderr, w)
	}
	if err != nil {
		return c.fail(err)
	}
	r := gen.NewRenderer(templates.FS(), "templates")
	var outs []gen.Output
	var errs []string
	for _, t := range cfg.Targets {
		if t.Package == "" {
			t.Package = gen.DefaultPackage(t.Lang, c.getenv("GOPACKAGE"))
		}
		data, err := r.Render(s, t.Target)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		outs = append(outs, gen.Output{Path: t.Output, Data: data})
	}
	if len(errs) > 0 {
		fmt.Fprintln(c.stderr, strings.Join(errs, "\n"))
		return exitError
	}
	if len(outs) == 1 && outs[0].Path == "-" {
		if _, err := c.stdout.Write(outs[0].Data); err != nil {
			return c.fail(fmt.Errorf("writing output: %w", err))
		}
		return exitOK
	}
	changes, err := gen.Plan(c.disk, outs)
	if err != nil {
		return c.fail(err)
	}
	var orphans []string
	if c.clean {
		if orphans, err = gen.Orphans(c.disk, outs); err != nil {
			return c.fail(err)
		}
	}
	if c.check {
		return c.report(changes, orphans)
	}
	if err := gen.Apply(c.disk, changes); err != nil {
		return c.fail(err)
	}
	for _, p := range orphans {
		if err := c.disk.Remove(p); err != nil {
			return c.fail(err)
		}
		fmt.Fprintf(c.stderr, "%s: removed (no target generates it)\n", p)
	}
	return exitOK
}

// report prints each stale, missing or orphaned file (and its diff) for
// -check.
func (c *cli) report(changes []gen.Change, orphans []string) int {
	status := exitOK
	for _, ch := range changes {
		if !ch.Stale() {
			continue
		}
		status = exitDrift
		if !ch.Exists {
			fmt.Fprintf(c.stderr, "%s: missing; run statusgen to generate it\n", ch.Path)
		} else {
			fmt.Fprintf(c.stderr, "%s: stale; run statusgen to regenerate it\n", ch.Path)
		}
		if c.diff {
			fmt.Fprint(c.stdout, gen.UnifiedDiff(ch.Path, ch.Old, ch.New))
		}
	}
	for _, p := range orphans {
		status = exitDrift
		fmt.Fprintf(c.stderr, "%s: generated, but no target produces it; -clean removes it\n", p)
	}
	return status
}

// dumpTemplates writes the built-in templates into a directory, refusing
// to overwrite any file that is already there.
func (c *cli) dumpTemplates() int {
	fsys := templates.FS()
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return c.fail(err)
	}
	for _, p := range files {
		dst := filepath.Join(c.dump, filepath.FromSlash(p))
		if _, err := os.Lstat(dst); err == nil {
			return c.fail(fmt.Errorf("%s exists; -dump-templates never overwrites a file", dst))
		}
	}
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return c.fail(err)
		}
		dst := filepath.Join(c.dump, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return c.fail(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return c.fail(err)
		}
		fmt.Fprintln(c.stdout, dst)
	}
	return exitOK
}

func unwrapPathError(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	return err
}
