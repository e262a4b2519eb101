package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/iana"
)

// ianaJob compares the merged spec with a registry file (-iana FILE): one
// line a difference on standard output, exit 1 when there is any. With
// -update SPEC, SPEC is merged last and rewritten to agree.
func (c *cli) ianaJob() int {
	src, err := readSource(c.iana, gen.DefaultLimits())
	if err != nil {
		return c.fail(err)
	}
	reg, err := iana.ParseCSV(c.iana, src.Data)
	if err != nil {
		return c.fail(err)
	}
	sources, err := c.sources(c.baseConfig())
	if err != nil {
		return c.fail(err)
	}
	var mode os.FileMode
	if c.update != "" {
		var data []byte
		if data, mode, err = c.disk.ReadFile(c.update); err != nil {
			return c.fail(unwrapPathError(c.update, err))
		}
		sources = append(sources, gen.Source{Name: c.update, Data: data})
	}
	// The registry file, not the spec, says whether a temporary
	// registration has expired: the spec agrees with it or differs.
	s, _, err := gen.LoadSpec(sources, gen.DefaultLimits(), time.Time{})
	if err != nil {
		return c.fail(err)
	}
	for _, n := range reg.Expired(c.now()) {
		fmt.Fprintln(c.stderr, n)
	}
	diffs := iana.Compare(reg, s)
	for _, d := range diffs {
		fmt.Fprintln(c.stdout, d)
	}
	if c.update == "" || len(diffs) == 0 {
		return driftStatus(len(diffs))
	}
	return c.updateSpec(reg, s, sources, mode)
}

// updateSpec rewrites the last source, the -update file, so that the spec
// agrees with reg. The result must load before it replaces the file, which
// happens all at once (a temporary file renamed over it).
func (c *cli) updateSpec(reg *iana.Registry, s *gen.Spec, sources []gen.Source, mode os.FileMode) int {
	last := &sources[len(sources)-1]
	updated, notes, err := iana.Update(*last, s, reg)
	if err != nil {
		return c.fail(err)
	}
	old := last.Data
	last.Data = updated
	s, _, err = gen.LoadSpec(sources, gen.DefaultLimits(), time.Time{})
	if err != nil {
		fmt.Fprintf(c.stderr, "statusgen: %s: the updated spec does not load, so it was not written:\n%v\n", c.update, err)
		return exitError
	}
	for _, n := range notes {
		fmt.Fprintln(c.stderr, n)
	}
	if !bytes.Equal(updated, old) {
		if err := c.replaceFile(c.update, updated, mode); err != nil {
			return c.fail(fmt.Errorf("updating %s: %w", c.update, err))
		}
	}
	left := iana.Compare(reg, s)
	for _, d := range left {
		fmt.Fprintf(c.stderr, "statusgen: %s: -update leaves %s\n", c.update, d)
	}
	return driftStatus(len(left))
}

// replaceFile writes data to a temporary file beside path and renames it
// over path (through a symlink, over the file it points to), so that path
// is either as it was or complete.
func (c *cli) replaceFile(path string, data []byte, mode os.FileMode) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	tmp, err := c.disk.WriteTemp(filepath.Dir(path), data, mode)
	if err != nil {
		return err
	}
	if err := c.disk.Rename(tmp, path); err != nil {
		c.disk.Remove(tmp)
		return err
	}
	return nil
}

func driftStatus(differences int) int {
	if differences > 0 {
		return exitDrift
	}
	return exitOK
}
