package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
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

// TestSetGCAfterFirstCollection: after the first collection, a run has the
// runtime's defaults back (GOGC=100, no limit), so that a spec whose live
// heap stays above runMemoryLimit does not collect over and over.
func TestSetGCAfterFirstCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	setGC(func(string) string { return "" })
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	if got := gcPercent(); got != -1 {
		t.Fatalf("before a collection: GOGC %d, want off", got)
	}
	for i := 0; i < 50 && gcPercent() == -1; i++ {
		runtime.GC() // queues the sentinel's finalizer, which runs on its own goroutine
		time.Sleep(10 * time.Millisecond)
	}
	if got := gcPercent(); got != 100 {
		t.Errorf("after a collection: GOGC %d, want 100", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after a collection: memory limit %d, want none", got)
	}
}
