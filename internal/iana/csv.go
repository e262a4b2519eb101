package iana

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/statusgen/statusgen/gen"
)

// MaxFileSize bounds a registry file. IANA's is about 3 KB.
const MaxFileSize = 1 << 20

// header is the first record of IANA's http-status-codes-1.csv.
var header = []string{"Value", "Description", "Reference"}

var value = lazyRegexp(`^([1-5][0-9][0-9])(?:-([1-5][0-9][0-9]))?$`)

// ParseCSV reads the registry in IANA's CSV form: a header, then a record
// per code or range of codes (Value, Description, Reference). Anything
// else is an error at its position: a registry that cannot be read
// exactly is not guessed at.
func ParseCSV(path string, data []byte) (*Registry, error) {
	if len(data) > MaxFileSize {
		return nil, at(path, 0, 0, "file is %d bytes, more than the limit of %d", len(data), MaxFileSize)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if trimmed := bytes.TrimSpace(data); bytes.HasPrefix(trimmed, []byte("<")) {
		return nil, at(path, 1, 1, "this looks like XML or HTML; statusgen reads the registry's CSV form, http-status-codes-1.csv")
	}
	p := &csvParser{path: path, lines: strings.Split(string(data), "\n"), owner: map[int]int{}}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // checked below, after the header's own message
	first := true
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, p.csvError(err)
		}
		line, _ := r.FieldPos(0)
		if first {
			first = false
			if !slices.Equal(rec, header) {
				return nil, at(path, line, 1, "header is %q, want %q (IANA's http-status-codes-1.csv)", strings.Join(rec, ","), strings.Join(header, ","))
			}
			continue
		}
		if len(rec) != len(header) {
			return nil, at(path, line, 1, "record has %d fields; want %d (%s)", len(rec), len(header), strings.Join(header, ", "))
		}
		var pos [3]gen.Pos
		for i := range pos {
			l, c := r.FieldPos(i)
			pos[i] = gen.Pos{Path: path, Line: l, Col: c}
		}
		p.record(rec, pos)
	}
	if first {
		p.errs = append(p.errs, at(path, 1, 1, "file is empty; want IANA's http-status-codes-1.csv"))
	} else if len(p.errs) == 0 {
		p.checkCoverage()
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return &Registry{Entries: p.entries}, nil
}

// csvParser collects the entries and the problems of one file.
type csvParser struct {
	path    string
	lines   []string
	entries []Entry
	errs    gen.Diagnostics
	owner   map[int]int // code -> line of the record that lists it
}

func (p *csvParser) csvError(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return at(p.path, 0, 0, "reading the registry: %v", err)
	}
	msg := pe.Err.Error()
	if pe.StartLine != pe.Line {
		msg += fmt.Sprintf(" (the record starts on line %d)", pe.StartLine)
	}
	return at(p.path, pe.Line, pe.Column, "%s", msg)
}

// record checks one record and adds its entry, if it assigns a code.
func (p *csvParser) record(rec []string, pos [3]gen.Pos) {
	m := value().FindStringSubmatch(rec[0])
	if m == nil {
		p.errs = append(p.errs, diag(pos[0], "value %q is not a status code (100-599) or a range of them (105-199)", rec[0]))
		return
	}
	lo, _ := strconv.Atoi(m[1])
	hi := lo
	if m[2] != "" {
		hi, _ = strconv.Atoi(m[2])
		if hi <= lo {
			p.errs = append(p.errs, diag(pos[0], "range %q is empty or reversed", rec[0]))
			return
		}
		if rec[1] != "Unassigned" {
			p.errs = append(p.errs, diag(pos[1], "a range of codes must be Unassigned, found %q", rec[1]))
			return
		}
	}
	for c := lo; c <= hi; c++ {
		if line, dup := p.owner[c]; dup {
			p.errs = append(p.errs, diag(pos[0], "code %d is listed twice (first on line %d)", c, line))
			return
		}
		p.owner[c] = pos[0].Line
	}
	if rec[1] == "Unassigned" {
		if rec[2] != "" {
			p.errs = append(p.errs, diag(pos[2], "an unassigned code has no reference, found %q", rec[2]))
		}
		return
	}
	e := Entry{Code: lo, At: pos[0]}
	if d := parseDescription(rec[1], p.within(pos[1]), &e); d != nil {
		p.errs = append(p.errs, d)
		return
	}
	refs, d := parseRefs(rec[2], p.within(pos[2]))
	if d != nil {
		p.errs = append(p.errs, d)
		return
	}
	e.References = refs
	p.entries = append(p.entries, e)
}

// within returns a function giving the position of byte i of the field
// that starts at pos (after the opening quote of a quoted field).
func (p *csvParser) within(pos gen.Pos) func(i int) gen.Pos {
	skip := 0
	if l := pos.Line - 1; l < len(p.lines) && pos.Col-1 < len(p.lines[l]) && p.lines[l][pos.Col-1] == '"' {
		skip = 1
	}
	return func(i int) gen.Pos {
		return gen.Pos{Path: pos.Path, Line: pos.Line, Col: pos.Col + skip + i}
	}
}

// checkCoverage makes sure the records cover 100-599, so that a truncated
// download is an error rather than a registry with codes missing.
func (p *csvParser) checkCoverage() {
	for c := 100; c <= 599; c++ {
		if _, ok := p.owner[c]; ok {
			continue
		}
		end := c
		for end < 599 {
			if _, ok := p.owner[end+1]; ok {
				break
			}
			end++
		}
		span := strconv.Itoa(c)
		if end > c {
			span += "-" + strconv.Itoa(end)
		}
		line := len(p.lines)
		if line > 0 && p.lines[line-1] == "" {
			line--
		}
		p.errs = append(p.errs, at(p.path, line, 0, "codes %s are in no record; the registry lists every code from 100 to 599 (a truncated file?)", span))
		return
	}
}

func at(path string, line, col int, format string, args ...any) *gen.Diagnostic {
	return diag(gen.Pos{Path: path, Line: line, Col: col}, format, args...)
}

func diag(p gen.Pos, format string, args ...any) *gen.Diagnostic {
	return &gen.Diagnostic{Pos: p, Msg: fmt.Sprintf(format, args...)}
}
