package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/statusgen/statusgen/gen"
)

// A job is what one invocation does: the job of the flag that selects one,
// or generate when none does.
type job uint

const (
	jobGenerate job = 1 << iota // -lang or -template ... -o: one target from flags
	jobConfig                   // -config: the targets of a config file
	jobDump                     // -dump-templates
	jobVersion                  // -version
	jobIANA                     // -iana: compare with (and -update to) a registry file
)

// flagRule says what a flag goes with. A flag that selects a job names it
// in selects; jobs are the jobs it may be given with; a target flag that
// only some languages take names its gen target option.
type flagRule struct {
	name       string
	selects    job
	jobs       job
	option     string
	repeatable bool
}

// flagRules has a row for every flag; checkFlags judges a command line by
// it alone, so a new flag is one row.
func flagRules() []flagRule {
	return []flagRule{
		{name: "version", selects: jobVersion, jobs: jobVersion},
		{name: "dump-templates", selects: jobDump, jobs: jobDump},
		{name: "config", selects: jobConfig, jobs: jobConfig},
		{name: "iana", selects: jobIANA, jobs: jobIANA},
		{name: "update", jobs: jobIANA},
		{name: "lang", jobs: jobGenerate},
		{name: "template", jobs: jobGenerate},
		{name: "o", jobs: jobGenerate},
		{name: "spec", jobs: jobGenerate | jobIANA, repeatable: true},
		{name: "extras", jobs: jobGenerate | jobIANA},
		{name: "no-registry", jobs: jobGenerate | jobIANA},
		{name: "package", jobs: jobGenerate, option: gen.OptionPackage},
		{name: "front-matter", jobs: jobGenerate, option: gen.OptionFrontMatter},
		{name: "title", jobs: jobGenerate, option: gen.OptionTitle},
		{name: "docs", jobs: jobGenerate, option: gen.OptionDocs},
		{name: "check", jobs: jobGenerate | jobConfig},
		{name: "diff", jobs: jobGenerate | jobConfig},
		{name: "clean", jobs: jobConfig},
	}
}

// counted wraps a flag's value to count how often it is set, so that a
// single-valued flag given twice is an error, not a silent override.
type counted struct {
	flag.Value
	n int
}

func (c *counted) Set(s string) error { c.n++; return c.Value.Set(s) }

// String gives the wrapped value's text; flag.PrintDefaults also calls it
// on a zero counted, which wraps nothing.
func (c *counted) String() string {
	if c == nil || c.Value == nil {
		return ""
	}
	return c.Value.String()
}

// IsBoolFlag keeps a wrapped boolean flag usable without a value.
func (c *counted) IsBoolFlag() bool {
	b, ok := c.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// countFlags wraps every flag of fs in a counted value.
// A wrapped flag whose default is its type's zero value gets an empty
// DefValue, which is what a zero counted prints, so that -h does not show
// "(default false)".
func countFlags(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		f.Value = &counted{Value: f.Value}
		if f.DefValue == "false" {
			f.DefValue = ""
		}
	})
}

// checkFlags judges the flags given, after parsing, by flagRules: a
// single-valued flag given twice, two flags that select jobs, or a flag
// that does not go with the selected job is an error. It returns the job.
func checkFlags(fs *flag.FlagSet) (job, error) {
	rules := map[string]flagRule{}
	for _, r := range flagRules() {
		rules[r.name] = r
	}
	var given []flagRule
	fs.Visit(func(f *flag.Flag) { given = append(given, rules[f.Name]) })
	j, by := jobGenerate, ""
	for _, r := range given {
		if n := fs.Lookup(r.name).Value.(*counted).n; n > 1 && !r.repeatable {
			return 0, fmt.Errorf("-%s is given %d times; it takes one value", r.name, n)
		}
		if r.selects == 0 {
			continue
		}
		if by != "" {
			return 0, fmt.Errorf("-%s and -%s do not go together", by, r.name)
		}
		j, by = r.selects, r.name
	}
	for _, r := range given {
		if r.jobs&j != 0 {
			continue
		}
		if by != "" {
			return 0, fmt.Errorf("-%s does not go with -%s", r.name, by)
		}
		var with []string
		for _, s := range flagRules() {
			if s.selects&r.jobs != 0 {
				with = append(with, "-"+s.name)
			}
		}
		return 0, fmt.Errorf("-%s goes with %s", r.name, strings.Join(with, " or "))
	}
	return j, nil
}

// checkOptions refuses, for one target given by flags, a target flag that
// its language does not take, or whose value gen.CheckOption refuses (an
// empty value is the default).
func checkOptions(fs *flag.FlagSet, lang string, template bool) error {
	opts := gen.TargetOptions(lang, template)
	for _, r := range flagRules() {
		f := fs.Lookup(r.name)
		if r.option == "" || f.Value.(*counted).n == 0 {
			continue
		}
		if !slices.Contains(opts, r.option) {
			return fmt.Errorf("-%s does not apply to -lang %s (it goes with -lang %s, or a -template)", r.name, lang, orList(gen.LanguagesTaking(r.option)))
		}
		if v := f.Value.String(); v != "" {
			if err := gen.CheckOption(lang, r.option, v); err != nil {
				return fmt.Errorf("-%s: %w", r.name, err)
			}
		}
	}
	return nil
}

// orList joins names as a sentence does: "a", "a or b", "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// flagError rewrites the flag package's parse errors in our words.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown flag " + name
	}
	return msg
}
