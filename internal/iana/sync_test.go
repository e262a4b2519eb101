package iana_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/iana"
	"github.com/statusgen/statusgen/internal/iana/ianatest"
	"github.com/statusgen/statusgen/internal/output"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/spec"
)

// specFile is the name the embedded spec goes by in these tests, as the
// file that -update rewrites.
const specFile = "http-status.yaml"

func report(diffs []iana.Difference) []string {
	lines := []string{}
	for _, d := range diffs {
		lines = append(lines, d.String())
	}
	return lines
}

// TestEmbeddedSpecAgrees is the repository's promise: the embedded spec
// agrees with the registry as of its 2025-09-15 update.
func TestEmbeddedSpecAgrees(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	if diffs := iana.Compare(parse(t, ianatest.Registry(t)), s); len(diffs) > 0 {
		t.Errorf("the embedded spec differs from %s:\n%s", registryFile, strings.Join(report(diffs), "\n"))
	}
}

// registryChanges are crafted updates of the registry: what the report
// says about each, and the lines -update removes from and adds to the
// embedded spec.
var registryChanges = []struct {
	name             string
	replace          []string
	report           []string
	removed, added   []string
	updateLeaves     []string
	notesAboutUpdate int
}{
	{
		name:    "agreeing",
		replace: nil,
	},
	{
		name:    "renamed phrase",
		replace: []string{"413,Content Too Large,", "413,Content Too Big,"},
		report:  []string{`413: phrase: spec "Content Too Large", registry "Content Too Big"`},
		removed: []string{"    phrase: Content Too Large"},
		added: []string{"    phrase: Content Too Big",
			"      - name: ContentTooLarge", "        phrase: Content Too Large"},
	},
	{
		name:    "renamed back to an older phrase",
		replace: []string{"413,Content Too Large,", "413,Payload Too Large,"},
		report:  []string{`413: phrase: spec "Content Too Large", registry "Payload Too Large"`},
		removed: []string{"    phrase: Content Too Large", "      - name: PayloadTooLarge", "        phrase: Payload Too Large"},
		added: []string{"    phrase: Payload Too Large",
			"      - name: ContentTooLarge", "        phrase: Content Too Large"},
	},
	{
		name:    "added code",
		replace: []string{"105-199,Unassigned,", "105,Example Added Code,\"[RFC9999, Section 4.1]\"\n106-199,Unassigned,"},
		report:  []string{"105: in the registry, not in the spec"},
		added: []string{"  - code: 105", "    phrase: Example Added Code", "    lifecycle: permanent",
			"    references:", "      - rfc: 9999", `        section: "4.1"`, ""},
	},
	{
		name:    "added temporary code",
		replace: []string{"512-599,Unassigned,", "512,\"Example Trial (TEMPORARY - registered 2026-01-02, expires 2027-01-02)\",[draft-example-trial-00]\n513-599,Unassigned,"},
		report:  []string{"512: in the registry, not in the spec"},
		// The blank line goes before the entry; the line diff sees it last.
		added: []string{"  - code: 512", "    phrase: Example Trial", "    lifecycle: temporary",
			`    registered: "2026-01-02"`, `    expires: "2027-01-02"`, "    references:", "      - draft: draft-example-trial-00", ""},
	},
	{
		name:    "temporary registration made permanent",
		replace: []string{"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)", "Upload Resumption Supported"},
		report:  []string{"104: lifecycle: spec temporary, registry permanent"},
		removed: []string{"    lifecycle: temporary", `    registered: "2024-11-13"`, `    expires: "2026-11-13"`},
		added:   []string{"    lifecycle: permanent"},
	},
	{
		name:    "temporary registration extended",
		replace: []string{"expires 2026-11-13", "extension registered 2026-11-01, expires 2027-11-13"},
		report:  []string{`104: expires: spec "2026-11-13", registry "2027-11-13"`},
		removed: []string{`    expires: "2026-11-13"`},
		added:   []string{`    expires: "2027-11-13"`},
	},
	{
		name:    "obsoleted",
		replace: []string{"305,Use Proxy,", "305,Use Proxy (OBSOLETED),"},
		report:  []string{"305: lifecycle: spec permanent, registry obsoleted"},
		removed: []string{"    lifecycle: permanent"},
		added:   []string{"    lifecycle: obsoleted"},
	},
	{
		name:    "reference changed",
		replace: []string{`"[RFC9110, Section 15.5.5]"`, `"[RFC9999, Section 1.2]"`},
		report:  []string{"404: references: spec [RFC9110, Section 15.5.5], registry [RFC9999, Section 1.2]"},
		removed: []string{"      - rfc: 9110", `        section: "15.5.5"`},
		added:   []string{"      - rfc: 9999", `        section: "1.2"`},
	},
	{
		// The spec cites a section of RFC 2518 where the registry cites
		// the RFC: that agrees, and the update keeps the section.
		name:    "reference added",
		replace: []string{"102,Processing,[RFC2518]", "102,Processing,[RFC2518][draft-example-processing-01]"},
		report:  []string{"102: references: spec [RFC2518, Section 10.1], registry [RFC2518][draft-example-processing-01]"},
		added:   []string{"      - draft: draft-example-processing-01"},
	},
	{
		name:    "document without a link",
		replace: []string{"226,IM Used,[RFC3229]", "226,IM Used,[RFC3229][Some later note]"},
		report:  []string{"226: references: spec [RFC3229, Section 10.4.1], registry [RFC3229][Some later note]"},
		added: []string{"      - url: " + iana.RegistryPage,
			"        title: Some later note"},
		notesAboutUpdate: 1,
	},
	{
		name:         "code withdrawn",
		replace:      []string{"102,Processing,[RFC2518]", "102,Unassigned,"},
		report:       []string{"102: in the spec, not in the registry"},
		updateLeaves: []string{"102: in the spec, not in the registry"},
	},
}

// TestCompare checks the report on each crafted registry change.
func TestCompare(t *testing.T) {
	s := testspec.Load(t, testspec.Registry())
	for _, tc := range registryChanges {
		t.Run(tc.name, func(t *testing.T) {
			reg := parse(t, ianatest.Registry(t, tc.replace...))
			if got := report(iana.Compare(reg, s)); strings.Join(got, "\n") != strings.Join(tc.report, "\n") {
				t.Errorf("report:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.report, "\n"))
			}
		})
	}
}

// TestUpdate rewrites the embedded spec for each crafted registry change:
// exactly the expected lines change, every other byte stays, and the
// result agrees with the registry.
func TestUpdate(t *testing.T) {
	before := spec.Registry()
	for _, tc := range registryChanges {
		t.Run(tc.name, func(t *testing.T) {
			reg := parse(t, ianatest.Registry(t, tc.replace...))
			src := gen.Source{Name: specFile, Data: before}
			after, notes, err := iana.Update(src, testspec.Load(t, src), nil, reg)
			if err != nil {
				t.Fatal(err)
			}
			if len(notes) != tc.notesAboutUpdate {
				t.Errorf("notes: %v, want %d", notes, tc.notesAboutUpdate)
			}
			removed, added := lineChanges(before, after)
			if strings.Join(removed, "\n") != strings.Join(tc.removed, "\n") || strings.Join(added, "\n") != strings.Join(tc.added, "\n") {
				t.Errorf("removed:\n%s\nadded:\n%s\nwant removed:\n%s\nwant added:\n%s\n%s",
					strings.Join(removed, "\n"), strings.Join(added, "\n"),
					strings.Join(tc.removed, "\n"), strings.Join(tc.added, "\n"), output.UnifiedDiff(specFile, before, after))
			}
			left := report(iana.Compare(reg, testspec.Load(t, gen.Source{Name: specFile, Data: after})))
			if strings.Join(left, "\n") != strings.Join(tc.updateLeaves, "\n") {
				t.Errorf("after the update, the spec still differs:\n%s", strings.Join(left, "\n"))
			}
			again, _, err := iana.Update(gen.Source{Name: specFile, Data: after}, testspec.Load(t, gen.Source{Name: specFile, Data: after}), nil, reg)
			if err != nil || !bytes.Equal(again, after) {
				t.Errorf("a second update changed the file again (%v):\n%s", err, output.UnifiedDiff(specFile, after, again))
			}
		})
	}
}

// lineChanges returns the lines only old has and the lines only new has,
// by a longest common subsequence of lines.
func lineChanges(old, new []byte) (removed, added []string) {
	a := strings.Split(string(old), "\n")
	b := strings.Split(string(new), "\n")
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i, j = i+1, j+1
		case j == len(b) || (i < len(a) && lcs[i+1][j] >= lcs[i][j+1]):
			removed, i = append(removed, a[i]), i+1
		default:
			added, j = append(added, b[j]), j+1
		}
	}
	return removed, added
}

// TestUpdateOverlay updates a user's spec file that is merged on top of
// the embedded registry: a code it overrides is fixed in place, with its
// comments; a code it lacks gets an entry of its own, in code order;
// a code from outside the registry is left alone.
func TestUpdateOverlay(t *testing.T) {
	registry := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true}
	reg := parse(t, ianatest.Registry(t, "404,Not Found,", "404,Not Located,"))
	for _, tc := range []struct{ name, before, after string }{
		{
			name: "with codes",
			before: `# Our additions to the registry.
codes:
  # Our own code.
  - code: 499
    phrase: Client Closed Request # as nginx says
    description: The client went away.
    source: nginx

  - code: 200
    phrase: Okay # we like it better
    description: Fine.
`,
			// 404 comes from the registry layer, whose identifier a phrase
			// alone would keep: the rename takes a name field. 200 kept
			// StatusOK under "Okay", so going back to "OK" renames nothing.
			after: `# Our additions to the registry.
codes:
  - code: 404
    phrase: Not Located
    name: NotLocated
    aliases:
      - name: NotFound
        phrase: Not Found

  # Our own code.
  - code: 499
    phrase: Client Closed Request # as nginx says
    description: The client went away.
    source: nginx

  - code: 200
    phrase: OK # we like it better
    description: Fine.
`,
		},
		{
			name:   "without codes",
			before: "retry_policy: Ours.", // and no line break at the end
			after: `retry_policy: Ours.

codes:
  - code: 404
    phrase: Not Located
    name: NotLocated
    aliases:
      - name: NotFound
        phrase: Not Found
`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := gen.Source{Name: "codes.yaml", Data: []byte(tc.before)}
			after, _, err := iana.Update(src, testspec.Load(t, registry, src), testspec.Load(t, registry), reg)
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != tc.after {
				t.Errorf("updated file:\n%s\nwant:\n%s", after, tc.after)
			}
			updated := gen.Source{Name: "codes.yaml", Data: after}
			s := testspec.Load(t, registry, updated)
			if left := report(iana.Compare(reg, s)); len(left) > 0 {
				t.Errorf("after the update, the spec still differs:\n%s", strings.Join(left, "\n"))
			}
			// The policy: the registry's rename gives the new identifier,
			// and the old one stays as a deprecated alias.
			for _, c := range s.Codes {
				if c.Code == 404 && (c.Ident.Go != "StatusNotLocated" || len(c.Aliases) != 1 || c.Aliases[0].Ident.Go != "StatusNotFound") {
					t.Errorf("404 after the update: %s, aliases %v", c.Ident.Go, c.Aliases)
				}
			}
		})
	}
}

// TestUpdateRefusesFlowStyle: a spec written as JSON (or YAML's flow
// style) has no lines to splice; the update says so rather than
// reformatting the user's file.
func TestUpdateRefusesFlowStyle(t *testing.T) {
	src := gen.Source{Name: "codes.json", Data: []byte(`{"codes": [{"code": 200, "phrase": "Okay"}]}` + "\n")}
	reg := parse(t, ianatest.Registry(t))
	registry := gen.Source{Name: spec.RegistryName, Data: spec.Registry(), Embedded: true}
	_, _, err := iana.Update(src, testspec.Load(t, registry, src), testspec.Load(t, registry), reg)
	want := "codes.json:1:1: the spec is in flow style ({...} or [...]); -update edits block-style YAML only"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}
