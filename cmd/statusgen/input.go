package main

import (
	"os"

	"github.com/statusgen/statusgen/gen"
)

// readSource reads a spec or config file through gen.ReadSource, so that
// the size limit holds while reading: a huge file, /dev/zero or an endless
// pipe costs at most the limit in memory.
func readSource(path string, lim gen.Limits) (gen.Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return gen.Source{}, unwrapPathError(path, err)
	}
	defer f.Close()
	src, err := gen.ReadSource(path, f, lim)
	if err != nil {
		return gen.Source{}, unwrapPathError(path, err)
	}
	return src, nil
}
