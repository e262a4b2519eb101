// Package templates holds statusgen's built-in templates, one directory a
// language, embedded so that the binary needs nothing beside it.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed all:go all:typescript all:python all:markdown all:json all:rust all:java all:csharp all:php all:ruby
var files embed.FS

// FS returns the built-in templates, named by their paths (go/status.go.tmpl).
func FS() fs.FS { return files }
