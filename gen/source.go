package gen

// Source is one spec file: its name, as diagnostics print it, and its bytes.
type Source struct {
	// Name is how diagnostics name the file: its path, or spec's
	// RegistryName for the embedded registry.
	Name string
	// Data is the file's content, YAML (or JSON, which is YAML).
	Data []byte
	// AddOnly marks a set, such as a vendor extras set, that may only add
	// codes: an entry for a code that an earlier source has is an error.
	AddOnly bool
	// Embedded marks a source that ships inside statusgen (the registry,
	// the extras sets). What is out of date there is statusgen's to fix,
	// not its user's, so LoadSpec gives no warnings about it.
	Embedded bool
	// Decoded, when set on an Embedded source, returns what LoadSpec gives
	// for this source alone, already decoded (statusgen's pre-decoded
	// registry, which its tests prove equal to loading Data). LoadSpec
	// uses it when the source is the only one, and Data otherwise: merging
	// needs the positions that only the YAML has.
	Decoded func() *Spec
}

// Limits bound what a spec may ask of the generator, so that a hostile or
// broken file fails with a clear error instead of exhausting memory.
type Limits struct {
	// MaxFileSize is the largest spec or config file accepted, in bytes
	// (statusgen also holds template files to it).
	MaxFileSize int
	// MaxNodes bounds the YAML nodes of a file after alias expansion.
	MaxNodes int
	// MaxCodes bounds the entries of a file's codes list.
	MaxCodes int
	// MaxString is the longest string value accepted, in bytes.
	MaxString int
	// MaxOutput bounds one rendered file, and what a template function
	// may build, in bytes.
	MaxOutput int
}

func tooLarge(name string, lim Limits) error {
	return errorAt(Pos{Path: name}, "file is larger than the limit of %d bytes", lim.MaxFileSize)
}

// DefaultLimits are generous for any real spec: the whole 100-599 range
// with long descriptions fits several times over.
func DefaultLimits() Limits {
	return Limits{MaxFileSize: 4 << 20, MaxNodes: 200_000, MaxCodes: 1000, MaxString: 8 << 10, MaxOutput: 64 << 20}
}
