package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Peak RSS is measured through a tiny launcher process, never from
// benchproc's own children: on Linux, a child's ru_maxrss includes the
// resident set of the process that forked it (exec records the old
// address space's high-water mark), so benchproc's own ~15 MiB would hide
// statusgen's figure. The launcher runs one command, waits and prints the
// command's raw ru_maxrss; it is small, and the do-nothing binary run
// through it shows the floor of the measurement.
const launcherSource = `package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
}
`

// rssSupported reports whether the platform has getrusage's ru_maxrss.
func rssSupported() bool {
	switch runtime.GOOS {
	case "windows", "plan9", "js", "wasip1":
		return false
	}
	return true
}

// buildLauncher builds the launcher in its own module under tmp; "" on
// platforms without ru_maxrss.
func buildLauncher(goCmd, tmp string) (string, error) {
	if !rssSupported() {
		return "", nil
	}
	return buildModule(goCmd, filepath.Join(tmp, "rsslauncher"), launcherSource)
}

// measureRSS runs bin with args through the launcher and returns its peak
// resident set in KiB, or -1 when it cannot be measured here.
func measureRSS(launcher, bin string, args ...string) (int64, error) {
	if launcher == "" {
		return -1, nil
	}
	cmd := exec.Command(launcher, append([]string{bin}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("launcher printed %q", out)
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		n /= 1024 // bytes there; KiB on Linux and the BSDs
	}
	return n, nil
}

// buildModule writes main.go and go.mod into dir and builds the binary.
func buildModule(goCmd, dir, source string) (string, error) {
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
	bin := filepath.Join(dir, filepath.Base(dir)+exe())
	cmd := exec.Command(goCmd, "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return bin, cmd.Run()
}
