package main

import (
	"bytes"
	"fmt"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/iana"
	"github.com/statusgen/statusgen/internal/output"
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
	if c.update != "" {
		src, err := readSource(c.update, gen.DefaultLimits())
		if err != nil {
			return c.fail(err)
		}
		sources = append(sources, src)
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
	return c.updateSpec(reg, s, sources)
}

// updateSpec rewrites the last source, the -update file, so that the spec
// agrees with reg. The result must load before it replaces the file, in one
// commit of internal/output (staged, then renamed over it).
func (c *cli) updateSpec(reg *iana.Registry, s *gen.Spec, sources []gen.Source) int {
	last := &sources[len(sources)-1]
	var below *gen.Spec
	if len(sources) > 1 {
		var err error
		if below, _, err = gen.LoadSpec(sources[:len(sources)-1], gen.DefaultLimits(), time.Time{}); err != nil {
			return c.fail(err)
		}
	}
	updated, notes, err := iana.Update(*last, s, below, reg)
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
		if err := output.Replace([]output.File{{Path: c.update, Data: updated}}, c.outputOptions()); err != nil {
			return c.fail(err)
		}
	}
	left := iana.Compare(reg, s)
	for _, d := range left {
		fmt.Fprintf(c.stderr, "statusgen: %s: -update leaves %s\n", c.update, d)
	}
	return driftStatus(len(left))
}

func driftStatus(differences int) int {
	if differences > 0 {
		return exitDrift
	}
	return exitOK
}
