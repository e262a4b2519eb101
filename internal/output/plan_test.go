package output

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOwned: a file is read whole, byte for byte, at every size around
// the head the ownership check reads, whatever the bytes it is compared
// with (equal, a prefix of it, longer, different early or late); when they
// are equal, the content returned is those bytes themselves, not a copy.
// Only the head is judged: a file whose head fails the check is refused,
// whatever follows.
func TestReadOwned(t *testing.T) {
	dir := t.TempDir()
	mine := func(head []byte) bool { return bytes.Contains(head, []byte("// mine\n")) }
	for _, size := range []int{0, 8, 100, headSize - 1, headSize, headSize + 1, 3*headSize + 7} {
		data := []byte("// mine\n" + strings.Repeat("x", max(size-8, 0)))[:size]
		p := filepath.Join(dir, "f")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		wants := map[string][]byte{
			"equal":        bytes.Clone(data),
			"longer":       append(bytes.Clone(data), "more"...),
			"none":         nil,
			"differ first": append([]byte("X"), data[min(1, len(data)):]...),
			"differ last":  append(bytes.Clone(data[:max(len(data)-1, 0)]), 'Y'),
		}
		if size > 1 {
			wants["shorter"] = bytes.Clone(data[:size/2])
		}
		for name, want := range wants {
			got, fi, err := readOwned(p, mine, true, want)
			switch {
			case size < 8:
				if !errors.Is(err, errForeign) {
					t.Errorf("size %d: err = %v, want errForeign", size, err)
				}
				continue
			case err != nil || !bytes.Equal(got, data) || fi == nil || fi.Size() != int64(size):
				t.Errorf("size %d, compared with %s: read %d bytes (equal %v), %v, want the file", size, name, len(got), bytes.Equal(got, data), err)
			case name == "equal" && size > 0 && &got[0] != &want[0]:
				t.Errorf("size %d: a file equal to the bytes compared came back as a copy", size)
			}
		}
		if size >= 8 {
			head, fi, err := readOwned(p, mine, false, data)
			if err != nil || head != nil || fi == nil {
				t.Errorf("size %d, head only: %d bytes, %v, %v; want no content and the file's info", size, len(head), fi, err)
			}
		}
	}
	foreign := filepath.Join(dir, "foreign")
	if err := os.WriteFile(foreign, []byte(strings.Repeat("y", headSize)+"// mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readOwned(foreign, mine, true, nil); !errors.Is(err, errForeign) {
		t.Errorf("a file with the marker after its head: err = %v, want errForeign", err)
	}
}
