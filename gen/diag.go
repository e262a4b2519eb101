package gen

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Pos is a position in an input file. Line and Col count from 1; zero
// means unknown.
type Pos struct {
	// Path is the file, as its Source (or config) named it.
	Path string
	// Line is the line, counting from 1.
	Line int
	// Col is the column, in bytes, counting from 1.
	Col int
}

// String gives path:line:col, leaving out what is unknown (path, or
// path:line).
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.Path
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
}

func nodePos(path string, n *yaml.Node) Pos {
	return Pos{Path: path, Line: n.Line, Col: n.Column}
}

// Diagnostic is one problem in an input, printed as path:line:col: message
// so that editors can jump to it.
type Diagnostic struct {
	// Pos is where the problem is.
	Pos Pos
	// Msg says what it is, in one line.
	Msg string
}

// Error gives path:line:col: message.
func (d *Diagnostic) Error() string { return d.Pos.String() + ": " + d.Msg }

func errorAt(p Pos, format string, args ...any) *Diagnostic {
	return &Diagnostic{Pos: p, Msg: fmt.Sprintf(format, args...)}
}

// Diagnostics is a list of problems, one a line, sorted by position.
type Diagnostics []*Diagnostic

// Error gives each Diagnostic on a line of its own.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}

// add appends err, flattening nested Diagnostics; other errors get p.
func (ds *Diagnostics) add(p Pos, err error) {
	switch e := err.(type) {
	case nil:
	case *Diagnostic:
		*ds = append(*ds, e)
	case Diagnostics:
		*ds = append(*ds, e...)
	default:
		*ds = append(*ds, &Diagnostic{Pos: p, Msg: err.Error()})
	}
}

// err returns the list sorted by file (in the order files first appear)
// and by position within a file, or nil when it is empty.
func (ds Diagnostics) err() error {
	if len(ds) == 0 {
		return nil
	}
	file := map[string]int{}
	for _, d := range ds {
		if _, ok := file[d.Pos.Path]; !ok {
			file[d.Pos.Path] = len(file)
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.Path != b.Path {
			return file[a.Path] < file[b.Path]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return ds
}
