package iana

import (
	"strings"
	"testing"

	"github.com/statusgen/statusgen/spec"
)

// TestCodeKeys: the order in which -update inserts keys is the spec
// schema's, which gen writes from the loader's fields; a schema without
// it gives none.
func TestCodeKeys(t *testing.T) {
	got := strings.Join(codeKeys(spec.Schema()), " ")
	want := "code phrase name aliases lifecycle registered expires references description cacheable content_allowed redirect headers retryable retry_note source"
	if got != want {
		t.Errorf("codeKeys = %q, want %q", got, want)
	}
	for _, bad := range []string{"", "{}", `{"$defs": {"code": {"properties": []}}}`} {
		if keys := codeKeys([]byte(bad)); keys != nil {
			t.Errorf("codeKeys(%q) = %q, want nil", bad, keys)
		}
	}
}
