package output

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testdisk"
)

// faultFS is the real disk with one kind of call made to fail: the nth
// call of op (counting from 1), or every call of op on a path for which
// match is true.
type faultFS struct {
	osFS
	op    string
	nth   int
	match func(name string) bool
	calls map[string]int
}

func (f *faultFS) fault(op, name string) error {
	if f.calls == nil {
		f.calls = map[string]int{}
	}
	f.calls[op]++
	if op == f.op && (f.calls[op] == f.nth || (f.match != nil && f.match(name))) {
		return &fs.PathError{Op: op, Path: name, Err: syscall.EIO}
	}
	return nil
}

func (f *faultFS) mkdir(name string, perm fs.FileMode) error {
	if err := f.fault("mkdir", name); err != nil {
		return err
	}
	return f.osFS.mkdir(name, perm)
}

func (f *faultFS) writeNew(name string, data []byte, perm fs.FileMode, exact bool) error {
	if err := f.fault("writeNew", name); err != nil {
		return err
	}
	return f.osFS.writeNew(name, data, perm, exact)
}

func (f *faultFS) link(oldname, newname string) error {
	if err := f.fault("link", oldname); err != nil {
		return err
	}
	return f.osFS.link(oldname, newname)
}

func (f *faultFS) rename(oldpath, newpath string) error {
	if err := f.fault("rename", oldpath+" -> "+newpath); err != nil {
		return err
	}
	return f.osFS.rename(oldpath, newpath)
}

func (f *faultFS) remove(name string) error {
	if err := f.fault("remove", name); err != nil {
		return err
	}
	return f.osFS.remove(name)
}

func snapshot(t *testing.T, root string) map[string]string { return testdisk.Tree(t, root) }

func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	testdisk.SameTree(t, what, got, want)
}

func write(t *testing.T, path, content string) {
	t.Helper()
	testdisk.WriteFile(t, path, content)
}

const (
	goOld   = "// " + gen.Marker + "\n\npackage x\n\nconst A = 1\n"
	goNew   = "// " + gen.Marker + "\n\npackage x\n\nconst A = 2\n"
	jsonOld = "{\n  \"$comment\": \"" + gen.Marker + "\",\n  \"v\": 1\n}\n"
	jsonNew = "{\n  \"$comment\": \"" + gen.Marker + "\",\n  \"v\": 2\n}\n"
	tsNew   = "// " + gen.Marker + "\nexport const a = 2;\n"
	pyOrph  = "# " + gen.Marker + "\nA = 1\n"
)

// fixture is a directory with two generated files to replace, one to
// create, two orphans for -clean and a hand-written file, and the outputs
// of a run over it: five steps (three writes, then two removals).
func fixture(t *testing.T) (string, []File) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "out", "a.go"), goOld)
	write(t, filepath.Join(dir, "out", "c.json"), jsonOld)
	write(t, filepath.Join(dir, "out", "orphan.py"), pyOrph)
	write(t, filepath.Join(dir, "out", "orphan2.py"), pyOrph)
	write(t, filepath.Join(dir, "out", "mine.go"), "package x\n")
	out := func(name, lang, data string) File {
		return File{Path: filepath.Join(dir, "out", name), Data: []byte(data), Lang: lang}
	}
	return dir, []File{out("a.go", "go", goNew), out("b.ts", "typescript", tsNew), out("c.json", "json", jsonNew)}
}

func runJob(f fileSystem, outs []File, opt Options) (string, error) {
	var log bytes.Buffer
	opt.Log = &log
	j := &job{fs: f, opt: opt}
	err := j.write(outs)
	return log.String(), err
}

// TestFailingStepRestoresAll fails each step of a commit in turn (a
// rename, or the removal of an orphan): every file is as it was, the
// orphans removed before the failure included, and no stage is left.
func TestFailingStepRestoresAll(t *testing.T) {
	removing := func(name string) func(string) bool {
		return func(p string) bool { return filepath.Base(p) == name }
	}
	for k, fault := range []faultFS{
		{op: "rename", nth: 1}, {op: "rename", nth: 2}, {op: "rename", nth: 3},
		{op: "remove", match: removing("orphan.py")}, {op: "remove", match: removing("orphan2.py")},
	} {
		dir, outs := fixture(t)
		before := snapshot(t, dir)
		var steps []int
		log, err := runJob(&fault, outs, Options{Clean: true, AfterStep: func(done, total int) { steps = append(steps, done) }})
		if err == nil || !strings.Contains(err.Error(), "no file was changed") {
			t.Fatalf("step %d fails: error %v", k+1, err)
		}
		if len(steps) != k {
			t.Errorf("step %d fails: %d steps were made before it", k+1, len(steps))
		}
		if strings.Contains(log, "removed") {
			t.Errorf("step %d fails: the log names a removal that was undone: %q", k+1, log)
		}
		sameTree(t, fmt.Sprintf("after a failure at step %d", k+1), snapshot(t, dir), before)
	}
}

// TestFailingRestore: when undoing a step fails too, the error says where
// the file's earlier content is, the stage keeps it, and the next run
// removes the stage and completes the set.
func TestFailingRestore(t *testing.T) {
	dir, outs := fixture(t)
	// Step 3 (c.json) fails, and so does undoing step 1 (a.go): renaming
	// its backup, old-0, back.
	fault := &faultFS{op: "rename", match: func(p string) bool {
		return strings.HasSuffix(p, "-> "+filepath.Join(dir, "out", "c.json")) || strings.Contains(p, "old-0 -> ")
	}}
	_, err := runJob(fault, outs, Options{})
	if err == nil || !strings.Contains(err.Error(), "undoing the earlier steps failed") {
		t.Fatalf("error %v", err)
	}
	if !strings.Contains(err.Error(), "a.go: restoring it") || !strings.Contains(err.Error(), "its earlier content is kept in") {
		t.Fatalf("error %v", err)
	}
	stage := stageOf(t, dir)
	if stage == "" {
		t.Fatal("the stage holding a.go's earlier content was removed")
	}
	kept, _ := os.ReadFile(filepath.Join(stage, "old-0"))
	if string(kept) != goOld || !strings.Contains(err.Error(), filepath.Join(stage, "old-0")) {
		t.Errorf("the error names %v; the stage keeps %q", err, kept)
	}
	log, err := runJob(osFS{}, outs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log, "removed, left by an interrupted statusgen run") || stageOf(t, dir) != "" {
		t.Errorf("the next run did not remove the stage: %q", log)
	}
	for _, o := range outs {
		if !fileIs(o.Path, string(o.Data)) {
			t.Errorf("%s is not complete after the rerun", o.Path)
		}
	}
}

// TestFailingPrepareTouchesNothing: a write that fails before the first
// rename (a full disk, a directory it cannot write, a file it cannot link)
// changes nothing, and the directories the run made are gone again.
func TestFailingPrepareTouchesNothing(t *testing.T) {
	for _, fault := range []faultFS{{op: "writeNew", nth: 2}, {op: "mkdir", match: func(p string) bool { return strings.Contains(p, ".statusgen-txn-") && strings.Contains(p, "new") }}, {op: "link", nth: 2}} {
		dir, outs := fixture(t)
		outs = append(outs, File{Path: filepath.Join(dir, "new", "deeper", "d.go"), Data: []byte(goNew), Lang: "go"})
		before := snapshot(t, dir)
		if fault.op == "link" {
			// A failing link falls back to a copy: the run succeeds.
			if _, err := runJob(&fault, outs, Options{}); err != nil {
				t.Errorf("link fails: %v", err)
			}
			continue
		}
		if _, err := runJob(&fault, outs, Options{}); err == nil {
			t.Errorf("%s fails: no error", fault.op)
		}
		sameTree(t, fault.op+" fails", snapshot(t, dir), before)
	}
}

// TestCreateAllOrNothing is -dump-templates: a failure at any write or
// rename leaves no file and no directory it made.
func TestCreateAllOrNothing(t *testing.T) {
	for _, fault := range []faultFS{{op: "writeNew", nth: 3}, {op: "rename", nth: 2}} {
		dir := t.TempDir()
		var files []File
		for _, p := range []string{"go/a.tmpl", "go/b.tmpl", "ts/c.tmpl"} {
			files = append(files, File{Path: filepath.Join(dir, "dump", p), Data: []byte("x")})
		}
		j := &job{fs: &fault}
		if err := j.create(files); err == nil {
			t.Errorf("%s fails: no error", fault.op)
		}
		if tree := snapshot(t, dir); len(tree) != 0 {
			t.Errorf("%s fails: left %v", fault.op, tree)
		}
	}
}

func stageOf(t *testing.T, dir string) string {
	matches, _ := filepath.Glob(filepath.Join(dir, "out", ".statusgen-txn-*"))
	if len(matches) > 1 {
		t.Fatalf("stages: %v", matches)
	}
	if len(matches) == 0 {
		return ""
	}
	return matches[0]
}

func fileIs(path, content string) bool {
	data, err := os.ReadFile(path)
	return err == nil && string(data) == content
}
