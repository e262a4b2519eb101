// Package registrygen writes spec/decoded's registry_gen.go: the embedded
// registry loaded by gen.LoadSpec, printed as a Go literal (internal/golit),
// so that a statusgen run without overlays starts from the decoded,
// validated spec instead of parsing YAML. `go generate ./spec/decoded`
// runs it (spec/decoded/generate.go); spec/decoded's tests fail when the
// committed file differs from what it would write.
//
// It depends on gen and internal/golit only, never on spec/decoded, so
// that it still builds when a change to gen's types has made the committed
// literal stale or uncompilable.
package registrygen

import (
	"fmt"
	"go/format"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/golit"
)

// Output is the generated file's name, in spec/decoded.
const Output = "registry_gen.go"

// Generate loads the registry spec data, named name, alone (as a statusgen
// run without -spec, -extras or -no-registry does) and returns the Go
// source of spec/decoded's Registry function, which returns it.
func Generate(name string, data []byte) ([]byte, error) {
	s, _, err := gen.LoadSpec([]gen.Source{{Name: name, Data: data, Embedded: true}}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		return nil, err
	}
	lit, err := golit.Expr(s)
	if err != nil {
		return nil, fmt.Errorf("printing the registry: %w", err)
	}
	src := "// " + gen.Marker + `

package decoded

import "github.com/statusgen/statusgen/gen"

// Registry returns what gen.LoadSpec returns for ` + name + `
// alone: a new value on every call.
func Registry() *gen.Spec {
	return ` + lit + `
}
`
	out, err := format.Source([]byte(src))
	if err != nil {
		return nil, fmt.Errorf("formatting %s: %w", Output, err)
	}
	return out, nil
}
