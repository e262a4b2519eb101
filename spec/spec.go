// Package spec holds the registry of HTTP status codes that statusgen
// renders, embedded so that the binary needs nothing beside it.
package spec

import _ "embed"

// RegistryName is how diagnostics name the embedded registry.
const RegistryName = "spec/http-status.yaml"

//go:embed http-status.yaml
var registry []byte

//go:embed http-status.schema.json
var schema []byte

// Registry returns a copy of the embedded registry spec (YAML).
func Registry() []byte { return append([]byte(nil), registry...) }

// Schema returns a copy of the JSON Schema that describes spec files.
func Schema() []byte { return append([]byte(nil), schema...) }
