//go:build unix

package output

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// openRegular opens name for reading without blocking on a FIFO, and
// fails unless it is a regular file: a FIFO, device or socket is never
// read. Unless follow is set, a symlink in name's last element is not
// followed either (and so refused).
func openRegular(name string, follow bool) (*os.File, fs.FileInfo, error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK
	if !follow {
		flags |= syscall.O_NOFOLLOW
	}
	f, err := os.OpenFile(name, flags, 0)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = fmt.Errorf("is %s, not a regular file", kind(fi.Mode()))
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

// stickyDenied says why the file fi in the directory dir cannot be renamed
// over or removed by this process because of dir's sticky bit (as in /tmp),
// or "" when it can: only the owner of the file or of the directory, or
// root, may.
func stickyDenied(dir, fi fs.FileInfo) string {
	ds, ok1 := dir.Sys().(*syscall.Stat_t)
	fst, ok2 := fi.Sys().(*syscall.Stat_t)
	if dir.Mode()&os.ModeSticky == 0 || !ok1 || !ok2 {
		return ""
	}
	uid := uint32(os.Geteuid())
	if uid == 0 || uid == fst.Uid || uid == ds.Uid {
		return ""
	}
	return fmt.Sprintf("the directory is sticky and neither it nor the file (owned by uid %d) is ours (uid %d)", fst.Uid, uid)
}
