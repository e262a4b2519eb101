// Package testtool lets a Go test use a toolchain other than Go (rustc,
// cmark-gfm, ...) without making `go test ./...` fail on a machine that has
// only Go.
//
// A test calls [Require] before it runs the tool. When the tool is missing,
// the test is skipped with a message naming it, unless the environment says
// every toolchain must be present ([Strict]: CI=true, which CI and
// `make test` set), in which case it fails.
package testtool

import (
	"os"
	"os/exec"
	"strconv"
)

// StrictVar is the environment variable that makes a missing tool a failure.
const StrictVar = "CI"

// TB is the part of testing.TB that Require uses.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Strict reports whether a missing toolchain must fail the test rather than
// skip it: CI is set to a true value ("true", "1", ...).
func Strict() bool {
	strict, err := strconv.ParseBool(os.Getenv(StrictVar))
	return err == nil && strict
}

// Require returns the path of the named program, found in PATH. When it is
// not there, it skips the test with a message naming the program, or, when
// [Strict], fails it.
func Require(t TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if Strict() {
		t.Fatalf("%s is required (%s=%s) but not found: %v", name, StrictVar, os.Getenv(StrictVar), err)
		return ""
	}
	t.Skipf("skipped: needs %s, which is not in PATH (with %s=true this fails)", name, StrictVar)
	return ""
}
