package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSetGC: a process collects only near runMemoryLimit, unless GOGC or
// GOMEMLIMIT is set, in which case the runtime keeps its own settings.
func TestSetGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	for _, tc := range []struct {
		env       map[string]string
		limit     int64
		gcPercent int
	}{
		{nil, runMemoryLimit, -1},
		{map[string]string{"GOGC": "100"}, math.MaxInt64, 100},
		{map[string]string{"GOGC": "off"}, math.MaxInt64, 100},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, math.MaxInt64, 100},
	} {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		setGC(func(k string) string { return tc.env[k] })
		if got := debug.SetMemoryLimit(-1); got != tc.limit {
			t.Errorf("%v: memory limit %d, want %d", tc.env, got, tc.limit)
		}
		if got := debug.SetGCPercent(100); got != tc.gcPercent {
			t.Errorf("%v: GOGC %d, want %d", tc.env, got, tc.gcPercent)
		}
	}
}
