package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/statusgen/statusgen/gen"
)

// target is an output with its canonical path.
type target struct {
	File
	// path is canonical: absolute, every symlink resolved, so that two
	// spellings of one file give one path.
	path string
	// info is the existing file's; nil when there is none.
	info fs.FileInfo
}

// resolve turns every output into a target and refuses, before anything is
// touched, an output that is not a place for a file (a directory, a path
// ending in a separator, a FIFO, device or socket, or a symlink to one) and
// two outputs on one file, however spelt.
func resolve(outs []File) ([]target, error) {
	var errs gen.Diagnostics
	var ts []target
	for _, o := range outs {
		p, info, err := canonical(o.Path)
		if err != nil {
			errs = append(errs, pathError(o.Path, "%v", err))
			continue
		}
		dup := ""
		for _, t := range ts {
			if t.path == p || (info != nil && t.info != nil && os.SameFile(info, t.info)) {
				dup = t.Path
				break
			}
		}
		if dup != "" {
			errs = append(errs, pathError(o.Path, "the same file as the output %s; give each file once", dup))
			continue
		}
		ts = append(ts, target{File: o, path: p, info: info})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ts, nil
}

// canonical returns p's canonical path and, when the file exists, its
// FileInfo (of the file itself: a symlink is followed).
func canonical(p string) (string, fs.FileInfo, error) {
	if p == "" {
		return "", nil, errors.New("the output path is empty")
	}
	if os.IsPathSeparator(p[len(p)-1]) {
		return "", nil, errors.New("the output path ends in a path separator; an output is a file")
	}
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", nil, fmt.Errorf("finding the working directory: %w", err)
		}
		// Not filepath.Join, which would clean link/../x lexically,
		// where the system goes through the link.
		p = wd + string(filepath.Separator) + p
	}
	dir, base := splitLast(p)
	if base == "." || base == ".." {
		return "", nil, errors.New("the output path names a directory")
	}
	rdir, err := resolveDir(dir)
	if err != nil {
		return "", nil, err
	}
	full := filepath.Join(rdir, base)
	fi, err := os.Lstat(full)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return full, nil, nil
	case err != nil:
		return "", nil, err
	case fi.Mode()&fs.ModeSymlink != 0:
		link := full
		if full, err = filepath.EvalSymlinks(link); errors.Is(err, fs.ErrNotExist) {
			return "", nil, errors.New("the output is a symlink to a file that does not exist")
		} else if err != nil {
			return "", nil, err
		}
		if fi, err = os.Lstat(full); err != nil {
			return "", nil, err
		}
	}
	if !fi.Mode().IsRegular() {
		return "", nil, fmt.Errorf("the output is %s, not a regular file", kind(fi.Mode()))
	}
	return full, fi, nil
}

// resolveDir resolves the symlinks of the longest existing part of dir; the
// rest, which does not exist yet, is cleaned lexically.
func resolveDir(dir string) (string, error) {
	var rest []string
	for {
		r, err := filepath.EvalSymlinks(dir)
		if err == nil {
			if fi, err := os.Stat(r); err != nil {
				return "", err
			} else if !fi.IsDir() {
				return "", fmt.Errorf("%s is not a directory", r)
			}
			if len(rest) > 0 {
				if fi, err := os.Lstat(filepath.Join(r, rest[0])); err == nil {
					return "", fmt.Errorf("%s is %s that leads nowhere", filepath.Join(r, rest[0]), kind(fi.Mode()))
				}
			}
			return filepath.Join(append([]string{r}, rest...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent, last := splitLast(dir)
		if parent == dir || last == "" {
			return "", err
		}
		rest = append([]string{last}, rest...)
		dir = parent
	}
}

// splitLast splits p after its last path separator, without cleaning.
func splitLast(p string) (dir, base string) {
	i := len(p) - 1
	for i >= 0 && !os.IsPathSeparator(p[i]) {
		i--
	}
	switch {
	case i < 0:
		return ".", p
	case i == 0:
		return p[:1], p[1:]
	}
	return p[:i], p[i+1:]
}

// kind names a file's type for messages.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symlink"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsRegular():
		return "a regular file"
	}
	return "not a regular file"
}

// pathError is a problem with a file, printed as "path: message".
func pathError(path, format string, args ...any) *gen.Diagnostic {
	return &gen.Diagnostic{Pos: gen.Pos{Path: path}, Msg: fmt.Sprintf(format, args...)}
}

// display is how messages name a file in one of the outputs' directories:
// in the spelling the user gave that directory.
func display(t target, name string) string {
	dir, _ := splitLast(t.Path)
	return filepath.Join(dir, name)
}
