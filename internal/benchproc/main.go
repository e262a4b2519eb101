// Command benchproc is statusgen's whole-process benchmark and goal
// report: it runs statusgen as users do, one process per target and one
// -config process for every target, and compares each time with starting
// a do-nothing Go binary, in the same interleaved run.
//
//	go run ./internal/benchproc [-statusgen bin/statusgen] [-rounds 20] [-scale] [-gotool]
//
// Each round runs every case once, in an order that rotates from round to
// round, and the report takes medians over the rounds (see cases.go for
// the cases). Peak resident sets are taken afterwards, in untimed runs
// through a small launcher (internal/peakrss). No absolute time is ever
// judged: each goal is a ratio to the do-nothing binary measured in the
// same rounds, so the machine's speed cancels out.
//
// The goals (flags give each limit):
//
//	-max-lang-ratio     one process per language, its file up to date:
//	                    each language at most this many do-nothing starts
//	-max-config-ratio   one -config process for every language, its files
//	                    up to date: at most this many do-nothing starts per
//	                    language
//	-max-rss-mib        peak RSS of any statusgen process on the registry
//	-max-rss-scale-mib  peak RSS on the 500-code spec (with -scale)
//
// The runs into new, empty directories (every file written and synced)
// and `go tool statusgen` (with -gotool) are reported beside them, not
// judged. benchproc exits 1 when a goal is missed, 2 on errors. -bench-out
// writes every round in the Go benchmark format, for benchstat;
// -doc FILE rewrites the figures table between FILE's bench-process
// markers.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

func main() {
	os.Exit(run())
}

// rssRuns is how often each process runs through the launcher; its peak
// RSS is the largest of these.
const rssRuns = 3

// goals are the limits the report judges.
type goals struct {
	langRatio, configRatio, rssMiB, rssScaleMiB float64
}

func run() int {
	var (
		statusgen = flag.String("statusgen", "", "statusgen binary to measure (default: build ./cmd/statusgen into a temp dir)")
		goCmd     = flag.String("go", cmp.Or(os.Getenv("GO"), "go"), "go command used to build the binaries and for -gotool")
		rounds    = flag.Int("rounds", 20, "measured rounds (after one warm-up round)")
		scale     = flag.Bool("scale", false, "also run one process per language on a 500-code spec (-no-registry)")
		gotool    = flag.Bool("gotool", false, "also time `go tool statusgen -lang go` in a consumer module that pins this checkout")
		benchOut  = flag.String("bench-out", "", "also write per-round results in Go benchmark format to `FILE`, for benchstat")
		doc       = flag.String("doc", "", "rewrite the table between the bench-process markers of `FILE` with this run's figures")
		g         goals
	)
	flag.Float64Var(&g.langRatio, "max-lang-ratio", 4, "goal: one process per language, as a multiple of one do-nothing start")
	flag.Float64Var(&g.configRatio, "max-config-ratio", 1, "goal: one -config process, as a multiple of one do-nothing start per language")
	flag.Float64Var(&g.rssMiB, "max-rss-mib", 12, "goal: peak resident set of a statusgen process on the registry, in MiB")
	flag.Float64Var(&g.rssScaleMiB, "max-rss-scale-mib", 20, "goal: peak resident set on the 500-code spec, in MiB")
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

	s, err := setup(*goCmd, tmp, *statusgen, *scale, *gotool)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	load := loadAverage()
	fmt.Printf("benchproc: %s, %d languages (%s), 1 warm-up + %d rounds, %s/%s, %d CPUs, load average %s\n",
		s.statusgen, len(s.langs), strings.Join(s.langs, ", "), *rounds, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), load)
	if err := measure(s.cases, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	if err := measureRSS(s); err != nil {
		fmt.Fprintln(os.Stderr, "benchproc:", err)
		return 2
	}
	r := newReport(s, g, load+" before, "+loadAverage()+" after")
	r.print(os.Stdout)
	if *benchOut != "" {
		if err := writeBench(*benchOut, s.cases); err != nil {
			fmt.Fprintln(os.Stderr, "benchproc:", err)
			return 2
		}
	}
	if *doc != "" {
		if err := r.updateDoc(*doc); err != nil {
			fmt.Fprintln(os.Stderr, "benchproc:", err)
			return 2
		}
	}
	if r.missed() {
		return 1
	}
	return 0
}

// measure runs every case once a round, in an order that rotates from
// round to round so that no case always runs first or last; round -1 is
// the warm-up.
func measure(cases []*benchCase, rounds int) error {
	for round := -1; round < rounds; round++ {
		order := slices.Clone(cases)
		if round >= 0 {
			k := round % len(order)
			order = append(order[k:], order[:k]...)
		}
		for _, c := range order {
			var total time.Duration
			for _, p := range c.procs() {
				wall, err := timeOnce(p)
				if err != nil {
					return fmt.Errorf("%s %s: %v", c.name, p.lang, err)
				}
				total += wall
				if round >= 0 {
					c.byLang[p.lang] = append(c.byLang[p.lang], wall)
				}
			}
			if round >= 0 {
				c.rounds = append(c.rounds, total)
			}
		}
	}
	return nil
}

// measureRSS runs every case rssRuns more times through the launcher and
// keeps each language's largest peak.
func measureRSS(s *setupResult) error {
	for _, c := range s.cases {
		for range rssRuns {
			for _, p := range c.procs() {
				kib, err := peakRSSOf(s.launcher, p)
				if err != nil {
					return fmt.Errorf("%s %s: %v", c.name, p.lang, err)
				}
				if old, ok := c.rssKiB[p.lang]; !ok || kib > old {
					c.rssKiB[p.lang] = kib
				}
			}
		}
	}
	return nil
}

// timeOnce runs p and returns its wall time, from start to wait as the
// caller sees it.
func timeOnce(p proc) (time.Duration, error) {
	cmd := p.command()
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

// loadAverage is the machine's 1-minute load average, which the report
// prints with the figures: other processes' work shows in the medians.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "n/a"
}

// absPath makes p absolute, for a command run in another directory.
func absPath(p string) (string, error) { return filepath.Abs(p) }
