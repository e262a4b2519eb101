// Package gobuild builds the programs that statusgen's process tests and
// benchmarks run: statusgen itself, as the Makefile builds it, and small
// helper programs (peakrss's launcher, a do-nothing binary) in modules of
// their own. It is the one way they are built, so that a test and a
// benchmark measure the same binary.
package gobuild

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Statusgen builds ./cmd/statusgen of the module in dir into out as the
// Makefile does: CGO_ENABLED=0, a static binary that starts without the
// dynamic loader. The go command's output goes to standard error.
func Statusgen(goCmd, dir, out string) error {
	cmd := exec.Command(goCmd, "build", "-o", out, "./cmd/statusgen")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

// Module writes source as main.go, with a go.mod, into dir, which must not
// exist, builds it there and returns the binary's path. No workspace or
// GOFLAGS of the caller's applies.
func Module(goCmd, dir, source string) (string, error) {
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", err
	}
	files := map[string]string{
		"go.mod":  "module " + filepath.Base(dir) + "\n\ngo 1.22\n",
		"main.go": source,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return "", err
		}
	}
	bin := Exe(filepath.Join(dir, filepath.Base(dir)))
	cmd := exec.Command(goCmd, "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return bin, cmd.Run()
}

// Exe is name with the platform's executable suffix (.exe on Windows).
func Exe(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}
