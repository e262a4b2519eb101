package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/statusgen/statusgen/internal/peakrss"
)

// binaries gives the statusgen command and peakrss's launcher, for the
// tests that attack a real process.
func binaries(t *testing.T) (statusgen, rssLauncher string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the statusgen binary; make test runs it")
	}
	if !peakrss.Supported() {
		t.Skip("this platform has no ru_maxrss to measure peak memory with")
	}
	return binary(t), launcher(t)
}

// process is one finished statusgen process.
type process struct {
	exit           int
	kib            int64
	stdout, stderr string
}

// runProcess runs statusgen with args through the launcher; a process
// that outlives the timeout is killed and fails the test.
func runProcess(t *testing.T, statusgen, launcher string, timeout time.Duration, args ...string) process {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, launcher)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r, err := peakrss.Run(launcher, cmd, statusgen, args...)
	if ctx.Err() != nil {
		t.Fatalf("statusgen %q still ran after %v", args, timeout)
	}
	if err != nil {
		t.Fatalf("statusgen %q: %v\n%s", args, err, stderr.String())
	}
	return process{exit: r.ExitCode, kib: r.KiB, stdout: stdout.String(), stderr: stderr.String()}
}

// maxInputKiB bounds the peak resident set of a process refusing an
// oversized input: the 4 MiB limit, what reading it costs, and the Go
// runtime. Reading a 2 GiB file whole would need 2 GiB.
const maxInputKiB = 64 << 10

// TestLimitsHoldWhileReading feeds a real statusgen process spec and
// config files that are huge or endless: a sparse 2 GiB file, /dev/zero
// and a FIFO whose writer never stops. Each must be refused with one
// diagnostic, exit status 2 and a small peak resident set.
func TestLimitsHoldWhileReading(t *testing.T) {
	statusgen, launcher := binaries(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()

	baseline := runProcess(t, statusgen, launcher, time.Minute, "-lang", "go", "-o", filepath.Join(dir, "ok.go"))
	if baseline.exit != 0 {
		t.Fatalf("a plain run failed: %s", baseline.stderr)
	}
	t.Logf("peak RSS of a plain run: %d KiB", baseline.kib)

	for _, tc := range []struct {
		name, input string
		fifo        bool
	}{
		{"2GiB file", big, false},
		{"dev zero", "/dev/zero", false},
		{"endless fifo", filepath.Join(dir, "endless.yaml"), true},
	} {
		for _, flag := range []string{"-spec", "-config"} {
			t.Run(tc.name+" "+flag, func(t *testing.T) {
				if tc.fifo {
					stop := endlessFIFO(t, tc.input)
					defer stop()
				}
				args := []string{flag, tc.input}
				if flag == "-spec" {
					args = append(args, "-lang", "go", "-o", filepath.Join(dir, "out.go"))
				}
				p := runProcess(t, statusgen, launcher, time.Minute, args...)
				want := tc.input + ": file is larger than the limit of 4194304 bytes\n"
				if p.exit != 2 || p.stderr != want {
					t.Errorf("exit %d, stderr %q; want 2 and %q", p.exit, p.stderr, want)
				}
				if p.kib > maxInputKiB {
					t.Errorf("peak RSS %d KiB, over the bound of %d KiB", p.kib, maxInputKiB)
				}
				t.Logf("peak RSS %d KiB", p.kib)
				if _, err := os.Stat(filepath.Join(dir, "out.go")); !os.IsNotExist(err) {
					t.Error("an output was written")
				}
			})
		}
	}
}

// endlessFIFO makes a FIFO at path and writes to it, without end, whoever
// reads it; stop ends the writer.
func endlessFIFO(t *testing.T, path string) (stop func()) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		w, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer w.Close()
		chunk := bytes.Repeat([]byte("# endless\n"), 6554)
		for {
			if _, err := w.Write(chunk); err != nil {
				return // the reader closed its end: EPIPE
			}
		}
	}()
	return func() {
		// Unblock a writer still waiting for a reader, then remove the FIFO.
		if r, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			r.Close()
		}
		<-done
		os.Remove(path)
	}
}

// stderrLines splits a process's stderr into lines.
func stderrLines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// TestTemplateLimitsInAProcess runs the real binary on user templates that
// would crash, hang or exhaust it without the limits: one that calls
// itself, one whose output would grow to 10 GB, past the 64 MiB cap, and
// one whose directory holds a FIFO named like a partial, which no writer
// ever feeds. Each must end with one line on stderr and exit status 2,
// never a Go stack dump or a wait, and a bounded peak resident set.
func TestTemplateLimitsInAProcess(t *testing.T) {
	statusgen, launcher := binaries(t)
	for _, tc := range []struct {
		name, text, fifo, want string
	}{
		{"recursion", "// {{ .Marker }}\n{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}\n", "",
			`t.tmpl:2:28: template "r" calls itself; statusgen templates may not recurse`},
		{"output size", "// {{ .Marker }}\n{{ range until 1000 }}{{ range until 1000 }}{{ repeat 10000 \"x\" }}{{ end }}{{ end }}\n", "",
			"t.tmpl: template output is larger than the limit of 67108864 bytes"},
		{"FIFO partial", "// {{ .Marker }}\n", "p.tmpl", "p.tmpl: is a named pipe (FIFO), not a regular file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tmpl := filepath.Join(dir, "t.tmpl")
			writeFile(t, tmpl, tc.text)
			if tc.fifo != "" {
				if err := syscall.Mkfifo(filepath.Join(dir, tc.fifo), 0o644); err != nil {
					t.Skipf("no FIFOs here: %v", err)
				}
			}
			out := filepath.Join(dir, "out.txt")
			small := filepath.Join(dir, "codes.yaml")
			writeFile(t, small, "codes:\n  - code: 299\n    phrase: Fine\n")
			p := runProcess(t, statusgen, launcher, 2*time.Minute, "-template", tmpl, "-lang", "text", "-no-registry", "-spec", small, "-o", out)
			if want := filepath.Join(dir, tc.want) + "\n"; p.exit != 2 || p.stderr != want {
				t.Errorf("exit %d, stderr (%d lines) %.500q; want 2 and %q", p.exit, len(stderrLines(p.stderr)), p.stderr, want)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Error("an output was written")
			}
			// The output buffer holds up to twice the cap while it grows,
			// and the collector lets the heap reach twice what is live.
			if p.kib > 384<<10 {
				t.Errorf("peak RSS %d KiB, over the bound of 384 MiB", p.kib)
			}
			t.Logf("peak RSS %d KiB", p.kib)
		})
	}
}
