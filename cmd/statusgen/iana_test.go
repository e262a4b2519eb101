package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/statusgen/statusgen/internal/iana/ianatest"
	"github.com/statusgen/statusgen/spec"
)

// registryVariant writes IANA's registry file as of its 2025-09-15
// update, changed as replacements say (see ianatest.Registry), into dir
// and returns its path.
func registryVariant(t *testing.T, dir string, replacements ...string) string {
	t.Helper()
	path := filepath.Join(dir, "http-status-codes-1.csv")
	writeFile(t, path, string(ianatest.Registry(t, replacements...)))
	return path
}

// TestIANAExitStatus runs the real binary on an agreeing, a differing and
// a malformed registry file.
func TestIANAExitStatus(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name           string
		replace        []string
		status         int
		stdout, stderr string
	}{
		{"agreeing", nil, 0, "", ""},
		{"renamed phrase", []string{"413,Content Too Large,", "413,Content Too Big,"}, 1,
			"413: phrase: spec \"Content Too Large\", registry \"Content Too Big\"\n", ""},
		{"wrong header", []string{"Value,Description,Reference", "Value;Description;Reference"}, 2,
			"", `:1:1: header is "Value;Description;Reference", want "Value,Description,Reference" (IANA's http-status-codes-1.csv)` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := registryVariant(t, dir, tc.replace...)
			code, stdout, stderr := runBinary(t, "", "-iana", file)
			if tc.stderr != "" {
				tc.stderr = file + tc.stderr
			}
			// The note on 104's expiry depends on the day; nothing else may be there.
			if stderr = withoutNote104(stderr); stderr != tc.stderr {
				t.Errorf("stderr %q, want %q", stderr, tc.stderr)
			}
			if code != tc.status || stdout != tc.stdout {
				t.Errorf("status %d, stdout %q; want %d, %q", code, stdout, tc.status, tc.stdout)
			}
		})
	}
}

// withoutNote104 drops the note that the registry's temporary
// registration of 104 has expired, which depends on the day a test runs.
func withoutNote104(stderr string) string {
	var keep []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.Contains(line, "note: the temporary registration of 104 ") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}

// TestIANAReport checks -iana's report against crafted registries and
// merged specs: one line a difference on stdout, notes on stderr.
func TestIANAReport(t *testing.T) {
	dir := t.TempDir()
	overlay := filepath.Join(dir, "codes.yaml")
	writeFile(t, overlay, "codes:\n  - code: 200\n    phrase: Okay\n  - code: 499\n    phrase: Client Closed Request\n")
	only100 := filepath.Join(dir, "only100.yaml")
	writeFile(t, only100, "codes:\n  - code: 100\n    phrase: Continue\n    references:\n      - rfc: 9110\n        section: \"15.2.1\"\n")
	agreeing := registryVariant(t, t.TempDir())
	for _, tc := range []struct {
		name    string
		replace []string
		args    []string
		now     time.Time
		status  int
		stdout  string
		stderr  string
	}{
		{name: "agreeing", now: before104Expired},
		{name: "agreeing, with extras", args: []string{"-extras", "nginx,cloudflare"}, now: before104Expired},
		{name: "expiry passed", now: after104Expired,
			stderr: ":6:1: note: the temporary registration of 104 Upload Resumption Supported expired on 2026-11-13, and the registry has not extended, made permanent or removed it yet\n"},
		{name: "extended in time", replace: []string{"expires 2026-11-13", "expires 2027-11-13"}, now: after104Expired, status: 1,
			stdout: "104: expires: spec \"2026-11-13\", registry \"2027-11-13\"\n"},
		{name: "made permanent", replace: []string{" (TEMPORARY - registered 2024-11-13, extension registered 2025-09-15, expires 2026-11-13)", ""},
			now: after104Expired, status: 1, stdout: "104: lifecycle: spec temporary, registry permanent\n"},
		{name: "added code", replace: []string{"105-199,Unassigned,", "105,Example Added Code,[RFC9999]\n106-199,Unassigned,"},
			now: before104Expired, status: 1, stdout: "105: in the registry, not in the spec\n"},
		{name: "reference changed", replace: []string{"[RFC2774][Status change of HTTP experiments to Historic]", "[RFC2774]"},
			now: before104Expired, status: 1,
			stdout: "510: references: spec [RFC2774, Section 7][Status change of HTTP experiments to Historic], registry [RFC2774]\n"},
		{name: "registered, but an extra in the spec", replace: []string{"452-499,Unassigned,", "452-498,Unassigned,\n499,Client Closed Request,[RFC9999]"},
			args: []string{"-extras", "nginx"}, now: before104Expired, status: 1,
			stdout: "499: in the registry, but the spec's entry has source \"nginx\", for codes outside it\n"},
		{name: "user's overlay", args: []string{"-spec", overlay}, now: before104Expired, status: 1,
			stdout: "200: phrase: spec \"Okay\", registry \"OK\"\n499: in the spec, not in the registry\n"},
		{name: "no registry", args: []string{"-no-registry", "-spec", only100}, now: before104Expired, status: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := agreeing
			if tc.replace != nil {
				file = registryVariant(t, t.TempDir(), tc.replace...)
			}
			e := testEnv(nil)
			e.now = func() time.Time { return tc.now }
			code, stdout, stderr := statusgen(t, e, append([]string{"-iana", file}, tc.args...)...)
			if tc.stderr != "" {
				tc.stderr = file + tc.stderr
			}
			if tc.name == "no registry" {
				if n := strings.Count(stdout, ": in the registry, not in the spec\n"); n != 63 || strings.Count(stdout, "\n") != 63 {
					t.Errorf("stdout names %d codes missing from a spec of one; want 63:\n%s", n, stdout)
				}
				tc.stdout = stdout
			}
			if code != tc.status || stdout != tc.stdout || stderr != tc.stderr {
				t.Errorf("status %d, stdout:\n%s\nstderr:\n%s\nwant %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr, tc.status, tc.stdout, tc.stderr)
			}
		})
	}
}

// copySpec puts a copy of the embedded spec into dir, as a file to update.
func copySpec(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	path := filepath.Join(dir, "http-status.yaml")
	data := spec.Registry()
	writeFile(t, path, string(data))
	return path, data
}

// TestIANAUpdate runs the real binary's -update on a copy of the spec:
// with an agreeing registry the file is not even rewritten; with a
// changed one, -iana agrees afterwards, and the renamed code's old name
// still compiles, deprecated.
func TestIANAUpdate(t *testing.T) {
	dir := t.TempDir()
	specFile, original := copySpec(t, dir)
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := os.Chtimes(specFile, old, old); err != nil {
		t.Fatal(err)
	}
	agreeing := registryVariant(t, t.TempDir())
	if code, stdout, _ := runBinary(t, dir, "-iana", agreeing, "-no-registry", "-update", specFile); code != 0 || stdout != "" {
		t.Errorf("agreeing: status %d, stdout %q", code, stdout)
	}
	if data, _ := os.ReadFile(specFile); !bytes.Equal(data, original) {
		t.Error("agreeing: the spec changed")
	}
	if st, _ := os.Stat(specFile); !st.ModTime().Equal(old) {
		t.Error("agreeing: the spec was rewritten")
	}

	changed := registryVariant(t, t.TempDir(),
		"413,Content Too Large,", "413,Content Too Big,",
		"105-199,Unassigned,", "105,Example Added Code,[RFC9999]\n106-199,Unassigned,")
	code, stdout, stderr := runBinary(t, dir, "-iana", changed, "-no-registry", "-update", specFile)
	want := "105: in the registry, not in the spec\n413: phrase: spec \"Content Too Large\", registry \"Content Too Big\"\n"
	if code != 0 || stdout != want {
		t.Fatalf("update: status %d, stdout %q, stderr %q; want 0 and %q", code, stdout, stderr, want)
	}
	if code, stdout, stderr := runBinary(t, dir, "-iana", changed, "-no-registry", "-spec", specFile); code != 0 || stdout != "" {
		t.Errorf("-iana after -update: status %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	updated, _ := os.ReadFile(specFile)
	if !bytes.HasPrefix(updated, original[:bytes.Index(original, []byte("\ncodes:\n"))]) {
		t.Error("the spec's header comment and everything before the codes changed")
	}
	code, goOut, stderr := runBinary(t, dir, "-no-registry", "-spec", specFile, "-lang", "go", "-o", "-")
	for _, want := range []string{
		"\tStatusContentTooBig ",
		"\t// Deprecated: Use StatusContentTooBig; the phrase \"Content Too Large\" is now \"Content Too Big\".\n\tStatusContentTooLarge ",
		"\tStatusExampleAddedCode ",
	} {
		if code != 0 || !strings.Contains(goOut, want) {
			t.Errorf("the updated spec's Go table lacks %q (status %d, %s)", want, code, stderr)
		}
	}
}

// TestIANAUpdateLeaves: what -update cannot fix (a code the registry no
// longer has) is named, and the status is 1.
func TestIANAUpdateLeaves(t *testing.T) {
	dir := t.TempDir()
	specFile, _ := copySpec(t, dir)
	withdrawn := registryVariant(t, t.TempDir(), "102,Processing,[RFC2518]", "102,Unassigned,")
	code, stdout, stderr := statusgen(t, testEnv(nil), "-iana", withdrawn, "-no-registry", "-update", specFile)
	if want := "statusgen: " + specFile + ": -update leaves 102: in the spec, not in the registry\n"; code != 1 || stdout != "102: in the spec, not in the registry\n" || stderr != want {
		t.Errorf("status %d, stdout %q, stderr %q; want 1 and %q", code, stdout, stderr, want)
	}
}

// TestIANAUpdateAllOrNothing: an update whose result would not load leaves
// the spec as it was and no file behind (internal/output tests the commit).
func TestIANAUpdateAllOrNothing(t *testing.T) {
	for _, tc := range []struct {
		name    string
		replace []string
		stderr  string
	}{
		// 413 renamed "Not Found" would share 404's identifiers.
		{"result does not load", []string{"413,Content Too Large,", "413,Not Found,"},
			"statusgen: SPEC: the updated spec does not load, so it was not written:\nSPEC:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			specFile, original := copySpec(t, dir)
			code, _, stderr := statusgen(t, testEnv(nil), "-iana", registryVariant(t, t.TempDir(), tc.replace...), "-no-registry", "-update", specFile)
			if want := strings.ReplaceAll(tc.stderr, "SPEC", specFile); code != 2 || !strings.HasPrefix(stderr, want) {
				t.Errorf("status %d, stderr %q; want 2 and %q", code, stderr, want)
			}
			if data, _ := os.ReadFile(specFile); !bytes.Equal(data, original) {
				t.Error("the spec changed")
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files left behind: %v", entries)
			}
		})
	}
}

// TestIANAUsage: -iana goes with the flags that pick the spec, and
// -update with -iana; anything else is a usage error.
func TestIANAUsage(t *testing.T) {
	registry := registryVariant(t, t.TempDir())
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-update", "spec.yaml"}, "statusgen: -update goes with -iana\n"},
		{[]string{"-iana", registry, "-lang", "go"}, "statusgen: -lang does not go with -iana\n"},
		{[]string{"-iana", registry, "-o", "x.go"}, "statusgen: -o does not go with -iana\n"},
		{[]string{"-iana", registry, "-check"}, "statusgen: -check does not go with -iana\n"},
		{[]string{"-iana", "no-such-file.csv"}, "statusgen: no-such-file.csv: no such file or directory\n"},
		{[]string{"-iana", registry, "-update", "no-such-spec.yaml"}, "statusgen: no-such-spec.yaml: no such file or directory\n"},
	} {
		code, stdout, stderr := statusgen(t, testEnv(nil), tc.args...)
		if code != 2 || stdout != "" || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 2 and %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
}
