package decoded_test

import (
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/diff"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/golit"
	"github.com/statusgen/statusgen/internal/registrygen"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/spec/decoded"
)

const stale = "spec/decoded/registry_gen.go is stale: run `go generate ./spec/decoded` (make generate runs it) and commit the result"

// loadYAML loads the embedded registry's YAML alone, as a run with an
// overlay does, not through the pre-decoded literal.
func loadYAML(t *testing.T) *gen.Spec {
	t.Helper()
	s, _, err := gen.LoadSpec([]gen.Source{{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true}}, gen.DefaultLimits(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRegistryIsTheYAML: the compiled literal is exactly what loading the
// YAML gives, field by field (reflect.DeepEqual: nil and empty slices
// differ too).
func TestRegistryIsTheYAML(t *testing.T) {
	got, want := decoded.Registry(), loadYAML(t)
	if reflect.DeepEqual(got, want) {
		return
	}
	g, err := golit.Expr(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := golit.Expr(want)
	if err != nil {
		t.Fatal(err)
	}
	t.Errorf("%s; decoded.Registry() differs from loading the YAML:\n%s", stale, diff.Diff("decoded", []byte(g), "yaml", []byte(w)))
}

// TestGeneratedFileIsCurrent: the committed file is what go generate would
// write now, so a change to gen's types or to the spec fails here with the
// command that fixes it.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := registrygen.Generate(spec.RegistryName, spec.Registry())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(registrygen.Output)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("%s:\n%s", stale, diff.Diff("committed", got, "generated", want))
	}
	if !gen.IsGenerated("go", got) {
		t.Errorf("%s lacks statusgen's marker line", registrygen.Output)
	}
}

// TestRegistryIsNewEachCall: callers may change what they get (a Model is
// built from a copy) without changing what the next caller gets.
func TestRegistryIsNewEachCall(t *testing.T) {
	a := decoded.Registry()
	a.Codes[0].Phrase = "changed"
	a.Codes[0].Ident.Words[0] = "Changed"
	if b := decoded.Registry(); b.Codes[0].Phrase == "changed" || b.Codes[0].Ident.Words[0] == "Changed" {
		t.Error("decoded.Registry returns shared values")
	}
}

// TestLoadSpecUsesDecodedAlone: LoadSpec takes the pre-decoded registry
// only when it is the only source; with an overlay, it loads the YAML, so
// the overlay's positions and merge rules hold.
func TestLoadSpecUsesDecodedAlone(t *testing.T) {
	calls := 0
	src := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true, Decoded: func() *gen.Spec {
		calls++
		return decoded.Registry()
	}}
	s, _, err := gen.LoadSpec([]gen.Source{src}, gen.DefaultLimits(), time.Now())
	if err != nil || calls != 1 || !reflect.DeepEqual(s, loadYAML(t)) {
		t.Fatalf("alone: %d calls, err %v", calls, err)
	}
	overlay := gen.Source{Name: "codes.yaml", Data: []byte("codes:\n  - code: 200\n    phrase: Fine\n")}
	s, _, err = gen.LoadSpec([]gen.Source{src, overlay}, gen.DefaultLimits(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Errorf("with an overlay, LoadSpec used the pre-decoded registry")
	}
	if i := slices.IndexFunc(s.Codes, func(c gen.Code) bool { return c.Code == 200 }); i < 0 || s.Codes[i].Phrase != "Fine" {
		t.Errorf("the overlay did not apply")
	}
}
