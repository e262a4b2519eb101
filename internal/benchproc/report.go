package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// report holds one run's figures and the verdict on each goal.
type report struct {
	s        *setupResult
	load     string
	base     time.Duration // median of one do-nothing start
	verdicts []verdict
}

// verdict is one goal, judged.
type verdict struct {
	what   string
	got    string
	limit  string
	missed bool
}

func newReport(s *setupResult, g goals, load string) *report {
	r := &report{s: s, load: load}
	noop := s.cases[0]
	r.base = median(noop.rounds) / time.Duration(len(s.langs))
	for _, c := range s.cases {
		switch c.role {
		case judgedLang:
			for _, lang := range s.langs {
				x := r.perLangRatio(c, lang)
				r.judge(fmt.Sprintf("one process, %s, file up to date", lang), x, g.langRatio, "%.2fx", "x")
			}
		case judgedConfig:
			r.judge("one -config process, every language, files up to date", r.ratio(c), g.configRatio, "%.2fx", "x")
		case judgedScale:
			r.judge("peak RSS on the 500-code spec", mibOf(peakRSS(c)), g.rssScaleMiB, "%.1f MiB", " MiB")
		}
	}
	rss := int64(-1)
	for _, c := range s.cases {
		if c.role != baseline && c.role != judgedScale && c.name != "gotool" {
			rss = max(rss, peakRSS(c))
		}
	}
	r.judge("peak RSS on the registry", mibOf(rss), g.rssMiB, "%.1f MiB", " MiB")
	return r
}

// judge records a goal: got must be at most limit (a negative got, not
// measured here, passes).
func (r *report) judge(what string, got, limit float64, format, unit string) {
	v := verdict{what: what, got: fmt.Sprintf(format, got), limit: fmt.Sprintf("%g%s", limit, unit)}
	if got < 0 {
		v.got = "n/a"
	}
	v.missed = got > limit
	r.verdicts = append(r.verdicts, v)
}

func (r *report) missed() bool {
	return slices.ContainsFunc(r.verdicts, func(v verdict) bool { return v.missed })
}

// ratio is a case's median total over as many do-nothing starts as there
// are languages: for a -config case, the budget of as many starts.
func (r *report) ratio(c *benchCase) float64 {
	return float64(median(c.rounds)) / float64(r.base*time.Duration(len(r.s.langs)))
}

// perLangRatio is one language's median process over one do-nothing start.
func (r *report) perLangRatio(c *benchCase, lang string) float64 {
	return float64(median(c.byLang[lang])) / float64(r.base)
}

func (r *report) print(w io.Writer) {
	n := len(r.s.langs)
	fmt.Fprintf(w, "\nmedian over %d rounds (load average %s); one do-nothing start: %s\n", len(r.s.cases[0].rounds), r.load, ms(r.base))
	fmt.Fprintf(w, "ratio = the case's total / %d do-nothing starts (one per language):\n", n)
	fmt.Fprintf(w, "  %-16s %6s %12s %12s %8s %10s\n", "case", "procs", "total", "per process", "ratio", "peak RSS")
	for _, c := range r.s.cases {
		procs, m := len(c.byLang), median(c.rounds)
		fmt.Fprintf(w, "  %-16s %6d %12s %12s %7.2fx %10s\n", c.name, procs, ms(m), ms(m/time.Duration(max(procs, 1))), r.ratio(c), mib(peakRSS(c)))
	}
	fmt.Fprintf(w, "\nper language, median of one process (ratio to one do-nothing start), peak RSS:\n")
	fmt.Fprintf(w, "  %-16s", "case")
	for _, lang := range r.s.langs {
		fmt.Fprintf(w, " %24s", lang)
	}
	fmt.Fprintln(w)
	for _, c := range r.s.cases {
		if len(c.byLang) != n {
			continue // one process for all languages, or go only
		}
		fmt.Fprintf(w, "  %-16s", c.name)
		for _, lang := range r.s.langs {
			fmt.Fprintf(w, " %9s (%5.1fx) %7s", ms(median(c.byLang[lang])), r.perLangRatio(c, lang), mib(c.rssKiB[lang]))
		}
		fmt.Fprintln(w)
	}
	if tool, bin := r.find("gotool"), r.find("uptodate"); tool != nil && bin != nil {
		t, b := median(tool.rounds), median(bin.byLang["go"])
		fmt.Fprintf(w, "\ngo tool statusgen -lang go: %s (%.1fx a do-nothing start) against %s for the binary run directly: %.1fx, %s more a line\n",
			ms(t), float64(t)/float64(r.base), ms(b), float64(t)/float64(b), ms(t-b))
	}
	fmt.Fprintf(w, "\npeak RSS measured through a launcher; its floor (the do-nothing binary) is %s\n", mib(peakRSS(r.s.cases[0])))
	fmt.Fprintln(w, "\ngoals:")
	for _, v := range r.verdicts {
		mark := "ok"
		if v.missed {
			mark = "MISSED"
		}
		fmt.Fprintf(w, "  %-6s %-56s %10s (max %s)\n", mark, v.what, v.got, v.limit)
	}
	if r.missed() {
		fmt.Fprintln(w, "\nsome goals were missed")
	} else {
		fmt.Fprintln(w, "\nevery goal met")
	}
}

func (r *report) find(name string) *benchCase {
	for _, c := range r.s.cases {
		if c.name == name {
			return c
		}
	}
	return nil
}

// docs/bench.md's figures sit between these lines; -doc rewrites them.
const (
	docBegin = "<!-- bench-process: begin (make bench-docs rewrites this table) -->"
	docEnd   = "<!-- bench-process: end -->"
)

// markdown is the figures table docs/bench.md carries.
func (r *report) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured by `make bench-process` (%s/%s, %d CPUs, medians of %d interleaved rounds, load average %s); one do-nothing start took %s.\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), len(r.s.cases[0].rounds), r.load, ms(r.base))
	b.WriteString("| one process | " + strings.Join(r.s.langs, " | ") + " |\n")
	b.WriteString("| --- |" + strings.Repeat(" ---: |", len(r.s.langs)) + "\n")
	for _, name := range []string{"uptodate", "fresh", "scale500"} {
		c := r.find(name)
		if c == nil {
			continue
		}
		label := map[string]string{
			"uptodate": "file up to date (as most `go generate` runs find it)",
			"fresh":    "into an empty directory (file written and synced)",
			"scale500": "the 500-code spec, into an empty directory",
		}[name]
		fmt.Fprintf(&b, "| %s |", label)
		for _, lang := range r.s.langs {
			fmt.Fprintf(&b, " %.1fx, %s |", r.perLangRatio(c, lang), mib(c.rssKiB[lang]))
		}
		b.WriteString("\n")
	}
	b.WriteString("\nEach cell: time as a multiple of one do-nothing start, and peak RSS.\n\n")
	b.WriteString("| | time | ratio to do-nothing starts | peak RSS |\n| --- | ---: | ---: | ---: |\n")
	for _, name := range []string{"config-uptodate", "config"} {
		if c := r.find(name); c != nil {
			label := map[string]string{
				"config-uptodate": "every language, one `-config` process, files up to date (as `make generate`)",
				"config":          "every language, one `-config` process, into an empty directory",
			}[name]
			fmt.Fprintf(&b, "| %s | %s | %.2fx | %s |\n", label, ms(median(c.rounds)), r.ratio(c), mib(peakRSS(c)))
		}
	}
	if tool, bin := r.find("gotool"), r.find("uptodate"); tool != nil && bin != nil {
		t, bt := median(tool.rounds), median(bin.byLang["go"])
		fmt.Fprintf(&b, "| `go tool statusgen -lang go` (file up to date) | %s | %.1fx | |\n", ms(t), float64(t)/float64(r.base))
		fmt.Fprintf(&b, "| the binary run directly, the same | %s | %.1fx | |\n", ms(bt), float64(bt)/float64(r.base))
	}
	b.WriteString("\nGoals (judged on the up-to-date runs):")
	for i, v := range r.verdicts {
		sep := ";"
		if i == 0 {
			sep = ""
		}
		mark := "met"
		if v.missed {
			mark = "**missed**"
		}
		fmt.Fprintf(&b, "%s %s %s (max %s), %s", sep, v.what, v.got, v.limit, mark)
	}
	b.WriteString(".\n")
	return b.String()
}

// updateDoc replaces the text between the markers of path with the
// figures table.
func (r *report) updateDoc(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(data)
	i, j := strings.Index(text, docBegin), strings.Index(text, docEnd)
	if i < 0 || j < i {
		return fmt.Errorf("%s lacks the lines %q and %q", path, docBegin, docEnd)
	}
	text = text[:i+len(docBegin)] + "\n" + r.markdown() + text[j:]
	return os.WriteFile(path, []byte(text), 0o644)
}

// writeBench writes each round as Go benchmark lines: the case's total
// time and its ratio to that round's do-nothing starts, and once a line for
// each case's peak RSS.
func writeBench(path string, cases []*benchCase) error {
	var b strings.Builder
	fmt.Fprintf(&b, "goos: %s\ngoarch: %s\npkg: github.com/statusgen/statusgen/internal/benchproc\n", runtime.GOOS, runtime.GOARCH)
	for i := range cases[0].rounds {
		base := cases[0].rounds[i]
		for _, c := range cases {
			fmt.Fprintf(&b, "BenchmarkProcess/case=%s/procs=%d 1 %d ns/op %.3f x-noop\n", c.name, len(c.byLang), c.rounds[i].Nanoseconds(), float64(c.rounds[i])/float64(base))
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

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/1e6) }

func peakRSS(c *benchCase) int64 {
	peak := int64(-1)
	for _, kib := range c.rssKiB {
		peak = max(peak, kib)
	}
	return peak
}

func mibOf(kib int64) float64 {
	if kib < 0 {
		return -1
	}
	return float64(kib) / 1024
}

func mib(kib int64) string {
	if kib < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f MiB", float64(kib)/1024)
}
