package gen

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

// TestSprigFunctionsAllClassified fails when the sprig version in go.mod
// has a function that is neither allowed nor refused: an upgrade must
// decide for each new function whether it is hermetic and deterministic.
func TestSprigFunctionsAllClassified(t *testing.T) {
	allowed, refused := sprigAllowed(), sprigRefused()
	for name := range sprig.TxtFuncMap() {
		_, isRefused := refused[name]
		switch isAllowed := slices.Contains(allowed, name); {
		case !isAllowed && !isRefused:
			t.Errorf("sprig function %q is neither allowed nor refused: decide in funcs_sprig.go", name)
		case isAllowed && isRefused:
			t.Errorf("sprig function %q is both allowed and refused", name)
		}
	}
	for _, name := range append(allowed, slices.Collect(maps.Keys(refused))...) {
		if _, ok := sprig.TxtFuncMap()[name]; !ok {
			t.Errorf("%q is listed, but sprig has no such function", name)
		}
	}
}

// execFuncs runs a one-line template with the template functions.
func execFuncs(t *testing.T, maxOutput int, text string, data any) (string, error) {
	t.Helper()
	tmpl, err := template.New("t").Funcs(funcMap(maxOutput)).Parse(text)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	var b strings.Builder
	err = tmpl.Execute(&b, data)
	return b.String(), err
}

func TestRefusedFunctionsFail(t *testing.T) {
	for name, reason := range sprigRefused() {
		_, err := execFuncs(t, 1<<20, "{{ "+name+" }}", nil)
		if err == nil || !strings.Contains(err.Error(), name+" is not available in statusgen templates: "+reason) {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

func TestKeysAreSorted(t *testing.T) {
	keys := funcMap(1 << 20)["keys"].(func(...map[string]any) []string)
	if got := keys(map[string]any{"b": 1, "a": 2, "c": 3}, map[string]any{"0": 1}); !reflect.DeepEqual(got, []string{"0", "a", "b", "c"}) {
		t.Errorf("keys = %q, want sorted", got)
	}
}

func TestPrintfRefusesPointers(t *testing.T) {
	for _, f := range []string{"%p", "%-18p", "%#p", "%[1]p", "a %v b %p"} {
		if _, err := execFuncs(t, 1<<20, `{{ printf "`+f+`" . }}`, &struct{}{}); err == nil || !strings.Contains(err.Error(), "memory address") {
			t.Errorf("printf %q: error %v, want a refusal", f, err)
		}
	}
	if got, err := execFuncs(t, 1<<20, `{{ printf "%%p %d%%" 5 }}`, nil); err != nil || got != "%p 5%" {
		t.Errorf(`printf "%%%%p %%d%%%%": %q, %v`, got, err)
	}
}

// TestBoundedFunctions asks the functions that build a result of any
// requested size for more than the output limit: each must fail, not
// allocate it.
func TestBoundedFunctions(t *testing.T) {
	const limit = 1 << 20
	for _, text := range []string{
		`{{ repeat 1073741824 "xx" }}`,
		`{{ repeat 9223372036854775807 "xx" }}`,
		`{{ indent 1073741824 "a\nb" }}`,
		`{{ nindent 1073741824 "a" }}`,
		`{{ until 1073741824 }}`,
		`{{ until -1073741824 }}`,
		`{{ untilStep 0 1073741824 1 }}`,
		`{{ seq 1 1073741824 }}`,
	} {
		if _, err := execFuncs(t, limit, text, nil); err == nil {
			t.Errorf("%s: no error", text)
		}
	}
	for text, want := range map[string]string{
		`{{ repeat 3 "ab" }}`:           "ababab",
		`{{ indent 2 "a\nb" }}`:         "  a\n  b",
		`{{ nindent 1 "a" }}`:           "\n a",
		`{{ until 3 }}`:                 "[0 1 2]",
		`{{ untilStep 0 6 2 }}`:         "[0 2 4]",
		`{{ seq 3 }}`:                   "1 2 3",
		`{{ keys (dict "b" 1 "a" 2) }}`: "[a b]",
	} {
		if got, err := execFuncs(t, limit, text, nil); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", text, got, err, want)
		}
	}
}

// TestDecimalArithmetic: sprig's float functions go through
// shopspring/decimal, which statusgen pins at a version of its own (its
// init is cheaper); their results must be the ones templates always got.
func TestDecimalArithmetic(t *testing.T) {
	for text, want := range map[string]string{
		`{{ addf 1.5 2.25 }}`:       "3.75",
		`{{ subf 0.3 0.1 }}`:        "0.2",
		`{{ mulf 0.1 3 }}`:          "0.3",
		`{{ divf 1 3 }}`:            "0.3333333333333333",
		`{{ divf 2 3 }}`:            "0.6666666666666667",
		`{{ add1f 1e20 }}`:          "1e+20",
		`{{ maxf 1.5 -2 3.25 }}`:    "3.25",
		`{{ minf 1.5 -2 3.25 }}`:    "-2",
		`{{ addf 1e-7 0.0000002 }}`: "3e-07",
	} {
		if got, err := execFuncs(t, 1<<20, text, nil); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", text, got, err, want)
		}
	}
}
