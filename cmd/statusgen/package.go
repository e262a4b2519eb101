package main

import (
	"fmt"
	"slices"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/output"
)

// inferPackage names the package of a target that takes one and whose
// flags or config entry do not, or returns "" to leave the language's
// default to gen (a built-in language other than Go has its own). For Go
// and a user's template: $GOPACKAGE (set by go generate), else, for Go,
// the package the output's directory shows (the output file's own package
// clause, else that of the Go files beside it). So a run outside go
// generate, such as -check in CI, renders the same package clause as go
// generate did.
func (c *cli) inferPackage(t gen.ConfigTarget) (string, error) {
	if t.Lang != "go" && slices.Contains(gen.Languages(), t.Lang) {
		return "", nil
	}
	if pkg := c.getenv("GOPACKAGE"); pkg != "" {
		if err := gen.CheckOption(t.Lang, gen.OptionPackage, pkg); err != nil {
			return "", fmt.Errorf("$GOPACKAGE: %w", err)
		}
		return pkg, nil
	}
	if t.Lang != "go" {
		return "", nil
	}
	pkg, err := output.GoPackage(t.Output)
	if err != nil || pkg == "" {
		return "", err
	}
	if err := gen.CheckOption(t.Lang, gen.OptionPackage, pkg); err != nil {
		return "", &gen.Diagnostic{Pos: gen.Pos{Path: t.Output}, Msg: fmt.Sprintf("the package clause there: %v; name the package with -package (package: in a config file)", err)}
	}
	return pkg, nil
}
