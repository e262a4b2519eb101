// Package decoded holds statusgen's embedded registry already loaded: the
// gen.Spec that gen.LoadSpec makes of spec/http-status.yaml alone, as a Go
// literal (registry_gen.go), so that a run with no overlay skips parsing,
// merging and validating YAML. A run with -spec, -extras or -no-registry
// loads the YAML, since merging needs the files' positions.
//
// registry_gen.go is generated, by statusgen's own loader, with
// `go generate ./spec/decoded` (make generate runs it); the tests fail,
// saying so, when it no longer equals what loading the YAML gives.
package decoded

//go:generate go run generate.go
