//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The attacks in this file make the disk refuse a rename, as a real disk
// does: a file made immutable, a read-only directory, a file in a sticky
// directory that belongs to someone else, a full disk, a read-only mount.
// Some need root, or another user: as root the tests run statusgen as
// other users, which root cannot be (CAP_DAC_OVERRIDE and CAP_FOWNER let
// root write into a read-only or sticky directory); without root they
// skip, saying so. In every case one target replaced before the refused one
// must keep its old content.

// deniedTree is a directory readable by every user, with a config of two
// targets: a/first.go (stale, replaced first) and DIR/second.go.
func deniedTree(t *testing.T, second string) (string, map[string]string) {
	t.Helper()
	dir, err := os.MkdirTemp("", "statusgen-denied-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755)
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), "targets:\n  - lang: go\n    package: out\n    output: a/first.go\n  - lang: go\n    package: out\n    output: "+second+"\n")
	writeFile(t, filepath.Join(dir, "a", "first.go"), oldGo)
	writeFile(t, filepath.Join(dir, second), oldGo)
	return dir, tree(t, dir)
}

// runAs runs the statusgen binary in dir as uid (its gid the same), or as
// this process when uid is -1.
func runAs(t *testing.T, dir string, uid int, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	if uid >= 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(uid)}}
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), stderr.String()
	}
	if err != nil {
		t.Skipf("cannot run statusgen as uid %d here: %v", uid, err)
	}
	return 0, stderr.String()
}

func chownTree(t *testing.T, root string, uid int) {
	t.Helper()
	filepath.Walk(root, func(p string, _ os.FileInfo, err error) error {
		if err == nil {
			err = os.Lchown(p, uid, uid)
		}
		return err
	})
}

func expectRefused(t *testing.T, dir string, before map[string]string, code int, stderr, want string) {
	t.Helper()
	if code != 2 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "no file was changed") && !strings.Contains(stderr, "cannot ") {
		t.Errorf("status %d, stderr %q; want exit 2 and %q", code, stderr, want)
	}
	sameTree(t, "after the refusal", tree(t, dir), before)
}

// TestImmutableFile: chattr +i, which root cannot override either.
func TestImmutableFile(t *testing.T) {
	dir, before := deniedTree(t, "b/second.go")
	second := filepath.Join(dir, "b", "second.go")
	if out, err := exec.Command("chattr", "+i", second).CombinedOutput(); err != nil {
		t.Skipf("chattr +i is not permitted here (needs CAP_LINUX_IMMUTABLE and a file system with inode flags): %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", second).Run() })
	code, stderr := runAs(t, dir, -1, "-config", "statusgen.yaml")
	expectRefused(t, dir, before, code, stderr, "b/second.go: cannot replace: the file is immutable (chattr +i)")
}

// TestReadOnlyDirectory: a directory without write permission. Root
// writes there anyway, so as root the run goes as uid 65534 (nobody).
func TestReadOnlyDirectory(t *testing.T) {
	dir, _ := deniedTree(t, "ro/second.go")
	uid := -1
	if os.Geteuid() == 0 {
		uid = 65534
		chownTree(t, dir, uid)
	}
	os.Chmod(filepath.Join(dir, "ro"), 0o555)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "ro"), 0o755) })
	before := tree(t, dir)
	code, stderr := runAs(t, dir, uid, "-config", "statusgen.yaml")
	expectRefused(t, dir, before, code, stderr, "ro/second.go: cannot write in the directory: permission denied")
}

// TestStickyDirectory: a sticky directory (as /tmp) owned by one user,
// holding a generated file of that user; a second user runs statusgen. Only
// root can set this up with two users that are not root.
func TestStickyDirectory(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root, to set up a directory and a file of another user")
	}
	dir, _ := deniedTree(t, "sticky/second.go")
	const owner, runner = 4242, 4243
	chownTree(t, dir, runner)
	sticky := filepath.Join(dir, "sticky")
	os.Chown(sticky, owner, owner)
	os.Chmod(sticky, 0o777|os.ModeSticky)
	os.Chown(filepath.Join(sticky, "second.go"), owner, owner)
	before := tree(t, dir)
	code, stderr := runAs(t, dir, runner, "-config", "statusgen.yaml")
	expectRefused(t, dir, before, code, stderr, "sticky/second.go: cannot replace: the directory is sticky and neither it nor the file (owned by uid 4242) is ours (uid 4243)")
}

// unshare runs script in a new mount namespace, where it may mount a tiny
// tmpfs or a read-only bind mount that no other process sees and that
// vanishes with it. It skips where that is not permitted.
func unshare(t *testing.T, script string) string {
	t.Helper()
	binary(t)
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("unshare (util-linux) is not installed")
	}
	if out, err := exec.Command("unshare", "-m", "true").CombinedOutput(); err != nil {
		t.Skipf("cannot make a mount namespace here (needs CAP_SYS_ADMIN): %v %s", err, out)
	}
	out, err := exec.Command("unshare", "-m", "sh", "-ec", script).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return string(out)
}

// TestFullDisk runs statusgen on a 64 KiB tmpfs that holds an older, small
// set of outputs: the new ones do not fit. The run fails with the old set
// intact and nothing else left. -dump-templates on an empty 16 KiB tmpfs
// (the templates take 35 KB) leaves it empty: no truncated file.
func TestFullDisk(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "small.yaml"), "codes:\n  - code: 200\n    phrase: OK\n")
	writeFile(t, filepath.Join(dir, "statusgen.yaml"), "targets:\n  - lang: go\n    package: out\n    output: disk/status.go\n  - lang: python\n    output: disk/status.py\n")
	writeFile(t, filepath.Join(dir, "small.config.yaml"), "specs: [small.yaml]\nno_registry: true\ntargets:\n  - lang: go\n    package: out\n    output: disk/status.go\n  - lang: python\n    output: disk/status.py\n")
	os.MkdirAll(filepath.Join(dir, "disk"), 0o755)
	for _, d := range []string{"after", "dump", "dump-after"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	out := unshare(t, `
cd `+dir+`
mount -t tmpfs -o size=64k tmpfs disk
mount -t tmpfs -o size=16k tmpfs dump
`+binary(t)+` -config small.config.yaml
cp -a disk before-copy
set +e
`+binary(t)+` -config statusgen.yaml; echo "generate: $?"
`+binary(t)+` -dump-templates dump/templates; echo "dump: $?"
set -e
cp -a disk/. after/
cp -a dump/. dump-after/
`)
	if !strings.Contains(out, "generate: 2") || !strings.Contains(out, "no space left on device") || !strings.Contains(out, "dump: 2") {
		t.Errorf("on a full disk:\n%s", out)
	}
	sameTree(t, "the full disk", tree(t, filepath.Join(dir, "after")), tree(t, filepath.Join(dir, "before-copy")))
	if left := tree(t, filepath.Join(dir, "dump-after")); len(left) > 0 {
		t.Errorf("-dump-templates on a full disk left %v", left)
	}
}

// TestReadOnlyMount: a read-only bind mount, which denies root too.
func TestReadOnlyMount(t *testing.T) {
	dir, before := deniedTree(t, "romount/second.go")
	out := unshare(t, `
cd `+dir+`
mount --bind romount romount
mount -o remount,bind,ro romount
set +e
`+binary(t)+` -config statusgen.yaml; echo "status: $?"
`)
	if !strings.Contains(out, "status: 2") || !strings.Contains(out, "romount/second.go: cannot write in the directory: read-only file system") {
		t.Errorf("on a read-only mount:\n%s", out)
	}
	sameTree(t, "after the refusal", tree(t, dir), before)
}
