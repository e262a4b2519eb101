//go:build linux && (amd64 || arm64 || 386 || arm || riscv64 || loong64 || s390x)

package output

import (
	"os"
	"syscall"
	"unsafe"
)

// Inode flags of FS_IOC_GETFLAGS (linux/fs.h) that forbid replacing or
// removing a file, even to root: chattr +i and +a.
const (
	fsImmutableFL = 0x10
	fsAppendFL    = 0x20
)

// fsIocGetflags is _IOR('f', 1, long) on the architectures of this file's
// build constraint (others lay ioctl numbers out differently).
const fsIocGetflags = 2<<30 | uintptr(unsafe.Sizeof(uintptr(0)))<<16 | 'f'<<8 | 1

// pinned says why f cannot be replaced or removed by anyone (chattr +i or
// +a), or "" when its flags allow it or the file system has no such flags.
func pinned(f *os.File) string {
	var flags int32
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), fsIocGetflags, uintptr(unsafe.Pointer(&flags)))
	switch {
	case errno != 0:
		return ""
	case flags&fsImmutableFL != 0:
		return "the file is immutable (chattr +i)"
	case flags&fsAppendFL != 0:
		return "the file is append-only (chattr +a)"
	}
	return ""
}
