package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestTemplateFilesBounded: a user's template directory is read into
// memory with only its .tmpl files; a .tmpl that is a FIFO fails at once
// (it is never waited on) and one past the size limit fails, each naming
// the file. A FIFO under another name is never opened, and a symlink to a
// template is read.
func TestTemplateFilesBounded(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.tmpl"), "# {{ .Marker }}\n")
	write(t, filepath.Join(dir, "notes.txt"), "not a template\n")
	write(t, filepath.Join(dir, "b.tmpl"), strings.Repeat("x", 65))
	if _, err := TemplateDir(dir, 64); err == nil || err.Error() != filepath.Join(dir, "b.tmpl")+": file is larger than the limit of 64 bytes" {
		t.Errorf("an oversized template: error %v", err)
	}
	os.Remove(filepath.Join(dir, "b.tmpl"))
	if err := os.Symlink("a.tmpl", filepath.Join(dir, "link.tmpl")); err != nil {
		t.Fatal(err)
	}
	fsys, err := TemplateDir(dir, 64)
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(fsys, "*")
	if err != nil || strings.Join(names, " ") != "a.tmpl link.tmpl" {
		t.Errorf("files %q (%v), want the two templates only", names, err)
	}
	if data, err := fs.ReadFile(fsys, "link.tmpl"); err != nil || string(data) != "# {{ .Marker }}\n" {
		t.Errorf("link.tmpl: %q, %v", data, err)
	}

	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if _, err := TemplateDir(dir, 64); err != nil {
		t.Errorf("a FIFO that is not a template was looked at: %v", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.tmpl"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := TemplateDir(dir, 64)
		done <- err
	}()
	select {
	case err := <-done:
		if want := filepath.Join(dir, "fifo.tmpl") + ": is a named pipe (FIFO), not a regular file"; err == nil || err.Error() != want {
			t.Errorf("a FIFO template: error %v, want %q", err, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a template directory with a FIFO blocked")
	}

	if _, err := TemplateDir(filepath.Join(dir, "missing"), 64); err == nil || err.Error() != filepath.Join(dir, "missing")+": reading templates: no such file or directory" {
		t.Errorf("a missing directory: error %v", err)
	}
}
