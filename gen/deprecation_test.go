package gen_test

import (
	"strings"
	"testing"

	"github.com/statusgen/statusgen/gen"
	"github.com/statusgen/statusgen/internal/testspec"
)

// TestAliasDeprecation: the model hands each alias the name to use
// instead and, where its older phrase differs from the code's, both
// phrases; every built-in language's deprecation note says exactly that.
func TestAliasDeprecation(t *testing.T) {
	s := testspec.Load(t, gen.Source{Name: "a.yaml", Data: []byte(`codes:
  - code: 299
    phrase: Quite Fine
    aliases:
      - name: RatherFine
        phrase: Rather Fine
      - name: QuiteFineToo
        phrase: Quite Fine
      - name: JustFine
`)})
	m := gen.NewModel(s, gen.Target{Lang: "go"})
	var got []string
	for _, c := range m.Codes {
		for _, a := range c.Aliases {
			change := "none"
			if a.PhraseChange != nil {
				change = a.PhraseChange.Old + " -> " + a.PhraseChange.New
			}
			got = append(got, a.Ident.Go+": use "+a.Use.Go+", "+change)
		}
	}
	want := []string{
		"StatusRatherFine: use StatusQuiteFine, Rather Fine -> Quite Fine",
		"StatusQuiteFineToo: use StatusQuiteFine, none",
		"StatusJustFine: use StatusQuiteFine, none",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("aliases in the model:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for lang, notes := range map[string][]string{
		"go": {
			"// Deprecated: Use StatusQuiteFine; the phrase \"Rather Fine\" is now \"Quite Fine\".\n\tStatusRatherFine = 299",
			"// Deprecated: Use StatusQuiteFine.\n\tStatusQuiteFineToo = 299",
			"// Deprecated: Use StatusQuiteFine.\n\tStatusJustFine = 299",
		},
		"typescript": {
			"@deprecated Use {@link StatusCodes.QUITE_FINE}. The phrase \"Rather Fine\" is now \"Quite Fine\".\n   */\n  RATHER_FINE: 299,",
			"@deprecated Use {@link StatusCodes.QUITE_FINE}.\n   */\n  QUITE_FINE_TOO: 299,",
			"/** @deprecated Use {@link ReasonPhrases.QUITE_FINE}. */\n  JUST_FINE: \"Quite Fine\",",
		},
		"python": {
			"# Deprecated: use QUITE_FINE. The phrase \"Rather Fine\" is now \"Quite Fine\".\n    RATHER_FINE = QUITE_FINE",
			"# Deprecated: use QUITE_FINE.\n    QUITE_FINE_TOO = QUITE_FINE",
			"# Deprecated: use QUITE_FINE.\n    JUST_FINE = QUITE_FINE",
		},
	} {
		out := string(render(t, s, lang))
		for _, note := range notes {
			if !strings.Contains(out, note) {
				t.Errorf("%s output lacks %q", lang, note)
			}
		}
	}
}
