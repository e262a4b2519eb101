// Package doclinks holds TestDocLinks, which keeps the links of the
// repository's documents working: README.md, CONTRIBUTING.md, docs/*.md
// and the published packages' READMEs. It has no code of its own.
package doclinks
