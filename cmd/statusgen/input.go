package main

import (
	"io/fs"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/output"
)

// readSource reads a spec or config file, bounded while reading: a huge
// file, /dev/zero or an endless pipe costs at most the limit in memory.
func readSource(path string, lim gen.Limits) (gen.Source, error) {
	data, err := output.ReadFile(path, lim.MaxFileSize)
	if err != nil {
		return gen.Source{}, err
	}
	return gen.Source{Name: path, Data: data}, nil
}

// openTemplateDir is the renderer's OpenDir: a user's template directory,
// read into memory with the limits of any input (no FIFO waited on, no
// file past the size limit).
func openTemplateDir(dir string) (fs.FS, error) {
	return output.TemplateDir(dir, gen.DefaultLimits().MaxFileSize)
}
