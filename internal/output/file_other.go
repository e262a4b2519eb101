//go:build !unix

package output

import (
	"fmt"
	"io/fs"
	"os"
)

// openRegular opens name for reading and fails unless it is a regular
// file (or, with follow, a symlink to one). Without O_NOFOLLOW and
// O_NONBLOCK here, it checks with Lstat or Stat first.
func openRegular(name string, follow bool) (*os.File, fs.FileInfo, error) {
	stat := os.Lstat
	if follow {
		stat = os.Stat
	}
	if fi, err := stat(name); err != nil {
		return nil, nil, err
	} else if !fi.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("is %s, not a regular file", kind(fi.Mode()))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// stickyDenied: no sticky directories here.
func stickyDenied(dir, fi fs.FileInfo) string { return "" }
