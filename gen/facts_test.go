package gen_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
	"github.com/statusgen/statusgen/spec"
)

// The facts below are what the RFCs say about particular status codes,
// each with the section that says it. They are written out here, not read
// from the spec, so that an edit of spec/http-status.yaml that drifts from
// the RFCs fails a test, and an edit that is right must change this file
// too, with its source.

// fact is one code in a set the RFCs define, and where they define it.
type fact struct {
	code   int
	source string
}

// heuristicallyCacheable are the codes a cache may reuse without explicit
// freshness information. RFC 9110, section 15.1 lists its own; others come
// from the RFC that defines the code.
var heuristicallyCacheable = []fact{
	{200, "RFC 9110, 15.1 and 15.3.1"},
	{203, "RFC 9110, 15.1 and 15.3.4"},
	{204, "RFC 9110, 15.1 and 15.3.5"},
	{206, "RFC 9110, 15.1 and 15.3.7"},
	{300, "RFC 9110, 15.1 and 15.4.1"},
	{301, "RFC 9110, 15.1 and 15.4.2"},
	{308, "RFC 9110, 15.1 and 15.4.9"},
	{404, "RFC 9110, 15.1 and 15.5.5"},
	{405, "RFC 9110, 15.1 and 15.5.6"},
	{410, "RFC 9110, 15.1 and 15.5.11"},
	{414, "RFC 9110, 15.1 and 15.5.15"},
	{451, "RFC 7725, 3"},
	{501, "RFC 9110, 15.1 and 15.6.2"},
}

// withoutContent are the codes whose responses end with the header section,
// besides every 1xx (RFC 9110, 15.2), which the check adds by class.
var withoutContent = []fact{
	{204, "RFC 9110, 15.3.5"},
	{205, "RFC 9110, 15.3.6"},
	{304, "RFC 9110, 15.4.5"},
}

// statement is a value the sources give for a code (a redirect kind, a
// header field, a phrase), and where they give it.
type statement struct {
	value  string
	source string
}

// redirectKinds are the codes whose Location a user agent follows
// automatically, and what it may do to the method.
var redirectKinds = map[int]statement{
	301: {"may-change-method", "RFC 9110, 15.4.2 (POST may become GET, for historical reasons)"},
	302: {"may-change-method", "RFC 9110, 15.4.3 (POST may become GET, for historical reasons)"},
	303: {"changes-to-get", "RFC 9110, 15.4.4 (the other resource is retrieved with GET or HEAD)"},
	307: {"keeps-method", "RFC 9110, 15.4.8 (MUST NOT change the request method)"},
	308: {"keeps-method", "RFC 9110, 15.4.9 (does not allow changing POST to GET)"},
}

// associatedHeaders are the response header fields the spec lists for each
// code, and the section that ties each field to the code.
var associatedHeaders = map[int][]statement{
	101: {{"Upgrade", "RFC 9110, 15.2.2 (MUST generate Upgrade)"}},
	103: {{"Link", "RFC 8297, 2 (the hints are Link header fields)"}},
	104: {{"Location", "draft-ietf-httpbis-resumable-upload-05 (the upload resource)"}},
	201: {{"Location", "RFC 9110, 15.3.2 (identifies the new resource)"}},
	206: {{"Content-Range", "RFC 9110, 15.3.7.1 (MUST generate Content-Range for a single part)"}},
	226: {
		{"IM", "RFC 3229, 10.5.2 (lists the instance manipulations applied)"},
		{"ETag", "RFC 3229, 10.4.1 (MUST include an ETag)"},
	},
	300: {{"Location", "RFC 9110, 15.4.1 (SHOULD name a preferred choice)"}},
	301: {{"Location", "RFC 9110, 15.4.2 (SHOULD generate Location)"}},
	302: {{"Location", "RFC 9110, 15.4.3 (SHOULD generate Location)"}},
	303: {{"Location", "RFC 9110, 15.4.4 (the other resource is in Location)"}},
	304: {
		{"ETag", "RFC 9110, 15.4.5"},
		{"Cache-Control", "RFC 9110, 15.4.5"},
		{"Expires", "RFC 9110, 15.4.5"},
		{"Vary", "RFC 9110, 15.4.5"},
		{"Content-Location", "RFC 9110, 15.4.5"},
		{"Date", "RFC 9110, 15.4.5 (MUST generate those a 200 would have carried)"},
	},
	307: {{"Location", "RFC 9110, 15.4.8 (SHOULD generate Location)"}},
	308: {{"Location", "RFC 9110, 15.4.9 (SHOULD generate Location)"}},
	401: {{"WWW-Authenticate", "RFC 9110, 15.5.2 (MUST send WWW-Authenticate)"}},
	405: {{"Allow", "RFC 9110, 15.5.6 (MUST generate Allow)"}},
	407: {{"Proxy-Authenticate", "RFC 9110, 15.5.8 (MUST send Proxy-Authenticate)"}},
	413: {{"Retry-After", "RFC 9110, 15.5.14 (SHOULD send Retry-After when the condition is temporary)"}},
	415: {
		{"Accept", "RFC 9110, 15.5.16 (media types that would be accepted)"},
		{"Accept-Encoding", "RFC 9110, 15.5.16 (content codings that would be accepted)"},
	},
	416: {{"Content-Range", "RFC 9110, 15.5.17 (SHOULD send Content-Range for byte ranges)"}},
	426: {{"Upgrade", "RFC 9110, 15.5.22 (MUST send Upgrade)"}},
	429: {{"Retry-After", "RFC 6585, 4 (MAY include Retry-After)"}},
	451: {{"Link", "RFC 7725, 4 (Link with rel blocked-by)"}},
	503: {{"Retry-After", "RFC 9110, 15.6.4 (MAY send Retry-After)"}},
}

// retryable are the codes after which the same request may be sent again
// unchanged (the spec's retry_policy), and what allows it.
var retryable = []fact{
	{408, "RFC 9110, 15.5.9 (the client MAY repeat the request, on a new connection)"},
	{421, "RFC 9110, 15.5.20 (MAY retry over a different connection, whatever the method)"},
	{425, "RFC 8470, 5.2 (a user agent SHOULD retry once the handshake is complete)"},
	{429, "RFC 6585, 4 (rate limiting passes; Retry-After says when)"},
	{502, "the spec's retry_policy: an upstream fault is often brief; RFC 9110, 9.2.2 allows retrying idempotent requests"},
	{503, "RFC 9110, 15.6.4 (a temporary condition, alleviated after some delay)"},
	{504, "the spec's retry_policy: the upstream may answer in time; RFC 9110, 9.2.2 allows retrying idempotent requests"},
}

// registrySpec loads the embedded registry with the given overlays merged
// on top, as statusgen -spec does.
func registrySpec(t *testing.T, overlays ...string) *gen.Spec {
	t.Helper()
	sources := []gen.Source{testspec.Registry()}
	for i, o := range overlays {
		sources = append(sources, gen.Source{Name: fmt.Sprintf("overlay%d.yaml", i), Data: []byte(o)})
	}
	return testspec.Load(t, sources...)
}

// setMismatches compares the codes of s for which has is true with want
// (codes of class 1 are added with source byClass when it is set), and
// describes every difference with the source it contradicts.
func setMismatches(s *gen.Spec, what string, want []fact, byClass string, has func(gen.Code) bool) []string {
	sources := map[int]string{}
	for _, f := range want {
		sources[f.code] = f.source
	}
	var out []string
	for _, c := range s.Codes {
		source, expected := sources[c.Code]
		if !expected && byClass != "" && c.Class == 1 {
			source, expected = byClass, true
		}
		switch {
		case expected && !has(c):
			out = append(out, fmt.Sprintf("%d: the spec says it is not %s, but %s says it is", c.Code, what, source))
		case !expected && has(c):
			out = append(out, fmt.Sprintf("%d: the spec says it is %s, which no source in facts_test.go supports", c.Code, what))
		}
		delete(sources, c.Code)
	}
	for code, source := range sources {
		out = append(out, fmt.Sprintf("%d: missing from the spec, but %s says it is %s", code, source, what))
	}
	slices.Sort(out)
	return out
}

func cacheableMismatches(s *gen.Spec) []string {
	return setMismatches(s, "heuristically cacheable", heuristicallyCacheable, "", func(c gen.Code) bool { return c.Cacheable })
}

func contentMismatches(s *gen.Spec) []string {
	return setMismatches(s, "without content", withoutContent, "RFC 9110, 15.2 (every 1xx)", func(c gen.Code) bool { return !c.ContentAllowed })
}

func retryableMismatches(s *gen.Spec) []string {
	out := setMismatches(s, "retryable", retryable, "", func(c gen.Code) bool { return c.Retryable })
	for _, c := range s.Codes {
		if c.Retryable != (c.RetryNote != "") {
			out = append(out, fmt.Sprintf("%d: retryable %v but retry note %q", c.Code, c.Retryable, c.RetryNote))
		}
	}
	return out
}

func redirectMismatches(s *gen.Spec) []string {
	var out []string
	seen := map[int]bool{}
	for _, c := range s.Codes {
		seen[c.Code] = true
		want, known := redirectKinds[c.Code]
		switch {
		case known && c.Redirect != want.value:
			out = append(out, fmt.Sprintf("%d: the spec says redirect %q, but %s says %q", c.Code, c.Redirect, want.source, want.value))
		case !known && c.Redirect != "":
			out = append(out, fmt.Sprintf("%d: the spec says redirect %q, which no source in facts_test.go supports", c.Code, c.Redirect))
		}
	}
	for code, want := range redirectKinds {
		if !seen[code] {
			out = append(out, fmt.Sprintf("%d: missing from the spec, but %s says it is a %s redirect", code, want.source, want.value))
		}
	}
	slices.Sort(out)
	return out
}

func headerMismatches(s *gen.Spec) []string {
	var out []string
	seen := map[int]bool{}
	for _, c := range s.Codes {
		seen[c.Code] = true
		want := associatedHeaders[c.Code]
		for _, h := range want {
			if !slices.Contains(c.Headers, h.value) {
				out = append(out, fmt.Sprintf("%d: the spec does not list %s, but %s ties it to the code", c.Code, h.value, h.source))
			}
		}
		for _, field := range c.Headers {
			if !slices.ContainsFunc(want, func(h statement) bool { return h.value == field }) {
				out = append(out, fmt.Sprintf("%d: the spec lists %s, which no source in facts_test.go ties to the code", c.Code, field))
			}
		}
	}
	for code := range associatedHeaders {
		if !seen[code] {
			out = append(out, fmt.Sprintf("%d: missing from the spec, but header fields are stated for it", code))
		}
	}
	slices.Sort(out)
	return out
}

// factChecks are the checks of TestRegistryFacts, by name.
var factChecks = []struct {
	name  string
	check func(*gen.Spec) []string
}{
	{"cacheable", cacheableMismatches},
	{"content", contentMismatches},
	{"redirect", redirectMismatches},
	{"headers", headerMismatches},
	{"retryable", retryableMismatches},
}

// TestRegistryFacts holds the embedded registry to what the RFCs say about
// caching, content, redirects, header fields and retrying.
func TestRegistryFacts(t *testing.T) {
	s := registrySpec(t)
	for _, fc := range factChecks {
		t.Run(fc.name, func(t *testing.T) {
			for _, m := range fc.check(s) {
				t.Error(m)
			}
		})
	}
}

// TestRegistryFactsCatchDrift edits one fact of the registry at a time, as
// a careless spec change would, and expects the checks to name the code and
// the source the edit contradicts: checks that pass on any data prove
// nothing.
func TestRegistryFactsCatchDrift(t *testing.T) {
	cases := []struct {
		name, overlay string
		check         func(*gen.Spec) []string
		want          string
	}{
		{"451 not cacheable", "codes: [{code: 451, cacheable: false}]", cacheableMismatches, "451: the spec says it is not heuristically cacheable, but RFC 7725, 3 says it is"},
		{"302 cacheable", "codes: [{code: 302, cacheable: true}]", cacheableMismatches, "302: the spec says it is heuristically cacheable"},
		{"205 with content", "codes: [{code: 205, content_allowed: true}]", contentMismatches, "205: the spec says it is not without content, but RFC 9110, 15.3.6"},
		{"304 with content", "codes: [{code: 304, content_allowed: true}]", contentMismatches, "304: the spec says it is not without content, but RFC 9110, 15.4.5"},
		{"200 without content", "codes: [{code: 200, content_allowed: false}]", contentMismatches, "200: the spec says it is without content"},
		{"307 may change the method", "codes: [{code: 307, redirect: may-change-method}]", redirectMismatches, `307: the spec says redirect "may-change-method", but RFC 9110, 15.4.8`},
		{"303 keeps the method", "codes: [{code: 303, redirect: keeps-method}]", redirectMismatches, `303: the spec says redirect "keeps-method", but RFC 9110, 15.4.4`},
		{"300 as a redirect", "codes: [{code: 300, redirect: keeps-method}]", redirectMismatches, `300: the spec says redirect "keeps-method", which no source`},
		{"226 without ETag", "codes: [{code: 226, headers: [IM]}]", headerMismatches, "226: the spec does not list ETag, but RFC 3229, 10.4.1"},
		{"401 without WWW-Authenticate", "codes: [{code: 401, headers: []}]", headerMismatches, "401: the spec does not list WWW-Authenticate, but RFC 9110, 15.5.2"},
		{"an unsourced header field", "codes: [{code: 200, headers: [Server]}]", headerMismatches, "200: the spec lists Server, which no source"},
		{"421 not retryable", "codes: [{code: 421, retryable: false}]", retryableMismatches, "421: the spec says it is not retryable, but RFC 9110, 15.5.20"},
		{"500 retryable", "codes: [{code: 500, retryable: true, retry_note: Try again.}]", retryableMismatches, "500: the spec says it is retryable"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.check(registrySpec(t, tc.overlay))
			if !slices.ContainsFunc(got, func(m string) bool { return strings.HasPrefix(m, tc.want) }) {
				t.Errorf("after %s, the check reports %q; want a line starting %q", tc.overlay, got, tc.want)
			}
		})
	}
}

// vendorPhrases are the extras phrases the vendors' own documents give.
var vendorPhrases = map[int]statement{
	494: {"Request Header Too Large", "nginx source, NGX_HTTP_REQUEST_HEADER_TOO_LARGE"},
	520: {"Web Server Returns an Unknown Error", "developers.cloudflare.com, Error 520"},
	521: {"Web Server Is Down", "developers.cloudflare.com, Error 521"},
	522: {"Connection Timed Out", "developers.cloudflare.com, Error 522"},
	523: {"Origin Is Unreachable", "developers.cloudflare.com, Error 523"},
	524: {"A Timeout Occurred", "developers.cloudflare.com, Error 524"},
	449: {"Retry With", "[MS-WDV] 2.2.6, title (its grammar says Reply With)"},
}

// TestExtrasVendorPhrases holds the extras to the phrases their vendors
// document, and keeps an older phrase statusgen shipped as an alias.
func TestExtrasVendorPhrases(t *testing.T) {
	sources := []gen.Source{testspec.Registry()}
	for _, name := range spec.ExtraSets() {
		data, _ := spec.Extra(name)
		sources = append(sources, gen.Source{Name: spec.ExtraName(name), Data: data, AddOnly: true})
	}
	byCode := map[int]gen.Code{}
	for _, c := range testspec.Load(t, sources...).Codes {
		byCode[c.Code] = c
	}
	for code, want := range vendorPhrases {
		if got := byCode[code].Phrase; got != want.value {
			t.Errorf("%d: phrase %q, but %s writes %q", code, got, want.source, want.value)
		}
	}
	if a := byCode[520].Aliases; len(a) != 1 || a[0].Phrase != "Web Server Returned an Unknown Error" {
		t.Errorf("520 must keep the phrase statusgen shipped before as a deprecated alias, got %+v", a)
	}
}
