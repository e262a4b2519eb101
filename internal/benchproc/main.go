// Command benchproc is statusgen's whole-process benchmark and budget
// report: it generates every target language, as `make generate` does (one
// statusgen -config process), and compares the time with starting a
// do-nothing Go binary as many times as there are targets, in the same run.
//
//	go run ./internal/benchproc [-statusgen bin/statusgen] [-rounds 20]
//
// Each round runs, in an order that rotates from round to round:
//
//	noop      the do-nothing binary, once per language
//	config    one statusgen -config process for every language, into a new,
//	          empty directory (every file written and synced): the budgeted
//	          case
//	fresh     statusgen once per language into a new, empty directory, as
//	          one //go:generate line a file does
//	uptodate  the same into a directory it already generated (nothing is
//	          written)
//
// and the report takes medians over the rounds. Then every case runs
// three more times through a small launcher that reports each process's
// peak resident set (see rss.go). The ratio config/noop must be at most
// -max-ratio and the peak RSS of any statusgen process on the registry at
// most -max-rss-mib, or benchproc exits 1 (2 on errors). No absolute time
// is ever judged: the machine's speed cancels out of the ratio. The
// per-process cases are reported, not judged.
//
// With -scale, one process per language rendering a generated spec of all
// 500 codes (-no-registry) is reported too. With -bench-out FILE it also
// writes one line per round and case in the Go benchmark format, for
// benchstat.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/benchproc/bigspec"
)

func main() {
	os.Exit(run())
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

// rssRuns is how often each process runs through the launcher; its peak
// RSS is the largest of these.
const rssRuns = 3

// caseResult collects the measurements of one case.
type caseResult struct {
	name     string
	budgeted bool                          // whether the budget applies to it
	runs     func() ([]string, [][]string) // one round's languages and argument lists
	rounds   []time.Duration               // total wall time, per round
	byLang   map[string][]time.Duration    // each process's wall time, per language
	rssKiB   map[string]int64              // peak RSS per language; -1 unknown
	procs    int                           // processes per round
}

func run() int {
	var (
		statusgen = flag.String("statusgen", "", "statusgen binary to measure (default: build ./cmd/statusgen into a temp dir)")
		goCmd     = flag.String("go", cmp.Or(os.Getenv("GO"), "go"), "go command used to build the binaries")
		rounds    = flag.Int("rounds", 20, "measured rounds (after one warm-up round)")
		maxRatio  = flag.Float64("max-ratio", 3, "budget: most statusgen may take, as a multiple of starting a do-nothing Go binary as many times")
		maxRSS    = flag.Float64("max-rss-mib", 20, "budget: peak resident set of one statusgen process, in MiB")
		scale     = flag.Bool("scale", false, "also report (without judging) a 500-code spec rendered with -no-registry")
		benchOut  = flag.String("bench-out", "", "also write per-round results in Go benchmark format to `FILE`, for benchstat")
	)
	flag.Parse()
	if *rounds < 1 {
		fmt.Fprintln(os.Stderr, "benchproc: -rounds must be at least 1")
		return 2
	}

	tmp, err := os.MkdirTemp("", "statusgen-benchproc-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	defer os.RemoveAll(tmp)

	if *statusgen == "" {
		*statusgen = filepath.Join(tmp, "statusgen"+exe())
		if err := goBuild(*goCmd, "", *statusgen, "./cmd/statusgen"); err != nil {
			fmt.Fprintln(os.Stderr, "benchproc: building statusgen:", err)
			return 2
		}
	} else if *statusgen, err = filepath.Abs(*statusgen); err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	noop, err := buildModule(*goCmd, filepath.Join(tmp, "noop"), "package main\n\nfunc main() {}\n")
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchproc: building the do-nothing binary:", err)
		return 2
	}
	launcher, err := buildLauncher(*goCmd, tmp)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchproc: building the RSS launcher:", err)
		return 2
	}

	// The languages statusgen renders today; one that fails (its templates
	// being written, say) is left out, and the baseline runs as many times.
	var langs []string
	probe := filepath.Join(tmp, "probe")
	if err := os.Mkdir(probe, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	for _, lang := range gen.Languages() {
		if _, err := timeOnce(*statusgen, args(lang, filepath.Join(probe, outputName(lang)))...); err != nil {
			fmt.Fprintf(os.Stderr, "benchproc: leaving out %s: %v\n", lang, err)
			continue
		}
		langs = append(langs, lang)
	}
	if len(langs) == 0 {
		fmt.Fprintln(os.Stderr, "benchproc: statusgen renders no language")
		return 2
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
	upToDate := newDir()
	statusgenCase := func(name string, budgeted bool, dir func() string, extra ...string) *caseResult {
		return &caseResult{name: name, budgeted: budgeted, runs: func() ([]string, [][]string) {
			d := dir()
			var argss [][]string
			for _, lang := range langs {
				argss = append(argss, append(args(lang, filepath.Join(d, outputName(lang))), extra...))
			}
			return langs, argss
		}}
	}
	noopCase := &caseResult{name: "noop", runs: func() ([]string, [][]string) {
		return langs, make([][]string, len(langs))
	}}
	cases := []*caseResult{
		noopCase,
		configCase(langs, newDir),
		statusgenCase("fresh", true, newDir),
		statusgenCase("uptodate", true, func() string { return upToDate }),
	}
	if *scale {
		big := filepath.Join(tmp, "bench-500.yaml")
		if err := os.WriteFile(big, bigspec.Spec(bigspec.MaxCodes), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "benchproc:", err)
			return 2
		}
		cases = append(cases, statusgenCase("scale500", false, newDir, "-no-registry", "-spec", big))
	}

	fmt.Printf("benchproc: %s, %d languages (%s), 1 warm-up + %d rounds, %s/%s, %d CPUs\n",
		*statusgen, len(langs), strings.Join(langs, ", "), *rounds, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	for _, c := range cases {
		c.byLang = map[string][]time.Duration{}
		c.rssKiB = map[string]int64{}
	}
	for round := -1; round < *rounds; round++ {
		// Rotate the order so that no case always runs first or last.
		order := slices.Clone(cases)
		if round >= 0 {
			k := round % len(order)
			order = append(order[k:], order[:k]...)
		}
		for _, c := range order {
			ls, argss := c.runs()
			c.procs = len(ls)
			var total time.Duration
			for i, lang := range ls {
				bin := *statusgen
				if c == noopCase {
					bin = noop
				}
				wall, err := timeOnce(bin, argss[i]...)
				if err != nil {
					fmt.Fprintf(os.Stderr, "benchproc: %s %s: %v\n", c.name, lang, err)
					return 2
				}
				total += wall
				if round >= 0 {
					c.byLang[lang] = append(c.byLang[lang], wall)
				}
			}
			if round >= 0 {
				c.rounds = append(c.rounds, total)
			}
		}
	}

	// Peak RSS, untimed, through the launcher.
	for _, c := range cases {
		for range rssRuns {
			ls, argss := c.runs()
			for i, lang := range ls {
				bin := *statusgen
				if c == noopCase {
					bin = noop
				}
				kib, err := measureRSS(launcher, bin, argss[i]...)
				if err != nil {
					fmt.Fprintf(os.Stderr, "benchproc: %s %s: %v\n", c.name, lang, err)
					return 2
				}
				if old, ok := c.rssKiB[lang]; !ok || kib > old {
					c.rssKiB[lang] = kib
				}
			}
		}
	}

	return report(os.Stdout, *benchOut, langs, cases, *maxRatio, *maxRSS)
}

// configCase returns the case that renders every language in one process
// through a statusgen.yaml, or nil when statusgen does not take -config.
// configCase generates every language with one statusgen -config process.
func configCase(langs []string, newDir func() string) *caseResult {
	return &caseResult{name: "config", budgeted: true, runs: func() ([]string, [][]string) {
		var b strings.Builder
		b.WriteString("targets:\n")
		for _, lang := range langs {
			fmt.Fprintf(&b, "  - lang: %s\n    output: %s\n", lang, outputName(lang))
			if lang == "go" {
				b.WriteString("    package: httpstatus\n")
			}
		}
		p := filepath.Join(newDir(), "statusgen.yaml")
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			panic(err)
		}
		return []string{"all"}, [][]string{{"-config", p}}
	}}
}

// args are the flags of one target; -package goes with Go only.
func args(lang, out string) []string {
	if pkg := gen.DefaultPackage(lang, "httpstatus"); pkg != "" {
		return []string{"-lang", lang, "-package", pkg, "-o", out}
	}
	return []string{"-lang", lang, "-o", out}
}

// timeOnce runs bin and returns its wall time, from start to wait as the
// caller sees it.
func timeOnce(bin string, args ...string) (time.Duration, error) {
	cmd := exec.Command(bin, args...)
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	return wall, nil
}

func exe() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

func goBuild(goCmd, dir, out, pkg string) error {
	cmd := exec.Command(goCmd, "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

func peakRSS(c *caseResult) int64 {
	peak := int64(-1)
	for _, kib := range c.rssKiB {
		peak = max(peak, kib)
	}
	return peak
}

func mib(kib int64) string {
	if kib < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f MiB", float64(kib)/1024)
}

func report(w io.Writer, benchOut string, langs []string, cases []*caseResult, maxRatio, maxRSSMiB float64) int {
	base := median(cases[0].rounds)
	n := len(langs)
	fmt.Fprintf(w, "\nmedian over %d rounds; ratio = the case's total / %d do-nothing starts:\n", len(cases[0].rounds), n)
	fmt.Fprintf(w, "  %-10s %6s %12s %12s %8s %10s\n", "case", "procs", "total", "per process", "ratio", "peak RSS")
	for _, c := range cases {
		m := median(c.rounds)
		fmt.Fprintf(w, "  %-10s %6d %12s %12s %7.2fx %10s\n", c.name, c.procs, ms(m), ms(m/time.Duration(c.procs)), float64(m)/float64(base), mib(peakRSS(c)))
	}
	fmt.Fprintf(w, "\nper language, median of one process (ratio to one do-nothing start):\n")
	fmt.Fprintf(w, "  %-10s", "case")
	for _, lang := range langs {
		fmt.Fprintf(w, " %18s", lang)
	}
	fmt.Fprintln(w)
	for _, c := range cases {
		if len(c.byLang) != len(langs) {
			continue // one process for all languages
		}
		fmt.Fprintf(w, "  %-10s", c.name)
		for _, lang := range langs {
			m := median(c.byLang[lang])
			fmt.Fprintf(w, " %9s (%4.1fx)", ms(m), float64(m)/float64(base/time.Duration(n)))
		}
		fmt.Fprintln(w)
	}

	if benchOut != "" {
		if err := writeBench(benchOut, cases); err != nil {
			fmt.Fprintln(os.Stderr, "benchproc:", err)
			return 2
		}
	}

	// The budget: time of the config case (every target, every file
	// written), peak RSS of every budgeted case; the do-nothing binary's RSS
	// is the floor of the RSS measurement.
	ratio := float64(median(cases[1].rounds)) / float64(base)
	rss := int64(-1)
	for _, c := range cases {
		if c.budgeted {
			rss = max(rss, peakRSS(c))
		}
	}
	fmt.Fprintf(w, "\npeak RSS measured through a launcher; its floor (the do-nothing binary) is %s\n", mib(peakRSS(cases[0])))
	var over []string
	if ratio > maxRatio {
		over = append(over, fmt.Sprintf("time ratio %.2fx is over the budget of %gx", ratio, maxRatio))
	}
	if rss >= 0 && float64(rss)/1024 > maxRSSMiB {
		over = append(over, fmt.Sprintf("peak RSS %s is over the budget of %g MiB", mib(rss), maxRSSMiB))
	}
	fmt.Fprintf(w, "\nbudget: ratio %.2fx (max %gx), peak RSS %s (max %g MiB)\n", ratio, maxRatio, mib(rss), maxRSSMiB)
	if len(over) > 0 {
		for _, o := range over {
			fmt.Fprintln(w, "OVER BUDGET:", o)
		}
		return 1
	}
	fmt.Fprintln(w, "within budget")
	return 0
}

// writeBench writes each round as Go benchmark lines: the case's total
// time and its ratio to that round's do-nothing starts, and once a line for
// each case's peak RSS.
func writeBench(path string, cases []*caseResult) error {
	var b strings.Builder
	fmt.Fprintf(&b, "goos: %s\ngoarch: %s\npkg: github.com/statusgen/statusgen/internal/benchproc\n", runtime.GOOS, runtime.GOARCH)
	for i := range cases[0].rounds {
		base := cases[0].rounds[i]
		for _, c := range cases {
			fmt.Fprintf(&b, "BenchmarkProcess/case=%s/procs=%d 1 %d ns/op %.3f x-noop\n", c.name, c.procs, c.rounds[i].Nanoseconds(), float64(c.rounds[i])/float64(base))
		}
	}
	for _, c := range cases {
		if rss := peakRSS(c); rss >= 0 {
			fmt.Fprintf(&b, "BenchmarkProcessRSS/case=%s 1 %d peak-RSS-KiB\n", c.name, rss)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return errors.New("writing benchmark output: " + err.Error())
	}
	return nil
}
