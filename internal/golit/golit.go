// Package golit prints a Go value as Go source: a composite literal that,
// compiled, gives a value reflect.DeepEqual to the one printed. It is how
// statusgen pre-decodes its embedded registry (see spec/decoded): the
// printer walks the value by reflection, so a change to the model's types
// needs no change here, only `go generate` again.
//
// It prints what the model is made of: structs (exported fields only; a
// field at its zero value is left out), slices (nil and empty differ, and
// both survive), pointers, maps with string keys (in sorted order), strings, bools, integers
// and floats. Anything else (an unexported field, a func, a channel, an
// interface holding a value) is an error, never a silently wrong literal.
package golit

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Expr returns Go source for v, with its types named as reflect names them
// (gen.Spec): the printing file must import their packages under those
// names. The source is correct but not laid out; run it through go/format.
func Expr(v any) (string, error) {
	var b strings.Builder
	if err := write(&b, reflect.ValueOf(v), true); err != nil {
		return "", err
	}
	return b.String(), nil
}

// write prints v; typed says whether the literal must name its type (a
// slice element or map value of a composite literal need not).
func write(b *strings.Builder, v reflect.Value, typed bool) error {
	if !v.IsValid() {
		return fmt.Errorf("golit: cannot print an untyped nil")
	}
	t := v.Type()
	switch v.Kind() {
	case reflect.String:
		return literal(b, t, strconv.Quote(v.String()), typed)
	case reflect.Bool:
		return literal(b, t, strconv.FormatBool(v.Bool()), typed)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return literal(b, t, strconv.FormatInt(v.Int(), 10), typed)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return literal(b, t, strconv.FormatUint(v.Uint(), 10), typed)
	case reflect.Float32, reflect.Float64:
		return literal(b, t, strconv.FormatFloat(v.Float(), 'g', -1, t.Bits()), typed)
	case reflect.Pointer:
		if v.IsNil() {
			return nilOf(b, t)
		}
		if v.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("golit: cannot print a pointer to %s", v.Elem().Type())
		}
		if typed {
			b.WriteByte('&') // elided with the type in a composite literal
		}
		return write(b, v.Elem(), typed)
	case reflect.Slice:
		if v.IsNil() {
			return nilOf(b, t)
		}
		if typed {
			b.WriteString(t.String())
		}
		b.WriteString("{\n")
		for i := range v.Len() {
			if err := write(b, v.Index(i), false); err != nil {
				return err
			}
			b.WriteString(",\n")
		}
		b.WriteByte('}')
		return nil
	case reflect.Map:
		if v.IsNil() {
			return nilOf(b, t)
		}
		if t.Key().Kind() != reflect.String {
			return fmt.Errorf("golit: cannot print %s: only maps with string keys, printed in sorted order", t)
		}
		if typed {
			b.WriteString(t.String())
		}
		b.WriteString("{\n")
		keys := v.MapKeys()
		slices.SortFunc(keys, func(x, y reflect.Value) int { return strings.Compare(x.String(), y.String()) })
		for _, k := range keys {
			if err := write(b, k, false); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := write(b, v.MapIndex(k), false); err != nil {
				return err
			}
			b.WriteString(",\n")
		}
		b.WriteByte('}')
		return nil
	case reflect.Struct:
		if typed {
			b.WriteString(t.String())
		}
		b.WriteString("{\n")
		for i := range t.NumField() {
			f := t.Field(i)
			if v.Field(i).IsZero() {
				continue
			}
			if !f.IsExported() {
				return fmt.Errorf("golit: %s has the unexported field %s, which a literal outside its package cannot set", t, f.Name)
			}
			b.WriteString(f.Name)
			b.WriteString(": ")
			if err := write(b, v.Field(i), true); err != nil {
				return fmt.Errorf("%s.%s: %w", t, f.Name, err)
			}
			b.WriteString(",\n")
		}
		b.WriteByte('}')
		return nil
	}
	return fmt.Errorf("golit: cannot print a value of kind %s (%s)", v.Kind(), t)
}

// literal prints a basic literal, converted to its named type where the
// type is named and must be given.
func literal(b *strings.Builder, t reflect.Type, lit string, typed bool) error {
	if typed && t.PkgPath() != "" {
		fmt.Fprintf(b, "%s(%s)", t, lit)
		return nil
	}
	b.WriteString(lit)
	return nil
}

// nilOf prints a nil slice, map or pointer of type t.
func nilOf(b *strings.Builder, t reflect.Type) error {
	fmt.Fprintf(b, "(%s)(nil)", t)
	return nil
}
