package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/statusgen/statusgen/internal/peakrss"
)

// buildLauncher builds peakrss's launcher under tmp; "" on platforms
// without ru_maxrss.
func buildLauncher(goCmd, tmp string) (string, error) {
	return peakrss.Build(goCmd, filepath.Join(tmp, "rsslauncher"))
}

// peakRSSOf runs p through the launcher and returns its peak resident set
// in KiB, or -1 when it cannot be measured here. A command that fails is
// an error.
func peakRSSOf(launcher string, p proc) (int64, error) {
	if launcher == "" {
		return -1, nil
	}
	var stderr strings.Builder
	cmd := p.command()
	cmd.Stdout, cmd.Stderr = nil, &stderr
	r, err := peakrss.Run(launcher, cmd, p.bin, p.args...)
	if err == nil && r.ExitCode != 0 {
		err = fmt.Errorf("exit status %d", r.ExitCode)
	}
	if err != nil {
		return 0, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	return r.KiB, nil
}
