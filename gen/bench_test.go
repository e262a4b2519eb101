package gen_test

// Benchmarks of the generator's stages and of whole runs, in the form
// benchstat reads: `make bench-go` runs them with -count 6 -benchmem.
//
// Names say what is measured:
//
//	Load/SIZE          gen.LoadFile: YAML parsing and strict decoding of one file
//	LoadSpec/SIZE      gen.LoadSpec: Load, merge and validate (so validation
//	                   costs LoadSpec - Load; validate is not exported alone)
//	Render/LANG/SIZE   Renderer.Render with templates already parsed:
//	                   template execution and formatting
//	RenderCold/LANG    NewRenderer + Render: what one statusgen process pays,
//	                   template parsing included
//	Run/LANG, Run/all  what `statusgen -lang LANG -o FILE` does in-process:
//	                   load the registry, render, output.Write (output up to date)
//	ManyTargets        100 renders of the 500-code spec with one Renderer
//
// SIZE is "registry" (the embedded spec) or codes=N, a generated spec of N
// codes spread over 100-599 with ~1000-byte descriptions (see
// internal/benchproc/bigspec), loaded alone as with -no-registry. Sized
// benchmarks report ns/code: when it stays flat from 50 to 500 codes, time
// grows linearly with the spec (and the output, whose rate is the MB/s).

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/benchproc/bigspec"
	"github.com/statusgen/statusgen/internal/output"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/spec/decoded"
	"github.com/statusgen/statusgen/templates"
)

// benchSizes are the generated spec sizes, in codes.
var benchSizes = []int{50, 100, 200, 400, 500}

// benchInput is one spec a sized benchmark loads.
type benchInput struct {
	name  string // sub-benchmark name: registry, codes=N
	codes int    // codes in the loaded spec
	src   gen.Source
}

var benchInputs = sync.OnceValue(func() []benchInput {
	reg := gen.Source{Name: spec.RegistryName, Data: spec.Registry()}
	s, _, err := gen.LoadSpec([]gen.Source{reg}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		panic(err)
	}
	in := []benchInput{{name: "registry", codes: len(s.Codes), src: reg}}
	for _, n := range benchSizes {
		in = append(in, benchInput{
			name:  fmt.Sprintf("codes=%d", n),
			codes: n,
			src:   gen.Source{Name: fmt.Sprintf("bench-%d.yaml", n), Data: bigspec.Spec(n)},
		})
	}
	return in
})

func benchLoadSpec(tb testing.TB, src gen.Source) *gen.Spec {
	tb.Helper()
	s, _, err := gen.LoadSpec([]gen.Source{src}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		tb.Fatalf("%s: %v", src.Name, err)
	}
	return s
}

func benchTarget(lang string) gen.Target {
	return gen.Target{Lang: lang}
}

// reportPerCode adds ns/code, the figure that shows linearity.
func reportPerCode(b *testing.B, codes int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(codes), "ns/code")
}

func BenchmarkLoad(b *testing.B) {
	for _, in := range benchInputs() {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src.Data)))
			for b.Loop() {
				if _, err := gen.LoadFile(in.src, gen.DefaultLimits()); err != nil {
					b.Fatal(err)
				}
			}
			reportPerCode(b, in.codes)
		})
	}
}

func BenchmarkLoadSpec(b *testing.B) {
	for _, in := range benchInputs() {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src.Data)))
			for b.Loop() {
				if _, _, err := gen.LoadSpec([]gen.Source{in.src}, gen.DefaultLimits(), time.Time{}); err != nil {
					b.Fatal(err)
				}
			}
			reportPerCode(b, in.codes)
		})
	}
}

// BenchmarkRender renders with a Renderer whose templates are parsed: the
// cost of each further target in one process. A language whose templates
// do not render (yet) is skipped, not failed, so the others still report.
func BenchmarkRender(b *testing.B) {
	for _, lang := range gen.Languages() {
		b.Run(lang, func(b *testing.B) {
			for _, in := range benchInputs() {
				b.Run(in.name, func(b *testing.B) {
					s := benchLoadSpec(b, in.src)
					r := gen.NewRenderer(templates.FS(), "templates")
					out, err := r.Render(s, benchTarget(lang))
					if err != nil {
						b.Skipf("%s does not render: %v", lang, err)
					}
					b.SetBytes(int64(len(out)))
					for b.Loop() {
						if _, err := r.Render(s, benchTarget(lang)); err != nil {
							b.Fatal(err)
						}
					}
					reportPerCode(b, in.codes)
				})
			}
		})
	}
}

// BenchmarkRenderCold renders the registry with a new Renderer each time,
// as each statusgen process does: RenderCold - Render/LANG/registry is the
// cost of parsing the language's templates (and building the FuncMap).
func BenchmarkRenderCold(b *testing.B) {
	s := benchLoadSpec(b, benchInputs()[0].src)
	for _, lang := range gen.Languages() {
		b.Run(lang, func(b *testing.B) {
			if _, err := gen.NewRenderer(templates.FS(), "templates").Render(s, benchTarget(lang)); err != nil {
				b.Skipf("%s does not render: %v", lang, err)
			}
			for b.Loop() {
				if _, err := gen.NewRenderer(templates.FS(), "templates").Render(s, benchTarget(lang)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchRun is one statusgen run, in-process, as cmd/statusgen does it:
// take the pre-decoded registry (spec/decoded), render each target with one Renderer, then
// write through internal/output (which plans against the disk and commits).
func benchRun(langs []string, dir string) error {
	reg := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true, Decoded: decoded.Registry}
	s, _, err := gen.LoadSpec([]gen.Source{reg}, gen.DefaultLimits(), time.Now())
	if err != nil {
		return err
	}
	r := gen.NewRenderer(templates.FS(), "templates")
	var outs []output.File
	for _, lang := range langs {
		data, err := r.Render(s, benchTarget(lang))
		if err != nil {
			return err
		}
		outs = append(outs, output.File{Path: filepath.Join(dir, "status."+lang), Data: data, Lang: lang})
	}
	return output.Write(outs, output.Options{})
}

// BenchmarkRun measures whole runs. The first run (untimed) writes the
// files; the timed ones find them up to date, as `make generate` and
// check-generated usually do, so no time goes to writing and syncing.
// Run/all renders the four targets in one run: compare it with the sum of
// the Run/LANG figures (four processes' worth of loading and parsing).
func BenchmarkRun(b *testing.B) {
	cases := [][]string{}
	for _, lang := range gen.Languages() {
		cases = append(cases, []string{lang})
	}
	cases = append(cases, gen.Languages())
	for _, langs := range cases {
		name := langs[0]
		if len(langs) > 1 {
			name = "all"
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			if err := benchRun(langs, dir); err != nil {
				b.Skipf("%v", err)
			}
			for b.Loop() {
				if err := benchRun(langs, dir); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// manyTargets is the number of renders BenchmarkManyTargets does with one
// Renderer.
const manyTargets = 100

// benchTargets returns n targets cycling through the languages that render
// s, with varying options (package names, front matter, titles).
func benchTargets(tb testing.TB, s *gen.Spec, n int) []gen.Target {
	tb.Helper()
	var langs []string
	for _, lang := range gen.Languages() {
		if _, err := gen.NewRenderer(templates.FS(), "templates").Render(s, benchTarget(lang)); err != nil {
			tb.Logf("leaving out %s, which does not render: %v", lang, err)
			continue
		}
		langs = append(langs, lang)
	}
	if len(langs) == 0 {
		tb.Skip("no language renders")
	}
	ts := make([]gen.Target, n)
	for i := range ts {
		ts[i] = gen.Target{
			Lang:        langs[i%len(langs)],
			Package:     fmt.Sprintf("Status%d", i),
			FrontMatter: i%2 == 0,
			Title:       fmt.Sprintf("Status codes, set %d", i),
		}
	}
	return ts
}

// BenchmarkManyTargets renders the 500-code spec into 100 targets with one
// Renderer, so each template directory is parsed once and execution
// dominates; ns/target is comparable with Render/LANG/codes=500.
func BenchmarkManyTargets(b *testing.B) {
	s := benchLoadSpec(b, gen.Source{Name: "bench-500.yaml", Data: bigspec.Spec(bigspec.MaxCodes)})
	ts := benchTargets(b, s, manyTargets)
	var bytes int64
	for b.Loop() {
		r := gen.NewRenderer(templates.FS(), "templates")
		bytes = 0
		for _, t := range ts {
			out, err := r.Render(s, t)
			if err != nil {
				b.Fatal(err)
			}
			bytes += int64(len(out))
		}
	}
	b.SetBytes(bytes)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/manyTargets, "ns/target")
}

// countingFS counts how often each template file is read.
type countingFS struct {
	fs.FS
	mu    sync.Mutex
	reads map[string]int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.reads[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

// TestBenchSpecs keeps the benchmarks' inputs honest without timing
// anything: every generated size loads and validates with the expected
// number of codes, the largest renders in every language that renders the
// registry, and a Renderer reads each template file once however many
// targets it renders (the premise of BenchmarkManyTargets): after the
// 500-code spec, each language again, with the registry.
func TestBenchSpecs(t *testing.T) {
	for _, in := range benchInputs()[1:] {
		s := benchLoadSpec(t, in.src)
		if len(s.Codes) != in.codes {
			t.Errorf("%s: loaded %d codes, want %d", in.name, len(s.Codes), in.codes)
		}
	}
	if testing.Short() {
		t.Skip("rendering the 500-code spec: skipped in -short mode")
	}
	big := benchLoadSpec(t, gen.Source{Name: "bench-500.yaml", Data: bigspec.Spec(bigspec.MaxCodes)})
	cfs := &countingFS{FS: templates.FS(), reads: map[string]int{}}
	r := gen.NewRenderer(cfs, "templates")
	for _, s := range []*gen.Spec{big, testspec.Load(t, testspec.Registry())} {
		for _, lang := range gen.Languages() {
			if _, err := r.Render(s, benchTarget(lang)); err != nil {
				t.Errorf("%s, %d codes: %v", lang, len(s.Codes), err)
			}
		}
	}
	if len(cfs.reads) < len(gen.Languages()) {
		t.Errorf("rendering %d languages read %d template files", len(gen.Languages()), len(cfs.reads))
	}
	for name, n := range cfs.reads {
		if n != 1 {
			t.Errorf("%s was read %d times by one Renderer rendering it twice, want once", name, n)
		}
	}
}
