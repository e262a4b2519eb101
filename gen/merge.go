package gen

import "reflect"

// merge lays files over each other in order: an entry whose code (or class
// digit) is already present overrides the fields it gives, a new one is
// added. A list field given again replaces the earlier list. A code keeps
// the identifier of the layer that added it: only a name field renames it,
// never a new phrase (see keepIdent).
func merge(files []*rawFile) (*rawFile, error) {
	out := &rawFile{}
	total := 0
	for _, f := range files {
		total += len(f.Codes.Val)
	}
	out.Codes.Val = make([]rawCode, 0, total) // raw codes are large: copy each once
	codeAt := map[int]int{}
	classAt := map[int]int{}
	var errs Diagnostics
	for _, f := range files {
		overlay(&out.Version, f.Version)
		overlay(&out.RetryPolicy, f.RetryPolicy)
		seen := map[int]Pos{}
		for i := range f.Codes.Val {
			c := &f.Codes.Val[i]
			if !c.Code.Set {
				errs = append(errs, errorAt(c.At, "entry has no code"))
				continue
			}
			n := c.Code.Val
			if first, dup := seen[n]; dup {
				errs = append(errs, errorAt(c.Code.At, "code %d is listed twice (first at %s)", n, first))
				continue
			}
			seen[n] = c.Code.At
			if i, ok := codeAt[n]; ok {
				if f.addOnly {
					prev := out.Codes.Val[i]
					errs = append(errs, errorAt(c.Code.At, "code %d collides with %d %s (%s); a set of extras may only add codes", n, n, prev.Phrase.Val, prev.Code.At))
					continue
				}
				keepIdent(&out.Codes.Val[i])
				overlayStruct(&out.Codes.Val[i], c)
				endTemporary(&out.Codes.Val[i], *c)
				continue
			}
			codeAt[n] = len(out.Codes.Val)
			out.Codes.Val = append(out.Codes.Val, *c)
		}
		seenClass := map[int]Pos{}
		for _, c := range f.Classes.Val {
			if !c.Class.Set {
				errs = append(errs, errorAt(c.At, "class has no class digit"))
				continue
			}
			n := c.Class.Val
			if first, dup := seenClass[n]; dup {
				errs = append(errs, errorAt(c.Class.At, "class %d is listed twice (first at %s)", n, first))
				continue
			}
			seenClass[n] = c.Class.At
			if i, ok := classAt[n]; ok {
				overlayStruct(&out.Classes.Val[i], &c)
				continue
			}
			classAt[n] = len(out.Classes.Val)
			out.Classes.Val = append(out.Classes.Val, c)
		}
	}
	return out, errs.err()
}

// keepIdent fixes the phrase that dst's identifier comes from before a
// later layer overlays it, so that a new phrase does not rename the code:
// overriding 200's phrase with "Okay" keeps StatusOK and OK, which code
// written against the registry's names (and net/http, http.HTTPStatus,
// http-status-codes) uses. A name field, given before or after, still
// decides.
func keepIdent(dst *rawCode) {
	if !dst.identPhrase.Set {
		dst.identPhrase = dst.Phrase
	}
}

// endTemporary drops the registration dates of an earlier layer when a
// later one gives the code another lifecycle than temporary without dates
// of its own: the dates belong to the temporary registration, and a layer
// has no other way to take a field away.
func endTemporary(dst *rawCode, src rawCode) {
	if !src.Lifecycle.Set || src.Lifecycle.Val == "temporary" {
		return
	}
	if !src.Registered.Set {
		dst.Registered = opt[string]{}
	}
	if !src.Expires.Set {
		dst.Expires = opt[string]{}
	}
}

func overlay[T any](dst *opt[T], src opt[T]) {
	if src.Set {
		*dst = src
	}
}

// overlayStruct copies every opt field that src sets onto dst.
func overlayStruct[T any](dst, src *T) {
	dv, sv := reflect.ValueOf(dst).Elem(), reflect.ValueOf(src).Elem()
	for i := range sv.NumField() {
		f := sv.Field(i)
		if f.Kind() != reflect.Struct {
			continue
		}
		if set := f.FieldByName("Set"); set.IsValid() && set.Bool() {
			dv.Field(i).Set(f)
		}
	}
}
