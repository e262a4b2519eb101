// Package testspec loads the specs that statusgen's tests share, one way
// for every test package: the embedded registry, and the registry with
// spec files of test/testdata merged on top (hostile.json: codes whose
// phrases and descriptions hold every quote style, backslashes, template
// syntax, comment terminators, HTML, Markdown and non-ASCII text, which
// every target's tests compile and compare byte for byte).
package testspec

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/spec"
)

// Registry is the embedded registry as a source, as statusgen merges it
// first.
func Registry() gen.Source {
	return gen.Source{Name: spec.RegistryName, Data: spec.Registry()}
}

// Load loads and merges sources in order, with the default limits and no
// expiry check, and fails t on any error.
func Load(t testing.TB, sources ...gen.Source) *gen.Spec {
	t.Helper()
	s, _, err := gen.LoadSpec(sources, gen.DefaultLimits(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestData is the spec file test/testdata/name as a source, named by its
// path in the repository, which is found from the test's working
// directory (its package's): the nearest directory above with
// test/testdata.
func TestData(t testing.TB, name string) gen.Source {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel := filepath.Join("test", "testdata", name)
	for {
		data, err := os.ReadFile(filepath.Join(dir, rel))
		if err == nil {
			return gen.Source{Name: filepath.ToSlash(rel), Data: data}
		}
		parent := filepath.Dir(dir)
		if !errors.Is(err, fs.ErrNotExist) || parent == dir {
			t.Fatalf("reading %s: %v", rel, err)
		}
		dir = parent
	}
}

// Hostile is the registry with test/testdata/hostile.json merged, and then
// the other files of test/testdata named in more (hostile-docs.json).
func Hostile(t testing.TB, more ...string) *gen.Spec {
	t.Helper()
	sources := []gen.Source{Registry()}
	for _, name := range append([]string{"hostile.json"}, more...) {
		sources = append(sources, TestData(t, name))
	}
	return Load(t, sources...)
}
