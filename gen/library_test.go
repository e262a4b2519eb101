package gen_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/spec"
	"github.com/statusgen/statusgen/templates"
)

// Example embeds gen as the package doc shows: the registry and a spec of
// the program's own, as bytes, rendered into Go in memory.
func Example() {
	codes := []byte("codes:\n  - code: 299\n    phrase: Fine Tuned\n    description: A code of our own.\n")
	s, warnings, err := gen.LoadSpec([]gen.Source{
		{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true},
		{Name: "codes.yaml", Data: codes},
	}, gen.DefaultLimits(), time.Now())
	if err != nil {
		fmt.Println(err)
		return
	}
	r := gen.NewRenderer(templates.FS(), "templates")
	src, err := r.Render(s, gen.Target{Lang: "go", Package: "api"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(warnings), gen.IsGenerated("go", src))
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "package ") || strings.Contains(line, "StatusFineTuned ") {
			fmt.Println(strings.Join(strings.Fields(line), " "))
		}
	}
	// Output:
	// 0 true
	// package api
	// StatusFineTuned = 299
}

// TestLibraryDoesNoIO holds the package doc's promise by reading gen's own
// source: no package that reaches the disk, the network, the process or a
// log; no printing, no clock, no init function. Reading goes through the
// fs.FS and bytes a caller hands over.
func TestLibraryDoesNoIO(t *testing.T) {
	forbidden := map[string]bool{"os": true, "os/exec": true, "os/signal": true, "syscall": true, "net": true,
		"net/http": true, "log": true, "log/slog": true, "io/ioutil": true, "unsafe": true}
	calls := map[string]bool{"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true, "time.Now": true, "time.Since": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); forbidden[p] {
				t.Errorf("%s imports %s", fset.Position(imp.Pos()), p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Recv == nil && n.Name.Name == "init" {
					t.Errorf("%s: an init function", fset.Position(n.Pos()))
				}
			case *ast.SelectorExpr:
				if x, ok := n.X.(*ast.Ident); ok && calls[x.Name+"."+n.Sel.Name] {
					t.Errorf("%s: %s.%s", fset.Position(n.Pos()), x.Name, n.Sel.Name)
				}
			}
			return true
		})
	}
	if checked < 20 {
		t.Fatalf("only %d source files read", checked)
	}
}

// TestExportedNamesDocumented: every exported name of the library, and
// every exported field of its types, has a doc comment, which is what a
// library user (go doc) and a template author (docs/templates.md) read.
func TestExportedNamesDocumented(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		undocumented := func(pos token.Pos, what string) { t.Errorf("%s: %s has no doc comment", fset.Position(pos), what) }
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && d.Doc == nil && (d.Recv == nil || receiverExported(d.Recv)) {
					undocumented(d.Pos(), d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() && s.Doc == nil && d.Doc == nil {
								undocumented(n.Pos(), n.Name)
							}
						}
					case *ast.TypeSpec:
						if !s.Name.IsExported() {
							continue
						}
						if s.Doc == nil && d.Doc == nil {
							undocumented(s.Pos(), s.Name.Name)
						}
						st, ok := s.Type.(*ast.StructType)
						if !ok {
							continue
						}
						for _, fl := range st.Fields.List {
							for _, n := range fl.Names {
								if n.IsExported() && fl.Doc == nil {
									undocumented(n.Pos(), s.Name.Name+"."+n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
}

// receiverExported reports whether a method's receiver type is exported.
func receiverExported(recv *ast.FieldList) bool {
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}
