package gen_test

import (
	"bytes"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/templates"
)

// TestRenderAll: rendering targets at once on several goroutines gives,
// in order, what rendering them one by one gives, a failing target does
// not stop the others, and each template file is still read once.
func TestRenderAll(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	var ts []gen.Target
	for range 2 {
		for _, lang := range gen.Languages() {
			ts = append(ts, gen.Target{Lang: lang, Package: "httpstatus", FrontMatter: lang == "markdown"})
		}
	}
	ts = append(ts[:3], append([]gen.Target{{Lang: "cobol"}}, ts[3:]...)...)
	cfs := &countingFS{FS: templates.FS(), reads: map[string]int{}}
	outs, errs := gen.NewRenderer(cfs, "templates").RenderAll(s, ts)
	if len(outs) != len(ts) || len(errs) != len(ts) {
		t.Fatalf("%d outputs and %d errors for %d targets", len(outs), len(errs), len(ts))
	}
	one := gen.NewRenderer(templates.FS(), "templates")
	for i, tg := range ts {
		want, wantErr := one.Render(s, tg)
		if (errs[i] == nil) != (wantErr == nil) || !bytes.Equal(outs[i], want) {
			t.Errorf("target %d (%s): RenderAll gave %d bytes, %v; Render %d bytes, %v", i, tg.Lang, len(outs[i]), errs[i], len(want), wantErr)
		}
	}
	if errs[3] == nil {
		t.Error("the unknown language rendered")
	}
	for name, n := range cfs.reads {
		if n != 1 {
			t.Errorf("%s was read %d times, want once", name, n)
		}
	}
}
