package gen

import "testing"

func TestPyString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"Not Found", `"Not Found"`},
		{`say "hi"`, `"say \"hi\""`},
		{`"""`, `"\"\"\""`},
		{`'''`, `"'''"`},
		{`C:\path\n`, `"C:\\path\\n"`},
		{"a\nb\r\tc", `"a\nb\r\tc"`},
		{"\x00\x7f", `"\u0000\u007f"`},
		{"\u00a0\u2028", `"\u00a0\u2028"`},
		{"\U000e0001", `"\U000e0001"`},
		{"Ünïcödé 日本語 😀", `"Ünïcödé 日本語 😀"`},
		{"{{ .X }} ${y} %s", `"{{ .X }} ${y} %s"`},
	}
	for _, tt := range tests {
		if got := pyString(tt.in); got != tt.want {
			t.Errorf("pyString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestPyOptional(t *testing.T) {
	if got := pyOptional(""); got != "None" {
		t.Errorf(`pyOptional("") = %s, want None`, got)
	}
	if got := pyOptional(`a"b`); got != `"a\"b"` {
		t.Errorf(`pyOptional("a\"b") = %s, want "a\"b"`, got)
	}
}

func TestPyBool(t *testing.T) {
	if pyBool(true) != "True" || pyBool(false) != "False" {
		t.Errorf("pyBool gives %s, %s; want True, False", pyBool(true), pyBool(false))
	}
}

func TestPyTuple(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, "()"},
		{[]string{"Location"}, `("Location",)`},
		{[]string{"ETag", `Cache-"Control"`}, `("ETag", "Cache-\"Control\"")`},
	}
	for _, tt := range tests {
		if got := pyTuple(tt.in); got != tt.want {
			t.Errorf("pyTuple(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestPythonFuncsRegistered(t *testing.T) {
	fm := funcMap(DefaultLimits().MaxOutput)
	for _, name := range []string{"pyString", "pyOptional", "pyBool", "pyTuple"} {
		if fm[name] == nil {
			t.Errorf("template function %s is not registered", name)
		}
	}
}
