package iana_test

import (
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/iana"
	"github.com/statusgen/statusgen/internal/iana/ianatest"
	"github.com/statusgen/statusgen/spec"
)

// FuzzParseCSV: any input is an entry list that makes sense or an error,
// never a panic.
func FuzzParseCSV(f *testing.F) {
	f.Add(ianatest.Registry(f))
	f.Add(ianatest.Registry(f, "105-199,Unassigned,", "105,\"A, B (TEMPORARY - registered 2026-01-01, expires 2027-01-01)\",[RFC1][x]\n106-199,Unassigned,"))
	f.Add([]byte("Value,Description,Reference\n100-599,Unassigned,\n"))
	f.Add([]byte("Value,Description,Reference\n\"100"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := iana.ParseCSV("fuzz.csv", data)
		if err != nil {
			return
		}
		for i, e := range reg.Entries {
			if e.Code < 100 || e.Code > 599 || e.Phrase == "" || (i > 0 && reg.Entries[i-1].Code >= e.Code) {
				t.Fatalf("entry %+v accepted", e)
			}
			if (e.Lifecycle == iana.Temporary) != (e.Expires != "") {
				t.Fatalf("entry %+v: lifecycle and expiry disagree", e)
			}
		}
	})
}

// FuzzUpdate updates arbitrary spec files merged on the embedded registry
// against a registry that renames a code, adds one and makes a temporary
// registration permanent: the result is YAML, and when it loads, it agrees
// with the registry.
func FuzzUpdate(f *testing.F) {
	for _, seed := range []string{
		"codes:\n  - code: 200\n    phrase: Okay # ours\n",
		"codes:\n- code: 104\n  lifecycle: temporary\n  registered: '2024-11-13'\n  expires: '2027-01-01'\n",
		"codes:\n  - phrase: \"Okay\"\n    code: 200\n    aliases: [{name: Fine}]\n",
		"codes:\n  - code: 200\n    phrase: >-\n      Okay\n    description: |\n      Fine.\n",
		"codes: []\n",
		"version: 1.0.0",
		"# c\ncodes:\n  # head\n  - code: 499\n    phrase: Client Closed Request\n    source: nginx\n\n  - code: 404\n    references: [{rfc: 1}]\n",
		"{\"codes\": [{\"code\": 200, \"phrase\": \"Okay\"}]}",
	} {
		f.Add([]byte(seed))
	}
	reg, err := iana.ParseCSV("registry.csv", ianatest.Registry(f,
		"200,OK,", "200,All Right,",
		"105-199,Unassigned,", "105,Example Added Code,[RFC9999]\n106-199,Unassigned,",
		" (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)", ""))
	if err != nil {
		f.Fatal(err)
	}
	registry := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true}
	below, _, err := gen.LoadSpec([]gen.Source{registry}, gen.DefaultLimits(), time.Time{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src := gen.Source{Name: "codes.yaml", Data: data}
		s, _, err := gen.LoadSpec([]gen.Source{registry, src}, gen.DefaultLimits(), time.Time{})
		if err != nil {
			return
		}
		out, _, err := iana.Update(src, s, below, reg)
		if err != nil {
			return
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(out, &doc); err != nil {
			t.Fatalf("the update is not YAML: %v\n%s", err, out)
		}
		updated, _, err := gen.LoadSpec([]gen.Source{registry, {Name: "codes.yaml", Data: out}}, gen.DefaultLimits(), time.Time{})
		if err != nil {
			return // such as a new alias that collides with the file's own names
		}
		for _, d := range iana.Compare(reg, updated) {
			if d.Field != iana.SpecOnly && d.Field != iana.Source {
				t.Fatalf("after the update: %s\n%s", d, out)
			}
		}
	})
}
