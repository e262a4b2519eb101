// Package peakrss measures the peak resident set of a command, for the
// benchmarks' memory budget and the tests that bound what an input may
// cost.
//
// The figure comes through a tiny launcher process, never from the caller's
// own children: on Linux, a child's ru_maxrss includes the resident set of
// the process that forked it (exec records the old address space's
// high-water mark), so a big caller would hide the command's figure. The
// launcher runs one command, waits and records the command's raw ru_maxrss
// and exit status; it is small, and a do-nothing binary run through it
// shows the floor of the measurement.
package peakrss

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/internal/gobuild"
)

const launcherSource = `package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

// usage: launcher RESULT-FILE COMMAND [ARG]...
func main() {
	cmd := exec.Command(os.Args[2], os.Args[3:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	if _, exit := err.(*exec.ExitError); err != nil && !exit {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(125)
	}
	res := fmt.Sprintf("%d %d\n", cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss, cmd.ProcessState.ExitCode())
	if err := os.WriteFile(os.Args[1], []byte(res), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(125)
	}
}
`

// Supported reports whether the platform has getrusage's ru_maxrss.
func Supported() bool {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		return false
	}
	return true
}

// Build builds the launcher in its own module in dir, which must not
// exist; "" on platforms without ru_maxrss.
func Build(goCmd, dir string) (string, error) {
	if !Supported() {
		return "", nil
	}
	return gobuild.Module(goCmd, dir, launcherSource)
}

// Result is what one run through the launcher measured.
type Result struct {
	// KiB is the command's peak resident set.
	KiB int64
	// ExitCode is the command's exit status.
	ExitCode int
}

// Run runs bin with args through the launcher, its standard streams those
// of cmd (a template whose Path and Args Run replaces), and returns its peak
// resident set and exit status.
func Run(launcher string, cmd *exec.Cmd, bin string, args ...string) (Result, error) {
	res, err := os.CreateTemp("", "peakrss-")
	if err != nil {
		return Result{}, err
	}
	res.Close()
	defer os.Remove(res.Name())
	cmd.Path = launcher
	cmd.Args = append([]string{launcher, res.Name(), bin}, args...)
	if err := cmd.Run(); err != nil {
		return Result{}, fmt.Errorf("launcher: %w", err)
	}
	out, err := os.ReadFile(res.Name())
	if err != nil {
		return Result{}, err
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		return Result{}, fmt.Errorf("launcher wrote %q", out)
	}
	var r Result
	if r.KiB, err = strconv.ParseInt(f[0], 10, 64); err != nil {
		return Result{}, fmt.Errorf("launcher wrote %q", out)
	}
	if r.ExitCode, err = strconv.Atoi(f[1]); err != nil {
		return Result{}, fmt.Errorf("launcher wrote %q", out)
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		r.KiB /= 1024 // bytes there; KiB on Linux and the BSDs
	}
	return r, nil
}
