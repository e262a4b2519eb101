package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/output"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/spec/decoded"
	"github.com/statusgen/statusgen/templates"
)

// Exit statuses.
const (
	exitOK    = 0
	exitDrift = 1
	exitError = 2
)

// usage is what -h prints before the flags; its command lines are those of
// main.go's doc comment, the manual (TestManual).
const usage = `usage:
  statusgen -lang LANG [-package NAME] [-spec FILE]... [-extras SETS] [-no-registry] -o FILE [-check [-diff]]
  statusgen -lang markdown [-front-matter] [-title TITLE] [-docs GENERATOR] ... -o FILE [-check [-diff]]
  statusgen -template FILE [-lang NAME] ... -o FILE [-check [-diff]]
  statusgen -config statusgen.yaml [-check [-diff]] [-clean]
  statusgen -iana FILE [-spec FILE]... [-extras SETS] [-no-registry] [-update SPEC]
  statusgen -dump-templates DIR
  statusgen -version

Renders the IANA HTTP status code registry, with the chosen extras sets and
the given spec files merged on top in order, into source files. -o - writes
to standard output. LANG is one of go, typescript, python, markdown, json,
rust, java, csharp, php, ruby. The manual: go doc
github.com/statusgen/statusgen/cmd/statusgen

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
}

func run(args []string, stdout, stderr io.Writer) int {
	return runEnv(args, stdout, stderr, env{getenv: os.Getenv, now: time.Now})
}

// cli is one invocation: its flags and where it prints.
type cli struct {
	env
	stdout, stderr io.Writer

	lang, template, pkg, out, title, extras, config, dump, iana, update string
	noRegistry, check, diff, clean, frontMatter, showVersion            bool
	specs                                                               stringList

	// docs is the docs generator the Markdown page is for (-docs).
	docs string
}

func runEnv(args []string, stdout, stderr io.Writer, e env) int {
	c := &cli{env: e, stdout: stdout, stderr: stderr}
	fs := c.flags()
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stderr, usage)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return exitOK
	case err != nil:
		return c.usageError("%s", flagError(err))
	case fs.NArg() > 0:
		return c.usageError("unexpected argument %q", fs.Arg(0))
	}
	j, err := checkFlags(fs)
	if err != nil {
		return c.usageError("%v", err)
	}
	switch j {
	case jobVersion:
		return c.version()
	case jobDump:
		return c.dumpTemplates()
	case jobIANA:
		return c.ianaJob()
	}
	cfg, status := c.configure(fs)
	if cfg == nil {
		return status
	}
	return c.generate(cfg)
}

// flags defines the command's flags on a FlagSet that prints nothing while
// parsing (runEnv reports errors in one line) and counts every flag set.
func (c *cli) flags() *flag.FlagSet {
	fs := flag.NewFlagSet("statusgen", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&c.lang, "lang", "", "target language: "+strings.Join(gen.Languages(), ", ")+" (with -template, any name)")
	fs.StringVar(&c.template, "template", "", "render the template `FILE` instead of a built-in one; other .tmpl files beside it are its partials")
	fs.StringVar(&c.pkg, "package", "", "package name for go (default $GOPACKAGE, then the package of the output file or of the Go files beside it, then httpstatus) and java (default httpstatus), namespace for csharp and php (default HttpStatus), module for ruby (default HTTPStatus)")
	fs.StringVar(&c.out, "o", "", "output `FILE`, or - for standard output")
	fs.BoolVar(&c.frontMatter, "front-matter", false, "start the Markdown target with YAML front matter (title, description) for docs generators")
	fs.StringVar(&c.title, "title", "", "page title for the Markdown target")
	fs.StringVar(&c.docs, "docs", "", "the docs `GENERATOR` the Markdown page is for, where the default page does not suit it: "+strings.Join(gen.DocsGenerators(), ", "))
	fs.Var(&c.specs, "spec", "spec `FILE` merged on top of the registry (repeatable, in order)")
	fs.StringVar(&c.extras, "extras", "", "comma-separated vendor `SETS` to add: "+strings.Join(spec.ExtraSets(), ", "))
	fs.BoolVar(&c.noRegistry, "no-registry", false, "start from an empty spec instead of the embedded registry")
	fs.StringVar(&c.config, "config", "", "generate every target of a statusgen.yaml `FILE`")
	fs.BoolVar(&c.check, "check", false, "compare with the output files instead of writing; exit 1 if any is stale or missing")
	fs.BoolVar(&c.diff, "diff", false, "with -check, print a unified diff of what would change")
	fs.BoolVar(&c.clean, "clean", false, "with -config, remove generated files in the targets' directories that no target produces")
	fs.StringVar(&c.dump, "dump-templates", "", "write the built-in templates into `DIR`, to copy and adapt")
	fs.StringVar(&c.iana, "iana", "", "compare the spec with IANA's registry `FILE` (http-status-codes-1.csv); exit 1 if they differ")
	fs.StringVar(&c.update, "update", "", "with -iana, rewrite the spec `FILE` (merged last) to agree with the registry")
	fs.BoolVar(&c.showVersion, "version", false, "print statusgen's version and the embedded spec's version")
	countFlags(fs)
	return fs
}

// version prints the module version from the build info ("(devel)" when
// there is none, as in a build from a checkout) and the embedded spec's.
func (c *cli) version() int {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	s, _, err := gen.LoadSpec([]gen.Source{{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true, Decoded: decoded.Registry}}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		return c.fail(err)
	}
	fmt.Fprintf(c.stdout, "statusgen %s, spec %s\n", v, s.Version)
	return exitOK
}

func (c *cli) usageError(format string, a ...any) int {
	fmt.Fprintf(c.stderr, "statusgen: "+format+"\n", a...)
	fmt.Fprintln(c.stderr, "run 'statusgen -h' for usage")
	return exitError
}

func (c *cli) fail(err error) int {
	fmt.Fprintln(c.stderr, message(err))
	return exitError
}

// message is how err prints: diagnostics as they are (path:line:col:
// message), anything else after "statusgen: ".
func message(err error) string {
	var ds gen.Diagnostics
	var d *gen.Diagnostic
	if errors.As(err, &ds) || errors.As(err, &d) {
		return err.Error()
	}
	return "statusgen: " + err.Error()
}

// configure turns the flags, or the config file they name, into a Config;
// checkFlags has already refused flags that do not go with the job.
func (c *cli) configure(fs *flag.FlagSet) (*gen.Config, int) {
	switch {
	case c.diff && !c.check:
		return nil, c.usageError("-diff goes with -check")
	case c.config != "":
		src, err := readSource(c.config, gen.DefaultLimits())
		if err != nil {
			return nil, c.fail(err)
		}
		cfg, err := gen.LoadConfig(src, gen.DefaultLimits())
		if err != nil {
			return nil, c.fail(err)
		}
		return cfg, exitOK
	case c.lang == "" && c.template == "":
		return nil, c.usageError("-lang is required")
	case c.template == "" && !slices.Contains(gen.Languages(), c.lang):
		return nil, c.usageError("unknown -lang %q (want one of %s, or give a -template)", c.lang, strings.Join(gen.Languages(), ", "))
	case c.out == "":
		return nil, c.usageError("-o is required")
	case c.check && c.out == "-":
		return nil, c.usageError("-check needs an output file, not -")
	}
	if err := checkOptions(fs, c.lang, c.template != ""); err != nil {
		return nil, c.usageError("%v", err)
	}
	cfg := c.baseConfig()
	cfg.Targets = []gen.ConfigTarget{{
		Target: gen.Target{Lang: c.lang, Template: c.template, Package: c.pkg, FrontMatter: c.frontMatter, Title: c.title, Docs: c.docs},
		Output: c.out,
	}}
	return cfg, exitOK
}

// baseConfig is the spec the flags ask for: the registry or not, the
// extras sets and the user's spec files.
func (c *cli) baseConfig() *gen.Config {
	cfg := &gen.Config{Specs: c.specs, NoRegistry: c.noRegistry}
	if c.extras != "" {
		cfg.Extras = strings.Split(c.extras, ",")
	}
	return cfg
}

// sources lists the spec files of cfg in merge order: the registry, the
// extras sets, then the user's files.
func (c *cli) sources(cfg *gen.Config) ([]gen.Source, error) {
	var sources []gen.Source
	if !cfg.NoRegistry {
		sources = append(sources, gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true, Decoded: decoded.Registry})
	}
	for _, name := range cfg.Extras {
		name = strings.TrimSpace(name)
		data, ok := spec.Extra(name)
		if !ok {
			return nil, fmt.Errorf("unknown extras set %q (want some of %s)", name, strings.Join(spec.ExtraSets(), ", "))
		}
		sources = append(sources, gen.Source{Name: spec.ExtraName(name), Data: data, AddOnly: true, Embedded: true})
	}
	for _, p := range cfg.Specs {
		src, err := readSource(p, gen.DefaultLimits())
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
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
	var targets []gen.Target
	for _, t := range cfg.Targets {
		if t.Package == "" && slices.Contains(gen.TargetOptions(t.Lang, t.Template != ""), gen.OptionPackage) {
			if t.Package, err = c.inferPackage(t); err != nil {
				return c.fail(err)
			}
		}
		targets = append(targets, t.Target)
	}
	r := gen.NewRenderer(templates.FS(), "templates")
	r.OpenDir = openTemplateDir
	datas, renderErrs := r.RenderAll(s, targets)
	var outs []output.File
	var errs []string
	for i, t := range cfg.Targets {
		if renderErrs[i] != nil {
			errs = append(errs, message(renderErrs[i]))
			continue
		}
		outs = append(outs, output.File{Path: t.Output, Data: datas[i], Lang: t.Lang})
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
	opt := c.outputOptions()
	if c.check {
		current, err := output.Check(outs, opt)
		if err != nil {
			return c.fail(err)
		}
		if !current {
			return exitDrift
		}
		return exitOK
	}
	if err := output.Write(outs, opt); err != nil {
		return c.fail(err)
	}
	return exitOK
}

// pauseVar names the environment variable by which tests stop a run in
// the middle of its commit: with STATUSGEN_TEST_PAUSE_AFTER=N, statusgen
// prints a line to standard error after the Nth rename or removal and
// sleeps until it is killed. Only tests set it.
const pauseVar = "STATUSGEN_TEST_PAUSE_AFTER"

// outputOptions says how the output package reports and, for -check -diff,
// where the diff goes.
func (c *cli) outputOptions() output.Options {
	opt := output.Options{Clean: c.clean, Log: c.stderr}
	if c.diff {
		opt.Diff = c.stdout
	}
	if n, err := strconv.Atoi(c.getenv(pauseVar)); err == nil && n > 0 {
		opt.AfterStep = func(done, total int) {
			if done != n {
				return
			}
			fmt.Fprintf(c.stderr, "statusgen: paused after step %d of %d (%s)\n", done, total, pauseVar)
			for {
				time.Sleep(time.Hour)
			}
		}
	}
	return opt
}

// dumpTemplates writes the built-in templates into a directory, all or
// none, refusing to overwrite any file that is already there.
func (c *cli) dumpTemplates() int {
	fsys := templates.FS()
	var files []output.File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		files = append(files, output.File{Path: filepath.Join(c.dump, filepath.FromSlash(p)), Data: data})
		return err
	})
	if err != nil {
		return c.fail(err)
	}
	if err := output.Create(files, output.Options{Log: c.stderr}); err != nil {
		return c.fail(err)
	}
	return exitOK
}
