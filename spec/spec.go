// Package spec holds the registry of HTTP status codes that statusgen
// renders, embedded so that the binary needs nothing beside it.
package spec

import (
	"embed"
	"strings"
)

// RegistryName is how diagnostics name the embedded registry.
const RegistryName = "spec/http-status.yaml"

//go:embed http-status.yaml
var registry []byte

// http-status.schema.json is written from the loader's rules (gen/rules.go);
// gen's TestSpecSchema checks that it is current.
//
//go:generate go test ../gen -run ^TestSpecSchema$ -update

//go:embed http-status.schema.json
var schema []byte

// Registry returns a copy of the embedded registry spec (YAML).
func Registry() []byte { return append([]byte(nil), registry...) }

// Schema returns a copy of the JSON Schema that describes spec files.
func Schema() []byte { return append([]byte(nil), schema...) }

//go:embed extras/*.yaml
var extras embed.FS

// ExtraSets returns the names of the vendor extras sets, sorted: codes
// outside the IANA registry that a user opts into with -extras.
func ExtraSets() []string {
	entries, _ := extras.ReadDir("extras") // embedded, cannot fail
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	return names
}

// Extra returns the YAML of the named extras set.
func Extra(name string) ([]byte, bool) {
	if strings.ContainsAny(name, `/\.`) {
		return nil, false
	}
	data, err := extras.ReadFile("extras/" + name + ".yaml")
	return data, err == nil
}

// ExtraName is how diagnostics name an extras set's file.
func ExtraName(name string) string { return "spec/extras/" + name + ".yaml" }
