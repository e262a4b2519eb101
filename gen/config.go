package gen

import (
	"path/filepath"
	"slices"
	"strings"
)

// Config is a statusgen.yaml: one spec rendered to many targets, all of
// which render before any file is written.
type Config struct {
	// Path is the config file's path; relative paths in it resolve against
	// its directory.
	Path string
	// Specs are spec files merged on top of the registry, in order.
	Specs []string
	// Extras are the vendor sets to include (see spec.Extras).
	Extras []string
	// NoRegistry starts from an empty spec instead of the registry.
	NoRegistry bool
	// Targets are the files to generate.
	Targets []ConfigTarget
}

// ConfigTarget is one file a Config generates.
type ConfigTarget struct {
	// Target says what to render.
	Target
	// Output is the file to write, resolved against the config's directory.
	Output string
	// At is where the target is defined in the config file.
	At Pos
}

type rawConfig struct {
	Specs      opt[[]string]          `yaml:"specs"`
	Extras     opt[[]string]          `yaml:"extras"`
	NoRegistry opt[bool]              `yaml:"no_registry"`
	Targets    opt[[]rawConfigTarget] `yaml:"targets"`
}

type rawConfigTarget struct {
	At          Pos
	Lang        opt[string] `yaml:"lang"`
	Template    opt[string] `yaml:"template"`
	Output      opt[string] `yaml:"output"`
	Package     opt[string] `yaml:"package"`
	FrontMatter opt[bool]   `yaml:"front_matter"`
	Title       opt[string] `yaml:"title"`
	Docs        opt[string] `yaml:"docs"`
}

// LoadConfig parses a config file strictly: unknown keys are errors, and
// every target needs an output and a lang or a template.
func LoadConfig(src Source, lim Limits) (*Config, error) {
	root, err := parseYAML(src, lim)
	if err != nil {
		return nil, err
	}
	d := &decoder{path: src.Name, lim: lim}
	var rc rawConfig
	if err := d.value(root, &rc); err != nil {
		return nil, err
	}
	dir := filepath.Dir(src.Name)
	// Not filepath.Join, which would clean the path lexically: "link/.."
	// must go through the link, and a trailing separator must stay for
	// the writer to refuse.
	resolve := func(p string) string {
		if p == "" || filepath.IsAbs(p) || dir == "." {
			return p
		}
		return dir + string(filepath.Separator) + p
	}
	c := &Config{Path: src.Name, Extras: rc.Extras.Val, NoRegistry: rc.NoRegistry.Val}
	for _, s := range rc.Specs.Val {
		c.Specs = append(c.Specs, resolve(s))
	}
	var errs Diagnostics
	if len(rc.Targets.Val) == 0 {
		errs = append(errs, errorAt(Pos{Path: src.Name, Line: 1, Col: 1}, "config has no targets"))
	}
	for _, t := range rc.Targets.Val {
		ct := ConfigTarget{
			Target: Target{
				Lang:        t.Lang.Val,
				Template:    resolve(t.Template.Val),
				Package:     t.Package.Val,
				FrontMatter: t.FrontMatter.Val,
				Title:       t.Title.Val,
				Docs:        t.Docs.Val,
			},
			Output: resolve(t.Output.Val),
			At:     t.At,
		}
		switch {
		case !t.Output.Set || t.Output.Val == "":
			errs = append(errs, errorAt(t.At, "target has no output"))
		case !t.Lang.Set && !t.Template.Set:
			errs = append(errs, errorAt(t.At, "target needs a lang or a template"))
		case !t.Template.Set && !slices.Contains(Languages(), t.Lang.Val):
			errs = append(errs, errorAt(t.Lang.At, "unknown lang %q (want one of %s, or give a template)", t.Lang.Val, strings.Join(Languages(), ", ")))
		default:
			errs = append(errs, checkConfigOptions(t)...)
		}
		c.Targets = append(c.Targets, ct)
	}
	return c, errs.err()
}

// checkConfigOptions checks the options a config target sets: each must
// apply to its language and hold a valid value.
func checkConfigOptions(t rawConfigTarget) Diagnostics {
	var errs Diagnostics
	opts := TargetOptions(t.Lang.Val, t.Template.Set)
	for _, o := range []struct {
		name, value string
		at          Pos
		set         bool
	}{
		{OptionPackage, t.Package.Val, t.Package.At, t.Package.Set},
		{OptionFrontMatter, "", t.FrontMatter.At, t.FrontMatter.Set},
		{OptionTitle, t.Title.Val, t.Title.At, t.Title.Set},
		{OptionDocs, t.Docs.Val, t.Docs.At, t.Docs.Set},
	} {
		switch {
		case !o.set:
		case !slices.Contains(opts, o.name):
			errs = append(errs, errorAt(o.at, "%s does not apply to lang %s (it goes with %s)", o.name, t.Lang.Val, strings.Join(LanguagesTaking(o.name), ", ")))
		default:
			errs.add(o.at, CheckOption(t.Lang.Val, o.name, o.value))
		}
	}
	return errs
}
