package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/statusgen/statusgen/internal/gobuild"
	"github.com/statusgen/statusgen/internal/peakrss"
)

// The statusgen binary and peakrss's launcher, each made once per test
// process, for the tests that run statusgen as a real process: exit
// statuses, standard streams and files as a shell sees them.
var (
	binOnce, launcherOnce sync.Once
	binPath, launcherPath string
	binErr, launcherErr   error
	// tmpDirs are removed when the tests end.
	tmpDirs []string
)

// binary returns the statusgen binary, in a directory any user may read
// (the tests that run it as another user need that): a copy of $STATUSGEN
// when set (make test passes the bin/statusgen it built, so the tests run
// the binary users get, built once), else one built by gobuild as make
// builds it.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the statusgen binary; make test runs it")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "statusgen-bin-")
		if err != nil {
			binErr = err
			return
		}
		tmpDirs = append(tmpDirs, dir)
		os.Chmod(dir, 0o755)
		binPath = filepath.Join(dir, "statusgen")
		if built := os.Getenv("STATUSGEN"); built != "" {
			data, err := os.ReadFile(built)
			if err == nil {
				err = os.WriteFile(binPath, data, 0o755)
			}
			binErr = err
			return
		}
		if err := gobuild.Statusgen("go", "../..", binPath); err != nil {
			binErr = fmt.Errorf("building statusgen: %v", err)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// launcher returns peakrss's launcher, built once.
func launcher(t *testing.T) string {
	t.Helper()
	launcherOnce.Do(func() {
		dir, err := os.MkdirTemp("", "statusgen-launcher-")
		if err != nil {
			launcherErr = err
			return
		}
		tmpDirs = append(tmpDirs, dir)
		launcherPath, launcherErr = peakrss.Build("go", filepath.Join(dir, "launcher"))
	})
	if launcherErr != nil {
		t.Fatal(launcherErr)
	}
	return launcherPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range tmpDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// runBinary runs the built statusgen with args in dir (the test's working
// directory when empty) and returns its exit status and output.
func runBinary(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode(), stdout.String(), stderr.String()
	case err != nil:
		t.Fatal(err)
	}
	return 0, stdout.String(), stderr.String()
}
