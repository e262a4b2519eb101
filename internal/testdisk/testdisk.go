// Package testdisk holds the helpers tests use to set up a directory tree
// and to compare it before and after a statusgen run.
package testdisk

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// WriteFile writes a file, making its directory.
func WriteFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Tree records a directory: each file's content, each symlink's target,
// each other entry's type (without opening it: a FIFO must not be read),
// by path relative to root.
func Tree(t testing.TB, root string) map[string]string {
	t.Helper()
	entries := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		switch {
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			entries[rel] = string(data)
			return err
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			entries[rel] = "-> " + target
			return err
		default:
			entries[rel] = d.Type().String()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// SameTree reports every entry of want that got lacks or holds differently,
// and every entry got has in addition.
func SameTree(t testing.TB, what string, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if g, ok := got[k]; !ok {
			t.Errorf("%s: %s is gone", what, k)
		} else if g != v {
			t.Errorf("%s: %s changed", what, k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s appeared", what, k)
		}
	}
}
