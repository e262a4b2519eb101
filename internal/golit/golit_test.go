package golit_test

import (
	"go/format"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/golit"
)

type Kind string

type Inner struct {
	Words []string
	Count int
}

type Outer struct {
	Name    string
	Kind    Kind
	On      bool
	Ratio   float64
	Small   uint8
	Nil     []string
	Empty   []string
	Inners  []Inner
	Ptr     *Inner
	Ptrs    []*Inner
	ByName  map[string]int
	Skipped string // zero: left out
}

func TestExpr(t *testing.T) {
	v := Outer{
		Name: "a \"quoted\"\nline", Kind: "k", On: true, Ratio: 0.5, Small: 7,
		Empty:  []string{},
		Inners: []Inner{{Words: []string{"x"}}, {Count: 2}},
		Ptr:    &Inner{Count: 1},
		Ptrs:   []*Inner{{Count: 3}},
		ByName: map[string]int{"b": 2, "a": 1},
	}
	got, err := golit.Expr(&v)
	if err != nil {
		t.Fatal(err)
	}
	src, err := format.Source([]byte("package p\n\nvar v = " + got + "\n"))
	if err != nil {
		t.Fatalf("not Go: %v\n%s", err, got)
	}
	want := `package p

var v = &golit_test.Outer{
	Name:  "a \"quoted\"\nline",
	Kind:  golit_test.Kind("k"),
	On:    true,
	Ratio: 0.5,
	Small: 7,
	Empty: []string{},
	Inners: []golit_test.Inner{
		{
			Words: []string{
				"x",
			},
		},
		{
			Count: 2,
		},
	},
	Ptr: &golit_test.Inner{
		Count: 1,
	},
	Ptrs: []*golit_test.Inner{
		{
			Count: 3,
		},
	},
	ByName: map[string]int{
		"a": 1,
		"b": 2,
	},
}
`
	if string(src) != want {
		t.Errorf("got\n%s\nwant\n%s", src, want)
	}
}

func TestExprRefuses(t *testing.T) {
	type hidden struct{ x int }
	for name, v := range map[string]any{
		"unexported field": hidden{x: 1},
		"func":             func() {},
		"interface value":  []any{1},
		"int keys":         map[int]string{1: "a"},
		"untyped nil":      nil,
	} {
		if got, err := golit.Expr(v); err == nil || !strings.HasPrefix(err.Error(), "golit: ") && !strings.Contains(err.Error(), ": golit: ") {
			t.Errorf("%s: got %q, %v; want an error", name, got, err)
		}
	}
}
