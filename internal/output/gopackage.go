package output

import (
	"fmt"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// GoPackage says which package a Go file written at path belongs in, as
// the disk shows it: the package clause of the file already there, else
// the package of the other Go files in its directory, else "" (nothing to
// go by). The other files are the .go files that the go command could
// build on some platform (not named with a leading . or _, not excluded by
// //go:build ignore); the non-test files decide, and only when there are
// none do the tests, with a _test package counting as the package it
// tests. Files that disagree are an error that names each file's package.
//
// Every file is read as plan reads one: opened without following a
// symlink or blocking on a FIFO, and only the first headSize bytes; a file
// that cannot be read so, or has no package clause there, is passed over.
// A path that resolve would refuse gives "", leaving the refusal to the
// write or check that follows.
func GoPackage(path string) (string, error) {
	if path == "" || path == "-" {
		return "", nil
	}
	full, info, err := canonical(path)
	if err != nil {
		return "", nil
	}
	if info != nil {
		if name, ok := packageClause(full); ok {
			return name, nil
		}
	}
	entries, err := os.ReadDir(filepath.Dir(full))
	if err != nil {
		return "", nil
	}
	var code, tests []pkgFile
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(filepath.Dir(full), name)
		if !e.Type().IsRegular() || p == full || !strings.HasSuffix(name, ".go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		pkg, ok := packageClause(p)
		if !ok {
			continue
		}
		f := pkgFile{name: name, pkg: pkg}
		if strings.HasSuffix(name, "_test.go") {
			f.pkg = strings.TrimSuffix(pkg, "_test")
			tests = append(tests, f)
		} else {
			code = append(code, f)
		}
	}
	if len(code) == 0 {
		code = tests
	}
	return agreed(path, code)
}

// pkgFile is a Go file, by its name in the directory, and the package it
// declares.
type pkgFile struct {
	name, pkg string
}

// agreed returns the package files share, or an error naming each file's
// package when they do not all declare the same one.
func agreed(path string, files []pkgFile) (string, error) {
	if len(files) == 0 {
		return "", nil
	}
	var pkgs []string
	for _, f := range files {
		if !slices.Contains(pkgs, f.pkg) {
			pkgs = append(pkgs, f.pkg)
		}
	}
	if len(pkgs) == 1 {
		return pkgs[0], nil
	}
	var each []string
	for _, f := range files {
		each = append(each, fmt.Sprintf("%s has package %s", f.name, f.pkg))
	}
	return "", pathError(path, "cannot tell which package the file belongs in: the Go files beside it disagree (%s); name it with -package (package: in a config file)", strings.Join(each, ", "))
}

// packageClause reads the package name of the Go file at p, and whether
// it has one that the go command would build on some platform.
func packageClause(p string) (string, bool) {
	f, _, err := openRegular(p, false)
	if err != nil {
		return "", false
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, headSize))
	if err != nil {
		return "", false
	}
	file, err := parser.ParseFile(token.NewFileSet(), p, head, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil || file.Name == nil {
		return "", false
	}
	for _, group := range file.Comments {
		if group.Pos() > file.Package {
			break
		}
		for _, c := range group.List {
			if !constraint.IsGoBuild(c.Text) && !constraint.IsPlusBuild(c.Text) {
				continue
			}
			if expr, err := constraint.Parse(c.Text); err == nil && !satisfiable(expr) {
				return "", false
			}
		}
	}
	return file.Name.Name, true
}

// satisfiable reports whether a build constraint can hold on some
// platform, with the tag "ignore", which by convention no build sets,
// false. Tags are taken as independent, so only a constraint like
// "ignore" or "ignore && linux" counts as never built.
func satisfiable(x constraint.Expr) bool { return can(x, true) }

// can reports whether x can evaluate to want.
func can(x constraint.Expr, want bool) bool {
	switch x := x.(type) {
	case *constraint.TagExpr:
		return x.Tag != "ignore" || !want
	case *constraint.NotExpr:
		return can(x.X, !want)
	case *constraint.AndExpr:
		if want {
			return can(x.X, true) && can(x.Y, true)
		}
		return can(x.X, false) || can(x.Y, false)
	case *constraint.OrExpr:
		if want {
			return can(x.X, true) || can(x.Y, true)
		}
		return can(x.X, false) && can(x.Y, false)
	}
	return true
}
