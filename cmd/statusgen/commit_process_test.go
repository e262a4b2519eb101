//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// The tests in this file run the real statusgen binary as a process: to
// kill it in the middle of a commit, to run many at once, to run it as
// another user. STATUSGEN_TEST_PAUSE_AFTER=N (pauseVar) makes a run print
// "paused after step N" and sleep once it has made N steps of its commit,
// so that a kill lands between two renames every time.

// proc is a statusgen process whose standard error is read line by line.
type proc struct {
	cmd    *exec.Cmd
	lines  chan string
	stderr bytes.Buffer
	mu     sync.Mutex
	done   chan struct{}
}

func start(t *testing.T, dir string, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, lines: make(chan string, 100), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		defer close(p.lines)
		r := bufio.NewReader(errPipe)
		for {
			line, err := r.ReadString('\n')
			p.mu.Lock()
			p.stderr.WriteString(line)
			p.mu.Unlock()
			if line != "" {
				p.lines <- line
			}
			if err != nil {
				return
			}
		}
	}()
	return p
}

// await reads standard error until a line contains want.
func (p *proc) await(t *testing.T, want string) {
	t.Helper()
	for line := range p.lines {
		if strings.Contains(line, want) {
			return
		}
	}
	t.Fatalf("statusgen ended without printing %q:\n%s", want, p.errText())
}

func (p *proc) errText() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

// wait waits for the process and returns its exit status.
func (p *proc) wait(t *testing.T) int {
	t.Helper()
	go func() {
		for range p.lines {
		}
	}()
	<-p.done
	err := p.cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

func (p *proc) kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.wait(t)
}

// commitTree is a directory with four targets (one each of go, typescript,
// python and json), generated from a spec with an extra code, then the
// config changed to drop that spec: a run replaces all four and, with
// -clean, removes an orphan. It returns the directory and the targets' old
// contents.
func commitTree(t *testing.T) (string, map[string]string) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "extra.yaml"), "codes:\n  - code: 299\n    phrase: Extra Code\n")
	targets := "targets:\n  - lang: go\n    package: out\n    output: out/status.go\n  - lang: typescript\n    output: out/status.ts\n  - lang: python\n    output: out/status.py\n  - lang: json\n    output: out/status.json\n"
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), "specs: [extra.yaml]\n"+targets)
	if code, _, stderr := statusgenIn(t, dir, "-config", "statusgen.yaml"); code != 0 {
		t.Fatalf("first generate: %d %s", code, stderr)
	}
	old := map[string]string{}
	for _, name := range []string{"status.go", "status.ts", "status.py", "status.json"} {
		data, _ := os.ReadFile(filepath.Join(dir, "out", name))
		old[name] = string(data)
	}
	writeFile(t, filepath.Join(dir, "out", "orphan.go"), oldGo)
	writeFile(t, filepath.Join(dir, "out", "mine.go"), "package out\n")
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), targets)
	return dir, old
}

// assertComplete checks that a tree from commitTree is what one clean run
// leaves: every target current, the orphan gone, the hand-written file
// kept, no stage.
func assertComplete(t *testing.T, dir string) {
	t.Helper()
	if code, _, stderr := statusgenIn(t, dir, "-config", "statusgen.yaml", "-check", "-clean"); code != 0 {
		t.Errorf("the tree is not current: %s", stderr)
	}
	if stages, _ := filepath.Glob(filepath.Join(dir, "out", ".statusgen-*")); len(stages) > 0 {
		t.Errorf("left behind: %v", stages)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "out", "mine.go")); string(got) != "package out\n" {
		t.Error("the hand-written file changed")
	}
}

// TestKilledMidCommit kills a run after two of its five steps: every file
// is either its old or its new self, never partial, and the rerun removes
// the stage and completes the set.
func TestKilledMidCommit(t *testing.T) {
	dir, old := commitTree(t)
	p := start(t, dir, []string{pauseVar + "=2"}, "-config", "statusgen.yaml", "-clean")
	p.await(t, "paused after step 2 of 5")
	p.kill(t)
	killed := tree(t, filepath.Join(dir, "out"))
	stages, _ := filepath.Glob(filepath.Join(dir, "out", ".statusgen-txn-*"))
	if len(stages) != 1 {
		t.Errorf("after the kill: stages %v, want the killed run's one", stages)
	}
	code, _, stderr := statusgenIn(t, dir, "-config", "statusgen.yaml", "-clean")
	if code != 0 || !strings.Contains(stderr, "removed, left by an interrupted statusgen run") || !strings.Contains(stderr, "out/orphan.go: removed") {
		t.Errorf("rerun: status %d, stderr %q", code, stderr)
	}
	changed := 0
	for name, content := range old {
		now, _ := os.ReadFile(filepath.Join(dir, "out", name))
		switch killed[name] {
		case content:
		case string(now):
			changed++
		default:
			t.Errorf("after the kill, %s is neither its old nor its new content", name)
		}
	}
	if changed != 2 {
		t.Errorf("after a kill at step 2, %d files were new, want 2", changed)
	}
	assertComplete(t, dir)
}

// TestLockSerializesRuns: a run that finds another in the middle of its
// commit says it waits, does, and once the first is killed, removes its
// stage and completes the set.
func TestLockSerializesRuns(t *testing.T) {
	dir, _ := commitTree(t)
	first := start(t, dir, []string{pauseVar + "=1"}, "-config", "statusgen.yaml", "-clean")
	first.await(t, "paused after step 1")
	second := start(t, dir, nil, "-config", "statusgen.yaml", "-clean")
	second.await(t, "waiting for another statusgen run in this directory to finish")
	select {
	case <-second.done:
		t.Fatalf("the second run did not wait: %s", second.errText())
	default:
	}
	first.kill(t)
	if code := second.wait(t); code != 0 {
		t.Fatalf("the waiting run: status %d: %s", code, second.errText())
	}
	if !strings.Contains(second.errText(), "removed, left by an interrupted statusgen run") {
		t.Errorf("the waiting run did not remove the killed run's stage: %s", second.errText())
	}
	assertComplete(t, dir)
}

// TestConcurrentCleanRuns starts eight -clean runs on one stale tree at
// once: all succeed and the tree is what one run leaves.
func TestConcurrentCleanRuns(t *testing.T) {
	dir, _ := commitTree(t)
	var procs []*proc
	for range 8 {
		procs = append(procs, start(t, dir, nil, "-config", "statusgen.yaml", "-clean"))
	}
	removals := 0
	for i, p := range procs {
		if code := p.wait(t); code != 0 {
			t.Errorf("run %d: status %d: %s", i, code, p.errText())
		}
		removals += strings.Count(p.errText(), "out/orphan.go: removed")
	}
	if removals != 1 {
		t.Errorf("the orphan was removed %d times", removals)
	}
	assertComplete(t, dir)
}
