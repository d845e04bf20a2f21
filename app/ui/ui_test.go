package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

func newState(t *testing.T, lang string) *State {
	t.Helper()
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	return &State{
		Bundle: b,
		Loc:    b.Localizer(lang),
		Draft:  wizard.NewDraft(),
		Errors: map[string]letter.FieldError{},
		Today:  time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC),
	}
}

// fill gives the draft everything an objection to Meta needs.
func fill(s *State) {
	var ctx app.Context
	s.Update(ctx, func(d *wizard.Draft) { d.Task = wizard.TaskObjection; d.ChooseController("meta") })
	for f, v := range map[string]string{
		"name": "Erika Mustermann", "street": "Heidestraße 17", "postalCode": "51147", "city": "Köln",
		"country": "DE", "email": "erika@example.org", "account": "erika.m",
	} {
		s.Set(ctx, f, v)
	}
	s.Update(ctx, func(d *wizard.Draft) { d.Facts.Reasons = []string{"health"} })
}

func TestStateShowsProblemsOnlyWhenAsked(t *testing.T) {
	s := newState(t, "en")
	var ctx app.Context
	s.Set(ctx, "email", "erika@")
	if len(s.Errors) != 0 {
		t.Fatalf("a problem shows while typing: %v", s.Errors)
	}
	s.Check("email") // the person left the field
	if s.Message("email") == "" {
		t.Fatal("no problem shown for a bad e-mail on blur")
	}
	if strings.Contains(s.Message("email"), locales.MissingOpen) {
		t.Errorf("message missing: %q", s.Message("email"))
	}
	s.Set(ctx, "email", "erika@example.org") // fixed: the problem goes at once
	if _, shown := s.Errors["email"]; shown {
		t.Error("the problem stays after the fix")
	}
}

func TestStateCheckStep(t *testing.T) {
	s := newState(t, "de")
	if s.CheckStep(wizard.StepTask) {
		t.Fatal("step 1 passes without a task")
	}
	if !strings.Contains(s.Message(wizard.FieldTask), "Bitte") {
		t.Errorf("task message not German: %q", s.Message(wizard.FieldTask))
	}
	fill(s)
	for _, st := range []wizard.Step{wizard.StepTask, wizard.StepCompany, wizard.StepAbout, wizard.StepSituation} {
		if !s.CheckStep(st) {
			t.Errorf("step %d refused a complete draft: %v", st, s.Errors)
		}
	}
	if got := s.FirstInvalidStep(); got != 0 {
		t.Errorf("FirstInvalidStep = %d on a complete draft", got)
	}
	var ctx app.Context
	s.Set(ctx, "iban", "DE00") // not part of an objection: no problem
	if !s.CheckStep(wizard.StepSituation) {
		t.Errorf("an objection was refused over an IBAN: %v", s.Errors)
	}
	s.Update(ctx, func(d *wizard.Draft) { d.Task = wizard.TaskDamages })
	if s.CheckStep(wizard.StepSituation) {
		t.Error("a damages claim passed with a bad IBAN")
	}
	if _, ok := s.Errors["iban"]; !ok {
		t.Errorf("no IBAN problem: %v", s.Errors)
	}
	if got := s.FirstInvalidStep(); got != wizard.StepSituation {
		t.Errorf("FirstInvalidStep = %d", got)
	}
}

func TestLettersFollowTheLetterLanguage(t *testing.T) {
	s := newState(t, "en")
	fill(s)
	ls := s.Letters()
	if len(ls) != 1 || ls[0].Err != nil {
		t.Fatalf("letters: %+v", ls)
	}
	if ls[0].Doc.Lang != "en" || !strings.Contains(ls[0].Doc.Subject, "Art. 21(1) GDPR") {
		t.Errorf("English letter: %q %q", ls[0].Doc.Lang, ls[0].Doc.Subject)
	}
	s.Draft.LetterLang = "de"
	ls = s.Letters()
	if ls[0].Err != nil || ls[0].Doc.Lang != "de" || !strings.Contains(ls[0].Doc.Subject, "Art. 21 Abs. 1 DSGVO") {
		t.Errorf("German letter: %v %q %q", ls[0].Err, ls[0].Doc.Lang, ls[0].Doc.Subject)
	}
	if s.Loc.Lang() != "en" {
		t.Error("the letter language changed the interface")
	}
	s.Draft.LetterLang = "xx" // unknown: follows the interface
	if got := s.LetterLoc().Lang(); got != "en" {
		t.Errorf("unknown letter language gave %q", got)
	}
	s.Draft.Task = wizard.TaskBoth
	s.Draft.Facts.Harms = []string{"control"}
	s.Draft.Facts.IBAN = "DE89 3704 0044 0532 0130 00"
	ls = s.Letters()
	if len(ls) != 2 || ls[0].Kind != letter.Objection || ls[1].Kind != letter.Damages {
		t.Fatalf("both: %+v", ls)
	}
	for _, l := range ls {
		if l.Err != nil {
			t.Errorf("%s: %v", l.Kind, l.Err)
		}
	}
}

func TestOptions(t *testing.T) {
	s := newState(t, "de")
	countries := countryOptions(s)
	if len(countries) < 30 {
		t.Fatalf("%d countries", len(countries))
	}
	var names []string
	for _, c := range countries {
		names = append(names, c.Label)
		if strings.Contains(c.Label, locales.MissingOpen) {
			t.Errorf("country %s has no German name", c.Value)
		}
	}
	joined := strings.Join(names, ",")
	// Sorted by the German names, accents beside their letter.
	if i, j := strings.Index(joined, "Norwegen"), strings.Index(joined, "Österreich"); i < 0 || j < 0 || i > j || j > strings.Index(joined, "Polen") {
		t.Errorf("countries not sorted by German name: %s", joined)
	}
	for _, o := range languageOptions(s) {
		if o.Label == "" || strings.Contains(o.Label, locales.MissingOpen) {
			t.Errorf("language %s has no Lang.Name", o.Value)
		}
	}
	if got := languageOptions(s)[0]; got.Value != "en" || got.Label != "English" || got.Lang != "en" {
		t.Errorf("first language option %+v", got)
	}
	found := false
	for _, c := range currencyOptions(s) {
		found = found || c.Value == letter.CurrencyOf("PL")
	}
	if !found {
		t.Error("no PLN among the currencies")
	}
}

func TestFoldKey(t *testing.T) {
	for in, want := range map[string]string{"Österreich": "osterreich", "Čechy": "cechy", "Łódź": "lodz", "ABC": "abc"} {
		if got := foldKey(in); got != want {
			t.Errorf("foldKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShellPrerenders loads the shell as the server prerenders it: English,
// step 1, with its heading and the three choices.
func TestShellPrerenders(t *testing.T) {
	e := app.NewTestEngine()
	shell := &Shell{}
	if err := e.Load(shell); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if shell.state == nil || shell.state.Draft.Step != wizard.StepTask {
		t.Fatalf("shell state %+v", shell.state)
	}
	step := &TaskStep{S: shell.state}
	if err := e.Load(step); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if err := app.Match(app.H1().ID("step-title").TabIndex(-1).Text("What do you want to do?"), step, 0, 0); err != nil {
		t.Error(err)
	}
}

// TestSelectPlaceholderIsEmpty: choosing "Please choose…" again empties the
// field instead of storing the words. An option's value is its value
// attribute, or its text when it has none; the placeholder has neither, and
// shows its words through its label.
func TestSelectPlaceholderIsEmpty(t *testing.T) {
	selectRe := regexp.MustCompile(`(?s)<select ([^>]*)>(.*?)</select>`)
	optionRe := regexp.MustCompile(`(?s)<option([^>]*)>(.*?)</option>`)
	attrRe := func(name string) *regexp.Regexp { return regexp.MustCompile(`(?:^|\s)` + name + `="([^"]*)"`) }
	for _, tc := range []struct {
		name, lang, country string
	}{
		{"nothing chosen", "en", ""},
		{"a country chosen", "de", "DE"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newState(t, tc.lang)
			s.Draft.SetField(wizard.FieldCountry, tc.country)
			html := renderHTML(t, &AboutStep{S: s})
			selects := selectRe.FindAllStringSubmatch(html, -1)
			if len(selects) == 0 {
				t.Fatalf("no select drawn:\n%s", html)
			}
			for _, sel := range selects {
				opts := optionRe.FindAllStringSubmatch(sel[2], -1)
				if len(opts) < 2 {
					t.Fatalf("select %s: %d options", sel[1], len(opts))
				}
				first := opts[0]
				value := strings.TrimSpace(first[2]) // the text, without a value attribute
				if m := attrRe("value").FindStringSubmatch(first[1]); m != nil {
					value = m[1]
				}
				if value != "" {
					t.Errorf("select %s: the placeholder's value is %q, want \"\"", sel[1], value)
				}
				if m := attrRe("label").FindStringSubmatch(first[1]); m == nil || m[1] != s.Loc.T("Wizard.Field.Choose") {
					t.Errorf("select %s: the placeholder %s shows no %q", sel[1], first[0], s.Loc.T("Wizard.Field.Choose"))
				}
				selected := regexp.MustCompile(`(?:^|\s)selected(?:="true")?(?:\s|$)`).MatchString(first[1])
				if selected != (tc.country == "") {
					t.Errorf("select %s: placeholder selected = %v with country %q", sel[1], selected, tc.country)
				}
			}
		})
	}
}

// TestAmountHint: the amount's sourced hint is drawn, under the amount and
// currency row, and the amount field is described by it.
func TestAmountHint(t *testing.T) {
	s := newState(t, "de")
	s.Draft.Task = wizard.TaskDamages
	html := renderHTML(t, &SituationStep{S: s})
	hint := regexp.MustCompile(`<p [^>]*id="` + amountHintID + `"[^>]*>([^<]*)</p>`).FindStringSubmatch(html)
	if hint == nil || hint[1] != s.Loc.T("Wizard.Claim.AmountHint") {
		t.Fatalf("no hint #%s with the German text in:\n%s", amountHintID, html)
	}
	for _, want := range []string{"100", "600", "500", "vzbv", "noyb", "Bundesgerichtshof"} {
		if !strings.Contains(hint[1], want) {
			t.Errorf("the hint lacks %q: %s", want, hint[1])
		}
	}
	amount := regexp.MustCompile(`<input [^>]*id="f-amount"[^>]*>`).FindString(html)
	if !regexp.MustCompile(`aria-describedby="[^"]*\b` + amountHintID + `\b`).MatchString(amount) {
		t.Errorf("the amount is not described by its hint: %s", amount)
	}
}
