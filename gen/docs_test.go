package gen

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
	"testing"
)

// modelTypes are the types a template sees, in the order docs/templates.md
// documents them.
var modelTypes = []string{"Model", "Class", "Code", "Alias", "PhraseChange", "Ident", "LangName", "Reference"}

const (
	modelBegin = "<!-- model:begin (generated from gen's doc comments by go test ./gen -update) -->\n"
	modelEnd   = "<!-- model:end -->\n"
)

// modelReference renders the template model's reference from the doc
// comments of gen's Go source: one section a type, a line a field or
// method.
func modelReference(t *testing.T) string {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range []string{"model.go", "spec.go", "names.go"} {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, "github.com/statusgen/statusgen/gen")
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]*doc.Type{}
	for _, ty := range pkg.Types {
		types[ty.Name] = ty
	}
	oneLine := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	var b strings.Builder
	b.WriteString(modelBegin)
	for _, name := range modelTypes {
		ty := types[name]
		if ty == nil {
			t.Fatalf("type %s not found", name)
		}
		b.WriteString("\n### " + name + "\n\n" + oneLine(ty.Doc) + "\n\n")
		b.WriteString("| Field or method | Type | Meaning |\n| --- | --- | --- |\n")
		st := ty.Decl.Specs[0].(*ast.TypeSpec).Type.(*ast.StructType)
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				if !n.IsExported() {
					continue
				}
				typ := strings.TrimSpace(string(src(t, fset, f.Type)))
				b.WriteString("| `." + n.Name + "` | `" + typ + "` | " + oneLine(f.Doc.Text()) + " |\n")
			}
		}
		methods := ty.Methods
		sort.Slice(methods, func(i, j int) bool { return methods[i].Name < methods[j].Name })
		for _, m := range methods {
			sig := strings.TrimPrefix(strings.TrimSpace(string(src(t, fset, m.Decl.Type))), "func")
			b.WriteString("| `." + m.Name + "` | `" + sig + "` | " + oneLine(m.Doc) + " |\n")
		}
	}
	b.WriteString("\n" + modelEnd)
	return b.String()
}

func src(t *testing.T, fset *token.FileSet, n ast.Node) []byte {
	start, end := fset.Position(n.Pos()), fset.Position(n.End())
	data, err := os.ReadFile(start.Filename)
	if err != nil {
		t.Fatal(err)
	}
	return data[start.Offset:end.Offset]
}

// TestTemplateDocs keeps docs/templates.md in step with the code: its model
// reference is generated from the doc comments, and every template
// function of ours is described.
func TestTemplateDocs(t *testing.T) {
	const path = "../docs/templates.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i, j := strings.Index(text, modelBegin), strings.Index(text, modelEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the model markers", path)
	}
	want := text[:i] + modelReference(t) + text[j+len(modelEnd):]
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		text = want
	}
	if text != want {
		t.Errorf("%s is out of date: run go test ./gen -update\n%s", path, testDiff(path, []byte(text), []byte(want)))
	}
	for _, m := range ownFuncs() {
		for name := range m {
			if !strings.Contains(text, "| `"+name+"` |") {
				t.Errorf("%s does not describe the template function %s (add a row \"| `%s` | ... |\")", path, name, name)
			}
		}
	}
}
