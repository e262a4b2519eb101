//go:build ignore

// generate writes registry_gen.go, the embedded registry as a gen.Spec
// literal; `go generate ./spec/decoded` runs it. It writes through
// internal/output, so it replaces only a file that carries statusgen's
// marker line, and only when the bytes change.
package main

import (
	"fmt"
	"os"

	"github.com/statusgen/statusgen/internal/output"
	"github.com/statusgen/statusgen/internal/registrygen"
	"github.com/statusgen/statusgen/spec"
)

func main() {
	src, err := registrygen.Generate(spec.RegistryName, spec.Registry())
	if err == nil {
		err = output.Write([]output.File{{Path: registrygen.Output, Data: src, Lang: "go"}}, output.Options{Log: os.Stderr})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "generating", registrygen.Output+":", err)
		os.Exit(1)
	}
}
