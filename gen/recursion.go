package gen

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
)

// checkRecursion refuses a set of templates in which a template calls
// itself, directly or through others. The model holds no recursive data,
// so a template has no use for recursion, and text/template's own depth
// limit (100,000 calls) lies beyond what the Go stack holds: a recursive
// template would crash the process with a stack dump. Without cycles, the
// depth of calls is at most the number of templates.
//
// The error names the call that closes the cycle in text/template's
// "template: file:line:col: message" form, which templateError rewrites.
func checkRecursion(set *template.Template) error {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var visit func(t *template.Template, path []string) error
	visit = func(t *template.Template, path []string) error {
		state[t.Name()] = visiting
		path = append(path, t.Name())
		for _, call := range templateCalls(t.Tree) {
			callee := set.Lookup(call.Name)
			if callee == nil || callee.Tree == nil {
				continue // text/template reports it when executed
			}
			switch state[call.Name] {
			case visiting:
				loc, _ := t.Tree.ErrorContext(call)
				through := ""
				for i, name := range path {
					if name == call.Name {
						for _, via := range path[i+1:] {
							through += fmt.Sprintf(" %q", via)
						}
						if through != "" {
							through = " (through" + through + ")"
						}
						break
					}
				}
				return fmt.Errorf("template: %s: template %q calls itself%s; statusgen templates may not recurse", loc, call.Name, through)
			case unvisited:
				if err := visit(callee, path); err != nil {
					return err
				}
			}
		}
		state[t.Name()] = done
		return nil
	}
	all := set.Templates()
	slices.SortFunc(all, func(a, b *template.Template) int { return strings.Compare(a.Name(), b.Name()) })
	for _, t := range all {
		if t.Tree != nil && state[t.Name()] == unvisited {
			if err := visit(t, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// templateCalls lists the {{ template }} actions in a parse tree.
func templateCalls(tree *parse.Tree) []*parse.TemplateNode {
	if tree == nil {
		return nil
	}
	var calls []*parse.TemplateNode
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.TemplateNode:
			calls = append(calls, n)
		case *parse.IfNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.List)
			walk(n.ElseList)
		}
	}
	walk(tree.Root)
	return calls
}
