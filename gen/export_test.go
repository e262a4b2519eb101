package gen

import (
	"flag"

	"github.com/rogpeppe/go-internal/diff"
)

// update is the -update flag of every test in this package, internal and
// external: it rewrites golden files and generated docs.
var update = flag.Bool("update", false, "rewrite golden files and docs/templates.md")

// Update exposes -update to the external test package.
var Update = update

// FuncMap exposes the templates' functions to the template tests.
var FuncMap = funcMap

// LoadFile exposes the single-file loader to the benchmarks.
var LoadFile = loadFile

// NewModel exposes the model a template receives to the tests of
// templates and their helpers.
var NewModel = newModel

// DocsVitePress is the Docs value of a VitePress page.
const DocsVitePress = docsVitePress

// MdURL and MdAnchor expose the Markdown link helpers to the page tests.
var (
	MdURL    = mdURL
	MdAnchor = mdAnchor
)

// testDiff is the diff a failing test prints.
func testDiff(name string, old, new []byte) string {
	return string(diff.Diff("a/"+name, old, "b/"+name, new))
}

// TestDiff exposes testDiff to the external test package.
var TestDiff = testDiff
