package main

import (
	"fmt"
	"slices"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/output"
)

// inferPackage names the package of a target that takes one and whose
// flags or config entry do not. A built-in language other than Go has its
// own default (gen.DefaultPackage). For Go and a user's template:
// $GOPACKAGE (set by go generate), else, for Go, the package the output's
// directory shows (the output file's own package clause, else that of the
// Go files beside it), else httpstatus. So a run outside go generate, such
// as -check in CI, renders the same package clause as go generate did.
func (c *cli) inferPackage(t gen.ConfigTarget) (string, error) {
	if own := gen.DefaultPackage(t.Lang, ""); t.Lang != "go" && slices.Contains(gen.Languages(), t.Lang) {
		return own, nil
	}
	fallback := gen.DefaultPackage("go", "")
	if pkg := c.getenv("GOPACKAGE"); pkg != "" {
		if err := gen.CheckPackage(t.Lang, pkg); err != nil {
			return "", fmt.Errorf("$GOPACKAGE: %w", err)
		}
		return pkg, nil
	}
	if t.Lang != "go" {
		return fallback, nil
	}
	pkg, err := output.GoPackage(t.Output)
	switch {
	case err != nil:
		return "", err
	case pkg == "":
		return fallback, nil
	}
	if err := gen.CheckPackage(t.Lang, pkg); err != nil {
		return "", &gen.Diagnostic{Pos: gen.Pos{Path: t.Output}, Msg: fmt.Sprintf("the package clause there: %v; name the package with -package (package: in a config file)", err)}
	}
	return pkg, nil
}
