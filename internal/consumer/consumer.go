// Package consumer sets up a Go module that uses statusgen as the README
// tells users to (go get -tool, then go tool statusgen), with statusgen
// replaced by a checkout: cmd/statusgen's TestGoGenerateConsumer proves the
// recipe in one, and internal/benchproc times `go tool statusgen` there.
package consumer

import (
	"os"
	"path/filepath"
	"strings"
)

// Module is the import path statusgen is required as.
const Module = "github.com/statusgen/statusgen"

// Setup writes go.mod and go.sum into dir: module example.com/consumer,
// requiring statusgen replaced by the checkout at root (whose go.sum it
// copies).
func Setup(dir, root string) error {
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	mod := "module example.com/consumer\n\ngo 1.24\n\nrequire " + Module + " v0.0.0\n\nreplace " + Module + " => " + root + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
}

// Env is the environment the go command runs with there: the module may
// change go.mod (-mod=mod, after the caller's GOFLAGS, such as make's
// -trimpath, which lets the build cache serve every clone), and no
// workspace around it applies.
func Env() []string {
	return []string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"), "GOWORK=off"}
}

// GetToolEnv is the environment of `go get -tool` there, given the go
// command's GOPROXY: statusgen comes from the replace directive, but go
// get still asks the proxy whether cmd/statusgen is a module of its own,
// and proxy.golang.org answers 403 for an unpublished path, which only "|"
// (not ",") treats as "try the next one"; so every proxy URL is tried on
// any error, and version control is never fetched from.
func GetToolEnv(goproxy string) []string {
	var urls []string
	for _, p := range strings.FieldsFunc(strings.TrimSpace(goproxy), func(r rune) bool { return r == ',' || r == '|' }) {
		if p != "direct" && p != "off" {
			urls = append(urls, p)
		}
	}
	return append(Env(), "GOPROXY="+strings.Join(append(urls, "off"), "|"))
}
