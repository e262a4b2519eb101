package gen

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

// Templates must give the same bytes on every machine and every run, so
// they get sprig's functions by an allow-list, not a deny-list: a function
// a new sprig version adds is neither, and TestSprigFunctionsAllClassified
// fails until someone decides. Refused functions stay callable names that
// fail with the reason, so a template that uses one gets a clear error.

// sprigAllowed are the sprig functions that are hermetic and
// deterministic: their result depends on their arguments alone.
func sprigAllowed() []string {
	return strings.Fields(`
		abbrev abbrevboth add add1 add1f addf adler32sum all any append atoi
		b32dec b32enc b64dec b64enc base biggest camelcase cat ceil chunk clean
		coalesce compact concat contains deepCopy deepEqual default dict dig dir
		div divf empty ext fail first float64 floor fromJson get has hasKey
		hasPrefix hasSuffix hello initial initials int int64 isAbs join
		kebabcase kindIs kindOf last list lower max maxf merge mergeOverwrite min
		minf mod mul mulf mustAppend mustChunk mustCompact mustDeepCopy mustFirst
		mustFromJson mustHas mustInitial mustLast mustMerge mustMergeOverwrite
		mustPrepend mustPush mustRegexFind mustRegexFindAll mustRegexMatch
		mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest
		mustReverse mustSlice mustToJson mustToPrettyJson mustToRawJson mustUniq
		mustWithout nospace omit pick pluck plural prepend push quote regexFind
		regexFindAll regexMatch regexQuoteMeta regexReplaceAll
		regexReplaceAllLiteral regexSplit replace rest reverse round semver
		semverCompare set sha1sum sha256sum sha512sum slice snakecase sortAlpha
		split splitList splitn squote sub subf substr swapcase ternary title
		toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll
		trimPrefix trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq
		unset untitle upper urlJoin urlParse without wrap wrapWith
		keys repeat indent nindent until untilStep seq`)
}

// sprigRefused are the sprig functions templates may not use, each with
// the reason.
func sprigRefused() map[string]string {
	reasons := map[string]string{
		"it reads the clock or the machine's time zone": `ago date dateInZone date_in_zone dateModify date_modify
			mustDateModify must_date_modify duration durationRound htmlDate htmlDateInZone now toDate
			mustToDate unixEpoch`,
		"it is random":             `randAlpha randAlphaNum randAscii randBytes randInt randNumeric shuffle uuidv4`,
		"it reads the environment": `env expandenv`,
		"it queries the network":   `getHostByName`,
		"it makes keys, salts or ciphertext": `bcrypt htpasswd genPrivateKey genCA genCAWithKey genSelfSignedCert
			genSelfSignedCertWithKey genSignedCert genSignedCertWithKey buildCustomCert encryptAES decryptAES
			derivePassword`,
		"it lists a map's values in iteration order, which changes between runs (range over the map, or use keys and get)": `values`,
		"it follows the operating system's path separator (use base, clean, dir, ext or isAbs)":                            `osBase osClean osDir osExt osIsAbs`,
	}
	refused := map[string]string{}
	for reason, names := range reasons {
		for _, n := range strings.Fields(names) {
			refused[n] = reason
		}
	}
	return refused
}

// maxListLen bounds the lists until, untilStep and seq build.
const maxListLen = 1 << 20

// sprigFuncs returns sprig's allowed functions, with keys sorted and the
// functions that build a result of any requested size bounded by
// maxOutput bytes (maxListLen elements), and a failing stand-in for each
// refused one.
func sprigFuncs(maxOutput int) template.FuncMap {
	all := sprig.TxtFuncMap()
	fm := template.FuncMap{}
	for _, name := range sprigAllowed() {
		fm[name] = all[name]
	}
	for name, reason := range sprigRefused() {
		fm[name] = refusedFunc(name, reason)
	}
	fm["keys"] = sortedKeys
	tooBig := func(name string, n int) error {
		return fmt.Errorf("%s would build %d bytes, more than the output limit of %d", name, n, maxOutput)
	}
	fm["repeat"] = func(count int, s string) (string, error) {
		if count < 0 || count > 0 && len(s) > maxOutput/count {
			return "", tooBig("repeat", count*len(s))
		}
		return strings.Repeat(s, count), nil
	}
	indent := all["indent"].(func(int, string) string)
	fm["indent"] = func(spaces int, s string) (string, error) {
		if n := len(s) + spaces*(strings.Count(s, "\n")+1); spaces < 0 || n > maxOutput {
			return "", tooBig("indent", n)
		}
		return indent(spaces, s), nil
	}
	nindent := all["nindent"].(func(int, string) string)
	fm["nindent"] = func(spaces int, s string) (string, error) {
		if n := 1 + len(s) + spaces*(strings.Count(s, "\n")+1); spaces < 0 || n > maxOutput {
			return "", tooBig("nindent", n)
		}
		return nindent(spaces, s), nil
	}
	until := all["until"].(func(int) []int)
	fm["until"] = func(count int) ([]int, error) {
		if count > maxListLen || -count > maxListLen {
			return nil, fmt.Errorf("until %d: more than %d elements", count, maxListLen)
		}
		return until(count), nil
	}
	untilStep := all["untilStep"].(func(int, int, int) []int)
	fm["untilStep"] = func(start, stop, step int) ([]int, error) {
		if step != 0 && (stop-start)/step > maxListLen {
			return nil, fmt.Errorf("untilStep %d %d %d: more than %d elements", start, stop, step, maxListLen)
		}
		return untilStep(start, stop, step), nil
	}
	seq := all["seq"].(func(...int) string)
	fm["seq"] = func(params ...int) (string, error) {
		lo, hi := 0, 0
		if len(params) > 0 {
			lo, hi = min(params[0], params[len(params)-1]), max(params[0], params[len(params)-1])
		}
		if hi-lo > maxListLen {
			return "", fmt.Errorf("seq: more than %d elements", maxListLen)
		}
		return seq(params...), nil
	}
	return fm
}

// refusedFunc stands in for a refused function: calling it fails.
func refusedFunc(name, reason string) func(...any) (string, error) {
	return func(...any) (string, error) {
		return "", fmt.Errorf("%s is not available in statusgen templates: %s", name, reason)
	}
}

// pointerVerb finds a %p verb (with any flags, width or precision) in a
// format; %%p is a literal percent sign and a p.
var pointerVerb = lazyRegexp(`%[-+# 0]*[0-9*]*(\.[0-9*]*)?(\[[0-9]+\])?p`)

// printf is text/template's printf without %p, which prints a memory
// address: output that changes from run to run.
func printf(format string, args ...any) (string, error) {
	if pointerVerb().MatchString(strings.ReplaceAll(format, "%%", "")) {
		return "", fmt.Errorf("printf %q: the %%p verb prints a memory address, which changes between runs", format)
	}
	return fmt.Sprintf(format, args...), nil
}
