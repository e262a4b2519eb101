package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// ReadFile reads a spec or config file the user named, stopping one byte
// past max: a huge or endless input (a 2 GiB file, /dev/zero, a pipe that
// never closes) is refused having read no more than that. A pipe is read,
// since `-spec <(command)` is one; what is too large is a diagnostic
// naming path.
func ReadFile(path string, max int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return nil, unwrapPath(path, fmt.Errorf("reading %s: %w", path, err))
	}
	if len(data) > max {
		return nil, pathError(path, "file is larger than the limit of %d bytes", max)
	}
	return data, nil
}

// TemplateDir reads the directory of a user's template for gen's
// Renderer.OpenDir: every .tmpl file directly in dir (the template and
// its partials) into memory, and nothing else. A .tmpl name that is not a
// regular file or a symlink to one (a FIFO, a device) is refused without
// blocking on it, and one larger than max bytes after reading max+1;
// either is a diagnostic naming the file as gen names template files
// (dir/name).
func TemplateDir(dir string, max int) (fs.FS, error) {
	name := func(file string) string {
		if dir == "." {
			return file
		}
		return filepath.ToSlash(dir) + "/" + file
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, pathError(filepath.ToSlash(dir), "reading templates: %v", unwrap(err))
	}
	files := fstest.MapFS{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
			continue
		}
		data, err := readTemplate(filepath.Join(dir, e.Name()), max)
		if err != nil {
			return nil, pathError(name(e.Name()), "%v", err)
		}
		files[e.Name()] = &fstest.MapFile{Data: data, Mode: 0o444}
	}
	return files, nil
}

// readTemplate reads one template file: a regular file, or a symlink to
// one, of at most max bytes.
func readTemplate(path string, max int) ([]byte, error) {
	f, _, err := openRegular(path, true)
	if err != nil {
		return nil, unwrap(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return nil, unwrap(err)
	}
	if len(data) > max {
		return nil, fmt.Errorf("file is larger than the limit of %d bytes", max)
	}
	return data, nil
}

// unwrapPath names path in an error about it once: "path: no such file
// or directory", not the os package's "open path: ...".
func unwrapPath(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}
