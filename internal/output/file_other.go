//go:build !unix

package output

import (
	"fmt"
	"io/fs"
	"os"
)

// openRegular opens name for reading and fails unless it is a regular
// file. Without O_NOFOLLOW and O_NONBLOCK here, the caller has checked
// with Lstat first.
func openRegular(name string) (*os.File, fs.FileInfo, error) {
	if fi, err := os.Lstat(name); err != nil {
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
