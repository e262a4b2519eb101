package output

import "github.com/rogpeppe/go-internal/diff"

// UnifiedDiff returns a unified diff from old to new, its files labelled
// a/path and b/path, or "" when they are equal. It is Go's own anchored
// diff (go-internal's copy of cmd/go's internal/diff): time O(n log n) and
// memory linear in the two files, where a longest-common-subsequence table
// grows with their product.
func UnifiedDiff(path string, old, new []byte) string {
	return string(diff.Diff("a/"+path, old, "b/"+path, new))
}
