package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/benchproc/bigspec"
	"github.com/statusgen/statusgen/internal/consumer"
	"github.com/statusgen/statusgen/internal/gobuild"
)

// The cases, each run once a round:
//
//	noop             the do-nothing binary, once per language: the baseline
//	config           one statusgen -config process for every language, into
//	                 a new, empty directory (every file written and synced)
//	config-uptodate  the same into a directory it already generated, as
//	                 `make generate` and check-generated usually find it:
//	                 judged (-max-config-ratio)
//	fresh            statusgen once per language into a new, empty directory
//	uptodate         the same into a directory it already generated, as a
//	                 //go:generate line usually finds its file: judged per
//	                 language (-max-lang-ratio)
//	scale500         with -scale, once per language on a spec of all 500
//	                 codes (-no-registry): its peak RSS is judged
//	gotool           with -gotool, `go tool statusgen -lang go` in a consumer
//	                 module whose go.mod pins this checkout (as users'
//	                 //go:generate lines run it), its file up to date

// role says how the report treats a case.
type role int

const (
	reported role = iota
	baseline
	judgedLang
	judgedConfig
	judgedScale
)

// benchCase is one case and what was measured of it.
type benchCase struct {
	name   string
	role   role
	procs  func() []proc              // one round's processes
	rounds []time.Duration            // total wall time, per round
	byLang map[string][]time.Duration // each process's wall time, per language
	rssKiB map[string]int64           // peak RSS per language; -1 unknown
}

// proc is one process to run: lang names it in the report.
type proc struct {
	lang string
	bin  string
	args []string
	dir  string
	env  []string
}

func (p proc) command() *exec.Cmd {
	cmd := exec.Command(p.bin, p.args...)
	cmd.Dir = p.dir
	if p.env != nil {
		cmd.Env = append(os.Environ(), p.env...)
	}
	return cmd
}

// setupResult is what the cases need: the binaries and the languages.
type setupResult struct {
	statusgen, noop, launcher string
	langs                     []string
	cases                     []*benchCase
}

// setup builds the binaries and lays out the cases under tmp.
func setup(goCmd, tmp, statusgen string, scale, gotool bool) (*setupResult, error) {
	s := &setupResult{}
	var err error
	if statusgen == "" {
		s.statusgen = gobuild.Exe(filepath.Join(tmp, "statusgen"))
		if err := gobuild.Statusgen(goCmd, ".", s.statusgen); err != nil {
			return nil, fmt.Errorf("building statusgen: %w", err)
		}
	} else if s.statusgen, err = absPath(statusgen); err != nil {
		return nil, err
	}
	if s.noop, err = gobuild.Module(goCmd, filepath.Join(tmp, "noop"), "package main\n\nfunc main() {}\n"); err != nil {
		return nil, fmt.Errorf("building the do-nothing binary: %w", err)
	}
	if s.launcher, err = buildLauncher(goCmd, tmp); err != nil {
		return nil, fmt.Errorf("building the RSS launcher: %w", err)
	}
	dirs := 0
	newDir := func() string {
		dirs++
		d := filepath.Join(tmp, fmt.Sprintf("out%d", dirs))
		if err := os.Mkdir(d, 0o755); err != nil {
			panic(err)
		}
		return d
	}

	// The languages statusgen renders today (gen.Languages(), so a language
	// added later is measured without a change here); one that fails is
	// left out, and the baseline runs as many times.
	probe := newDir()
	for _, lang := range gen.Languages() {
		if _, err := timeOnce(s.target(lang, probe)); err != nil {
			fmt.Fprintf(os.Stderr, "benchproc: leaving out %s: %v\n", lang, err)
			continue
		}
		s.langs = append(s.langs, lang)
	}
	if len(s.langs) == 0 {
		return nil, fmt.Errorf("statusgen renders no language")
	}

	perLang := func(name string, r role, dir func() string, extra ...string) *benchCase {
		return &benchCase{name: name, role: r, procs: func() []proc {
			d := dir()
			var ps []proc
			for _, lang := range s.langs {
				p := s.target(lang, d)
				p.args = append(p.args, extra...)
				ps = append(ps, p)
			}
			return ps
		}}
	}
	upToDate, configDir := newDir(), newDir()
	s.cases = []*benchCase{
		{name: "noop", role: baseline, procs: func() []proc {
			var ps []proc
			for _, lang := range s.langs {
				ps = append(ps, proc{lang: lang, bin: s.noop})
			}
			return ps
		}},
		s.configCase("config", reported, newDir),
		s.configCase("config-uptodate", judgedConfig, func() string { return configDir }),
		perLang("fresh", reported, newDir),
		perLang("uptodate", judgedLang, func() string { return upToDate }),
	}
	if scale {
		big := filepath.Join(tmp, "bench-500.yaml")
		if err := os.WriteFile(big, bigspec.Spec(bigspec.MaxCodes), 0o644); err != nil {
			return nil, err
		}
		s.cases = append(s.cases, perLang("scale500", judgedScale, newDir, "-no-registry", "-spec", big))
	}
	if gotool {
		c, err := s.goToolCase(goCmd, filepath.Join(tmp, "consumer"))
		if err != nil {
			return nil, fmt.Errorf("setting up go tool statusgen: %w", err)
		}
		s.cases = append(s.cases, c)
	}
	for _, c := range s.cases {
		c.byLang = map[string][]time.Duration{}
		c.rssKiB = map[string]int64{}
	}
	return s, nil
}

// target is one statusgen process rendering lang into dir; the Go target
// is given its package (the others have their own defaults).
func (s *setupResult) target(lang, dir string) proc {
	args := []string{"-lang", lang, "-o", filepath.Join(dir, outputName(lang))}
	if lang == "go" {
		args = append(args, "-package", "httpstatus")
	}
	return proc{lang: lang, bin: s.statusgen, args: args}
}

// configCase renders every language with one statusgen -config process
// into the directory dir returns.
func (s *setupResult) configCase(name string, r role, dir func() string) *benchCase {
	return &benchCase{name: name, role: r, procs: func() []proc {
		var b strings.Builder
		b.WriteString("targets:\n")
		for _, lang := range s.langs {
			fmt.Fprintf(&b, "  - lang: %s\n    output: %s\n", lang, outputName(lang))
			if lang == "go" {
				b.WriteString("    package: httpstatus\n")
			}
		}
		p := filepath.Join(dir(), "statusgen.yaml")
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			panic(err)
		}
		return []proc{{lang: "all", bin: s.statusgen, args: []string{"-config", p}}}
	}}
}

// goToolCase sets up a consumer module in dir that requires statusgen,
// replaced by this checkout, as a tool (go get -tool), as cmd/statusgen's
// TestGoGenerateConsumer does, and returns the case that runs
// `go tool statusgen -lang go` there.
func (s *setupResult) goToolCase(goCmd, dir string) (*benchCase, error) {
	root, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "statusgen")); err != nil {
		return nil, fmt.Errorf("run benchproc from the repository root: %w", err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		return nil, err
	}
	if err := consumer.Setup(dir, root); err != nil {
		return nil, err
	}
	goproxy, err := exec.Command(goCmd, "env", "GOPROXY").Output()
	if err != nil {
		return nil, err
	}
	get := proc{lang: "go", bin: goCmd, dir: dir, args: []string{"get", "-tool", consumer.Module + "/cmd/statusgen"}, env: consumer.GetToolEnv(string(goproxy))}
	if _, err := timeOnce(get); err != nil {
		return nil, err
	}
	env := consumer.Env()
	out := filepath.Join(dir, "status_gen.go")
	return &benchCase{name: "gotool", role: reported, procs: func() []proc {
		return []proc{{lang: "go", bin: goCmd, dir: dir, env: env,
			args: []string{"tool", "statusgen", "-lang", "go", "-package", "httpstatus", "-o", out}}}
	}}, nil
}

// outputName is the file each language's process writes, as in the
// Makefile's OUTPUTS; a language added later gets status.LANG.
func outputName(lang string) string {
	switch lang {
	case "go":
		return "status.go"
	case "typescript":
		return "index.ts"
	case "python":
		return "__init__.py"
	case "markdown":
		return "http-status-codes.md"
	}
	return "status." + lang
}
