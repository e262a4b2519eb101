package gen

import (
	"fmt"
	"strings"
)

// identOwner is what declares an identifier: a code or a class.
type identOwner struct {
	label string // "code 404", "class 4"
	at    Pos    // where the spec defines it
	fix   string // how to resolve a clash
}

// identUse is one identifier an owner declares, in the spelling of each
// language (see identFor and classIdentFor).
type identUse struct {
	owner identOwner
	spell func(lang string) string
}

// checkCollisions reports two names that one language would spell alike
// (ignoring case, as file systems and readers do), once for each pair of
// owners, naming every language where they clash. Codes and their aliases
// share one namespace, classes another: no target declares them side by
// side.
func checkCollisions(f *rawFile, s *Spec) error {
	codeAt := map[int]Pos{}
	for _, rc := range f.Codes.Val {
		codeAt[rc.Code.Val] = rc.Code.At
	}
	var codes []identUse
	for _, c := range s.Codes {
		o := identOwner{label: fmt.Sprintf("code %d", c.Code), at: codeAt[c.Code], fix: "add a name field"}
		codes = append(codes, identUse{o, func(lang string) string { return identFor(c.Ident, lang) }})
		for _, a := range c.Aliases {
			codes = append(codes, identUse{o, func(lang string) string {
				if !a.For(lang) {
					return ""
				}
				return identFor(a.Ident, lang)
			}})
		}
	}
	classAt := map[int]Pos{}
	for _, rc := range f.Classes.Val {
		classAt[rc.Class.Val] = rc.At
		if rc.Name.Set {
			classAt[rc.Class.Val] = rc.Name.At
		}
	}
	var classes []identUse
	for _, c := range s.Classes {
		at, ok := classAt[c.Digit]
		if !ok {
			at = Pos{Path: f.Classes.At.Path}
		}
		o := identOwner{label: fmt.Sprintf("class %d", c.Digit), at: at, fix: "give each class its own name"}
		classes = append(classes, identUse{o, func(lang string) string { return classIdentFor(c.Ident, lang) }})
	}
	var errs Diagnostics
	errs.add(Pos{}, clashes(codes))
	errs.add(Pos{}, clashes(classes))
	return errs.err()
}

// clashes reports the uses whose spellings collide in some language.
func clashes(uses []identUse) error {
	type pair struct{ a, b identOwner }
	var order []pair
	names := map[pair][]string{}
	var errs Diagnostics
	for _, lang := range identLangs {
		first := make(map[string]int, len(uses)) // the first use of each spelling
		for i, u := range uses {
			name := u.spell(lang)
			if name == "" {
				continue
			}
			if reserved(lang, name) {
				errs = append(errs, errorAt(u.owner.at, "%s: identifier %s is reserved in the %s target; %s", u.owner.label, name, languageTitle(lang), u.owner.fix))
				continue
			}
			key := strings.ToUpper(name)
			j, ok := first[key]
			if !ok {
				first[key] = i
				continue
			}
			k := pair{u.owner, uses[j].owner}
			if names[k] == nil {
				order = append(order, k)
			}
			names[k] = append(names[k], fmt.Sprintf("%s (%s)", name, lang))
		}
	}
	for _, k := range order {
		if k.a == k.b {
			errs = append(errs, errorAt(k.a.at, "%s: identifier %s is given twice", k.a.label, strings.Join(names[k], ", ")))
		} else {
			errs = append(errs, errorAt(k.a.at, "%s: identifier %s collides with %s; %s", k.a.label, strings.Join(names[k], ", "), k.b.label, k.a.fix))
		}
	}
	return errs.err()
}
