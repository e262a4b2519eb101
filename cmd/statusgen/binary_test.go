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

// built is a program made once per test process, in a directory of its
// own that any user may read (the tests that run statusgen as another user
// need that) and that TestMain removes.
type built struct {
	once sync.Once
	path string
	err  error
}

// tmpDirs are the directories of the built programs.
var tmpDirs []string

// get returns the program, making it with make(dir) the first time.
func (b *built) get(t *testing.T, prefix string, make func(dir string) (string, error)) string {
	t.Helper()
	b.once.Do(func() {
		dir, err := os.MkdirTemp("", prefix)
		if err != nil {
			b.err = err
			return
		}
		tmpDirs = append(tmpDirs, dir)
		os.Chmod(dir, 0o755)
		b.path, b.err = make(dir)
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.path
}

// The programs the process tests run: statusgen, and peakrss's launcher.
var statusgenBin, launcherBin built

// binary returns the statusgen binary: a copy of $STATUSGEN when set
// (make test passes the bin/statusgen it built, so the tests run the
// binary users get, built once), else one built by gobuild as make builds
// it.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the statusgen binary; make test runs it")
	}
	return statusgenBin.get(t, "statusgen-bin-", func(dir string) (string, error) {
		path := filepath.Join(dir, "statusgen")
		if made := os.Getenv("STATUSGEN"); made != "" {
			data, err := os.ReadFile(made)
			if err == nil {
				err = os.WriteFile(path, data, 0o755)
			}
			return path, err
		}
		if err := gobuild.Statusgen("go", "../..", path); err != nil {
			return "", fmt.Errorf("building statusgen: %v", err)
		}
		return path, nil
	})
}

// launcher returns peakrss's launcher.
func launcher(t *testing.T) string {
	t.Helper()
	return launcherBin.get(t, "statusgen-launcher-", func(dir string) (string, error) {
		return peakrss.Build("go", filepath.Join(dir, "launcher"))
	})
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
