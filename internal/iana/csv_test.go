package iana_test

import (
	"strings"
	"testing"

	"github.com/statusgen/statusgen/internal/iana"
	"github.com/statusgen/statusgen/internal/iana/ianatest"
)

// registryFile names the registry file in messages.
const registryFile = ianatest.Name

func parse(t testing.TB, data []byte) *iana.Registry {
	t.Helper()
	reg, err := iana.ParseCSV("registry.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestParseCSV(t *testing.T) {
	reg := parse(t, ianatest.Registry(t))
	if len(reg.Entries) != 64 {
		t.Errorf("%d entries, want the registry's 64", len(reg.Entries))
	}
	byCode := map[int]iana.Entry{}
	for i, e := range reg.Entries {
		byCode[e.Code] = e
		if i > 0 && reg.Entries[i-1].Code >= e.Code {
			t.Errorf("entries out of order at %d", e.Code)
		}
	}
	for _, want := range []struct {
		code                                  int
		phrase, lifecycle, registered, expire string
		refs                                  string
		line                                  int
	}{
		{100, "Continue", "permanent", "", "", "[RFC9110, Section 15.2.1]", 2},
		{102, "Processing", "permanent", "", "", "[RFC2518]", 4},
		{104, "Upload Resumption Supported", "temporary", "2024-11-13", "2026-11-13", "[draft-ietf-httpbis-resumable-upload-05]", 6},
		{306, "Unused", "unused", "", "", "[RFC9110, Section 15.4.7]", 26},
		{418, "Unused", "unused", "", "", "[RFC9110, Section 15.5.19]", 48},
		{510, "Not Extended", "obsoleted", "", "", "[RFC2774][Status change of HTTP experiments to Historic]", 74},
	} {
		e, ok := byCode[want.code]
		if !ok {
			t.Errorf("%d is missing", want.code)
			continue
		}
		var refs strings.Builder
		for _, r := range e.References {
			refs.WriteString(r.String())
		}
		if e.Phrase != want.phrase || e.Lifecycle != want.lifecycle || e.Registered != want.registered || e.Expires != want.expire || refs.String() != want.refs || e.At.Line != want.line {
			t.Errorf("%d: got %q %s %q %q %s line %d, want %q %s %q %q %s line %d", want.code,
				e.Phrase, e.Lifecycle, e.Registered, e.Expires, refs.String(), e.At.Line,
				want.phrase, want.lifecycle, want.registered, want.expire, want.refs, want.line)
		}
	}
	for _, unassigned := range []int{105, 199, 209, 427, 430, 509, 512, 599} {
		if _, ok := byCode[unassigned]; ok {
			t.Errorf("unassigned code %d has an entry", unassigned)
		}
	}

	// A byte order mark and LF line ends read the same.
	lf := strings.ReplaceAll("\ufeff"+string(ianatest.Registry(t)), "\r\n", "\n")
	if again := parse(t, []byte(lf)); len(again.Entries) != 64 || again.Entries[63].At.Line != 75 {
		t.Errorf("with a BOM and LF: %d entries", len(again.Entries))
	}
}

// TestParseCSVErrors feeds files that are not the registry's format: each
// is one diagnostic at the spot, never a guess.
func TestParseCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"wrong header", ianatest.Registry(t, "Value,Description,Reference", "Code,Phrase,Reference"),
			`registry.csv:1:1: header is "Code,Phrase,Reference", want "Value,Description,Reference" (IANA's http-status-codes-1.csv)`},
		{"bad value", ianatest.Registry(t, "\n201,Created,", "\n2O1,Created,"),
			`registry.csv:9:1: value "2O1" is not a status code (100-599) or a range of them (105-199)`},
		{"code out of range", ianatest.Registry(t, "512-599,Unassigned,", "512-600,Unassigned,"),
			`registry.csv:76:1: value "512-600" is not a status code (100-599) or a range of them (105-199)`},
		{"reversed range", ianatest.Registry(t, "105-199,Unassigned,", "199-105,Unassigned,"),
			`registry.csv:7:1: range "199-105" is empty or reversed`},
		{"assigned range", ianatest.Registry(t, "105-199,Unassigned,", "105-199,Something,"),
			`registry.csv:7:9: a range of codes must be Unassigned, found "Something"`},
		{"overlapping range", ianatest.Registry(t, "105-199,Unassigned,", "104-199,Unassigned,"),
			`registry.csv:7:1: code 104 is listed twice (first on line 6)`},
		{"truncated", ianatest.Registry(t, "511,Network Authentication Required,[RFC6585]\n512-599,Unassigned,\n", ""),
			`registry.csv:74: codes 511-599 are in no record; the registry lists every code from 100 to 599 (a truncated file?)`},
		{"unterminated quote", ianatest.Registry(t, `"[RFC9110, Section 15.5.5]"`, `"[RFC9110, Section 15.5.5]`),
			`registry.csv:35:24: extraneous or missing " in quoted-field (the record starts on line 34)`},
		{"stray quote", ianatest.Registry(t, "\n204,No Content,", "\n204,No \"Content,"),
			`registry.csv:12:8: bare " in non-quoted-field`},
		{"extra field", ianatest.Registry(t, "226,IM Used,[RFC3229]", "226,IM Used,[RFC3229],x"),
			`registry.csv:18:1: record has 4 fields; want 3 (Value, Description, Reference)`},
		{"reference without brackets", ianatest.Registry(t, "226,IM Used,[RFC3229]", "226,IM Used,RFC3229"),
			`registry.csv:18:13: reference "RFC3229": expected [ at byte 1; references are bracketed, as in [RFC9110, Section 15.5.5]`},
		{"unclosed reference", ianatest.Registry(t, "to Historic]", "to Historic"),
			`registry.csv:74:39: reference "[RFC2774][Status change of HTTP experiments to Historic": [ at byte 10 is not closed`},
		{"bad RFC reference", ianatest.Registry(t, `"[RFC9110, Section 15.5.5]"`, `"[RFC9110, Sec. 15.5.5]"`),
			`registry.csv:34:16: reference [RFC9110, Sec. 15.5.5] is not [RFCn] or [RFCn, Section s]`},
		{"empty reference", ianatest.Registry(t, "226,IM Used,[RFC3229]", "226,IM Used,[RFC3229][]"),
			`registry.csv:18:22: reference [] is empty or has surrounding space`},
		{"unknown note", ianatest.Registry(t, "Not Extended (OBSOLETED)", "Not Extended (DEPRECATED)"),
			`registry.csv:74:18: unknown registry note (DEPRECATED); statusgen knows (TEMPORARY - ...), (OBSOLETED) and (Unused)`},
		{"temporary without expiry", ianatest.Registry(t, ", extension registered 2025-09-15, expires 2026-11-13", ""),
			`registry.csv:6:34: the temporary registration of 104 needs both its registration and its expiry date`},
		{"temporary with a bad date", ianatest.Registry(t, "expires 2026-11-13", "expires 2026-13-13"),
			`registry.csv:6:34: "2026-13-13" in "expires 2026-13-13" is not a date`},
		{"note without phrase", ianatest.Registry(t, "\n204,No Content,", "\n204,(Reserved),"),
			`registry.csv:12:5: description "(Reserved)" is a note without a phrase`},
		{"empty description", ianatest.Registry(t, "\n204,No Content,", "\n204,,"),
			`registry.csv:12:5: code 204 has no description`},
		{"XML", []byte("<?xml version='1.0' encoding='UTF-8'?>\n<registry xmlns=\"http://www.iana.org/assignments\"/>\n"),
			`registry.csv:1:1: this looks like XML or HTML; statusgen reads the registry's CSV form, http-status-codes-1.csv`},
		{"empty", nil, `registry.csv:1:1: file is empty; want IANA's http-status-codes-1.csv`},
		{"too big", []byte(strings.Repeat("x", iana.MaxFileSize+1)),
			`registry.csv: file is 1048577 bytes, more than the limit of 1048576`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, err := iana.ParseCSV("registry.csv", tc.data)
			if err == nil {
				t.Fatalf("accepted, with %d entries", len(reg.Entries))
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}
