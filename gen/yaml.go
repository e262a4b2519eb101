package gen

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseYAML parses one YAML document within the limits and returns its
// root node.
func parseYAML(src Source, lim Limits) (*yaml.Node, error) {
	if len(src.Data) > lim.MaxFileSize {
		return nil, tooLarge(src.Name, lim)
	}
	dec := yaml.NewDecoder(bytes.NewReader(src.Data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errorAt(Pos{Path: src.Name, Line: 1, Col: 1}, "file is empty")
		}
		return nil, yamlSyntaxError(src.Name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, errorAt(nodePos(src.Name, &extra), "file holds more than one YAML document")
	} else if !errors.Is(err, io.EOF) {
		return nil, yamlSyntaxError(src.Name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	budget := lim.MaxNodes
	if n := countNodes(root, &budget); n != nil {
		return nil, errorAt(nodePos(src.Name, n), "file expands to more than %d YAML nodes (an alias bomb?)", lim.MaxNodes)
	}
	return root, nil
}

// yamlLine is how yaml.v3 words a syntax error with a line.
var yamlLine = lazyRegexp(`^yaml: line (\d+): (.*)$`)

func yamlSyntaxError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return errorAt(Pos{Path: path, Line: line, Col: 1}, "invalid YAML: %s", m[2])
	}
	return errorAt(Pos{Path: path, Line: 1, Col: 1}, "invalid YAML: %s", strings.TrimPrefix(msg, "yaml: "))
}

// countNodes walks n as decoding would, following aliases, and returns the
// node at which the budget ran out, or nil.
func countNodes(n *yaml.Node, budget *int) *yaml.Node {
	*budget--
	if *budget < 0 {
		return n
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		if bad := countNodes(n.Alias, budget); bad != nil {
			return n
		}
		return nil
	}
	for _, c := range n.Content {
		if bad := countNodes(c, budget); bad != nil {
			return bad
		}
	}
	return nil
}
