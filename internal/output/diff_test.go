package output

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/benchproc/bigspec"
	"github.com/statusgen/statusgen/templates"
)

func TestUnifiedDiff(t *testing.T) {
	if d := UnifiedDiff("f", []byte("a\nb\n"), []byte("a\nb\n")); d != "" {
		t.Errorf("equal inputs gave a diff: %q", d)
	}
	got := UnifiedDiff("f", []byte("1\n2\n3\n4\n5\n6\n7\n8\n9\n"), []byte("1\n2\n3\n4\nfive\n6\n7\n8\n9\n"))
	want := "diff a/f b/f\n--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
	if got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
	got = UnifiedDiff("f", nil, []byte("new"))
	if want := "diff a/f b/f\n--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+new\n\\ No newline at end of file\n"; got != want {
		t.Errorf("diff from nothing = %q, want %q", got, want)
	}
}

// bigChange renders the Go table of an n-code spec twice, every phrase
// renamed in the second: a change to every code.
func bigChange(t *testing.T, n int) (old, new []byte) {
	t.Helper()
	r := gen.NewRenderer(templates.FS(), "templates")
	for i, data := range [][]byte{bigspec.Spec(n), bytes.ReplaceAll(bigspec.Spec(n), []byte(" Name\n"), []byte(" Renamed\n"))} {
		s, _, err := gen.LoadSpec([]gen.Source{{Name: "big.yaml", Data: data}}, gen.DefaultLimits(), time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := r.Render(s, gen.Target{Lang: "go", Package: "x"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			old = out
		} else {
			new = out
		}
	}
	return old, new
}

// diffBytes is the memory one UnifiedDiff allocates, the least of three.
func diffBytes(old, new []byte) uint64 {
	least := ^uint64(0)
	for range 3 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		UnifiedDiff("status.go", old, new)
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	return least
}

// TestDiffMemoryIsLinear diffs a fully changed Go table of 125, 250 and
// 500 codes. Memory must grow with the files, as the sum of their sizes
// does (x2 per doubling), not with their product (x4): each doubling may
// cost at most 3x, and a diff at most 16 bytes for each byte of input.
// (The hand-written LCS this replaced allocated 23 MB, 70 MB and 260 MB
// here, x3.7 per doubling; go-internal's diff 1.8, 3.5 and 7.0 MB.)
func TestDiffMemoryIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 500-code specs")
	}
	var last uint64
	for _, n := range []int{125, 250, 500} {
		old, new := bigChange(t, n)
		got := diffBytes(old, new)
		input := uint64(len(old) + len(new))
		t.Logf("%d codes: %d + %d bytes in, %d lines each; the diff allocates %d bytes (%.1f per input byte)", n, len(old), len(new), bytes.Count(old, []byte("\n")), got, float64(got)/float64(input))
		if got > 16*input {
			t.Errorf("%d codes: the diff allocates %d bytes for %d bytes of input", n, got, input)
		}
		if last > 0 && float64(got)/float64(last) > 3 {
			t.Errorf("%d codes: doubling the files multiplied the diff's memory by %.2f (linear: 2, product: 4)", n, float64(got)/float64(last))
		}
		last = got
	}
}
