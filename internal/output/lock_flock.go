//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package output

import (
	"errors"
	"os"
	"syscall"
)

// lockSupported reports whether runs on one directory serialize here.
const lockSupported = true

// lockFile takes flock(2)'s advisory lock on f, a directory: exclusive or
// shared, waiting for it or not. It returns errBusy when another process
// holds a conflicting lock and wait is false. The lock goes with the file
// descriptor: closing f, or the process ending in any way, releases it.
func lockFile(f *os.File, exclusive, wait bool) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if !wait {
		how |= syscall.LOCK_NB
	}
	for {
		err := syscall.Flock(int(f.Fd()), how)
		switch {
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return errBusy
		}
		return err
	}
}
