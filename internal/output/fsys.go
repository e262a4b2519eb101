package output

import (
	"io/fs"
	"os"
)

// fileSystem is every call by which a job changes the disk; tests replace
// it to make one of them fail (a rename at step k, a removal, a restore).
// Reads go to the os package directly.
type fileSystem interface {
	// mkdir creates a directory.
	mkdir(name string, perm fs.FileMode) error
	// writeNew creates name, which must not exist, with data, synced to
	// disk; with exact, perm is set regardless of the umask.
	writeNew(name string, data []byte, perm fs.FileMode, exact bool) error
	// link makes newname a hard link to oldname.
	link(oldname, newname string) error
	// rename moves oldpath to newpath, replacing it atomically.
	rename(oldpath, newpath string) error
	// remove deletes a file or an empty directory.
	remove(name string) error
}

// osFS is the real disk.
type osFS struct{}

func (osFS) mkdir(name string, perm fs.FileMode) error { return os.Mkdir(name, perm) }
func (osFS) link(oldname, newname string) error        { return os.Link(oldname, newname) }
func (osFS) rename(oldpath, newpath string) error      { return os.Rename(oldpath, newpath) }
func (osFS) remove(name string) error                  { return os.Remove(name) }

func (osFS) writeNew(name string, data []byte, perm fs.FileMode, exact bool) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil && exact {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}
