//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package output

import "os"

// lockSupported reports whether runs on one directory serialize here: not
// on this system, which has no flock(2) (Windows, Plan 9, Solaris, ...).
const lockSupported = false

// lockFile does nothing here: concurrent runs on one directory are not
// serialized, and one of them may fail (its commit is still all or nothing).
func lockFile(*os.File, bool, bool) error { return nil }
