package main

import (
	"math"
	"runtime"
	"runtime/debug"
)

// runMemoryLimit is the Go runtime's memory limit in a statusgen process
// until its first collection: the collector runs when the process's own
// memory nears it, not each time the heap doubles. A run on the registry
// stays below it and never collects; a -config run of every language
// collects less often (14% faster), and a run on the 500-code spec peaks
// at about 18 MiB instead of 19 to 26 (docs/bench.md).
const runMemoryLimit = 14 << 20

// setGC tunes the collector for a short run: no collection until the
// memory limit nears (GOGC=off, GOMEMLIMIT=14MiB). Once the first
// collection has run, the run is a large one, whose live heap may stay
// above the limit, where GOGC=off would collect over and over: the
// runtime's defaults come back (GOGC=100, no limit). A GOGC or GOMEMLIMIT
// in the environment leaves the runtime's settings alone, so that a user's
// own choice holds.
func setGC(getenv func(string) string) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(runMemoryLimit)
	debug.SetGCPercent(-1)
	// A finalizer runs after the collection that finds its object
	// unreachable: the first one.
	sentinel := new([16]byte)
	runtime.SetFinalizer(sentinel, func(*[16]byte) {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}
