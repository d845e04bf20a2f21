package letter

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/locales"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// today is the clock of every test: Compose never reads the real one.
var today = time.Date(2026, time.June, 3, 12, 0, 0, 0, time.UTC)

// fixtures are the facts files in testdata/facts, by name.
var fixtures = []string{"meta", "linkedin", "manual", "x-poland", "deepl", "grammarly", "github"}

func loadBundle(t testing.TB) *locales.Bundle {
	t.Helper()
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func loadFacts(t testing.TB, name string) Facts {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "facts", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var f Facts
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

// kindsFor returns the letters a fixture is composed as: the first
// letters, and the follow-ups where the fixture says when the first letter
// was sent.
func kindsFor(f Facts) []Kind {
	if f.SentDate == "" {
		return Kinds
	}
	return AllKinds
}

// letterLanguages are the bundle's languages that have letter messages.
func letterLanguages(b *locales.Bundle) []string {
	var out []string
	for _, lang := range b.Languages() {
		if b.Localizer(lang).Has("Letter.Salutation") {
			out = append(out, lang)
		}
	}
	return out
}

// dump renders a Document as readable text for the goldens: every field
// labelled, paragraphs wrapped, so a diff shows what changed in the letter.
func dump(d Document) string {
	var sb strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&sb, format+"\n", args...) }
	section := func(name string, lines ...string) {
		line("-- %s", name)
		for _, l := range lines {
			line("%s", l)
		}
	}
	line("kind: %s  lang: %s  date: %s", d.Kind, d.Lang, d.Date.Format(dateLayout))
	line("title: %s", d.Title)
	line("to: %s", d.To)
	line("from: %s", d.From)
	section("return line", d.ReturnLine)
	section("sender", d.Sender...)
	if d.Notice != "" {
		section("notice", d.Notice)
	}
	section("recipient", d.Recipient...)
	section("place and date", d.PlaceDate)
	section("subject", wrap(d.Subject, "")...)
	section("salutation", d.Salutation)
	line("-- body")
	for i, b := range d.Body {
		if i > 0 {
			line("")
		}
		switch b.Kind {
		case Heading:
			line("## %s", b.Text)
		case Paragraph:
			for _, l := range wrap(b.Text, "") {
				line("%s", l)
			}
		case List:
			for _, l := range wrap(b.Text, "") {
				line("%s", l)
			}
			for n, item := range b.Items {
				for j, l := range wrap(item, "     ") {
					if j == 0 {
						l = fmt.Sprintf("%3d. ", n+1) + l[5:]
					}
					line("%s", l)
				}
			}
		default:
			line("?? block kind %d: %s", b.Kind, b.Text)
		}
	}
	section("closing", d.Closing)
	section("signature", d.Signature)
	if d.EnclosuresLabel != "" || len(d.Enclosures) > 0 {
		section("enclosures: "+d.EnclosuresLabel, d.Enclosures...)
	}
	section("reminder "+d.Reminder.Date.Format(dateLayout), d.Reminder.Summary)
	for _, l := range wrap(d.Reminder.Description, "") {
		line("%s", l)
	}
	return sb.String()
}

// wrap breaks text into lines of at most 78 characters, each after the
// first indented; the first is indented too, for list items to number.
func wrap(text, indent string) []string {
	var lines []string
	cur := indent
	for _, w := range strings.Fields(text) {
		if cur != indent && len([]rune(cur))+1+len([]rune(w)) > 78 {
			lines = append(lines, cur)
			cur = indent
		}
		if cur != indent {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

func TestGolden(t *testing.T) {
	b := loadBundle(t)
	langs := letterLanguages(b)
	if len(langs) < 2 {
		t.Fatalf("letter messages in %v, want English and German at least", langs)
	}
	for _, name := range fixtures {
		f := loadFacts(t, name)
		for _, kind := range kindsFor(f) {
			for _, lang := range langs {
				file := fmt.Sprintf("%s.%s.%s.txt", name, kind, lang)
				t.Run(file, func(t *testing.T) {
					doc, err := Compose(kind, f, b.Localizer(lang), today)
					if err != nil {
						t.Fatal(err)
					}
					golden(t, file, dump(doc))
				})
			}
		}
	}
}

// golden compares got with testdata/golden/name, or rewrites it with
// -update. On a difference it writes name.got beside it for a full diff.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app/letter -update)", err)
	}
	if got == string(want) {
		os.Remove(path + ".got")
		return
	}
	os.WriteFile(path+".got", []byte(got), 0o644)
	g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("%s differs from line %d (diff %s %s.got):\n- %s\n+ %s", path, i+1, path, path, wl, gl)
		}
	}
}

// texts returns every piece of letter text of a document with where it
// stands, skipping what the person typed (names, addresses, own words).
func texts(d Document, f Facts) map[string]string {
	own := map[string]bool{}
	for _, p := range append(splitParagraphs(f.Reason), splitParagraphs(f.HarmText)...) {
		own[p] = true
	}
	out := map[string]string{
		"subject": d.Subject, "salutation": d.Salutation, "closing": d.Closing,
		"title": d.Title, "reminder summary": d.Reminder.Summary,
		"reminder description": d.Reminder.Description, "place and date": d.PlaceDate,
		"enclosures label": d.EnclosuresLabel,
	}
	for i, e := range d.Enclosures {
		out[fmt.Sprintf("enclosure %d", i)] = e
	}
	for i, b := range d.Body {
		if own[b.Text] {
			continue
		}
		out[fmt.Sprintf("block %d", i)] = b.Text
		for j, item := range b.Items {
			out[fmt.Sprintf("block %d item %d", i, j)] = item
		}
	}
	for i, l := range d.Recipient {
		out[fmt.Sprintf("recipient %d", i)] = l
	}
	for i, l := range d.Sender {
		out[fmt.Sprintf("sender %d", i)] = l
	}
	return out
}

// TestInvariants composes every fixture in every language with letter
// messages and checks what no letter may contain: a missing message, a
// placeholder left over, template residue, or (outside English) a sentence
// still in English.
func TestInvariants(t *testing.T) {
	b := loadBundle(t)
	en := b.Localizer(locales.Source)
	for _, lang := range letterLanguages(b) {
		for _, name := range fixtures {
			f := loadFacts(t, name)
			for _, kind := range kindsFor(f) {
				t.Run(fmt.Sprintf("%s/%s/%s", lang, name, kind), func(t *testing.T) {
					doc, err := Compose(kind, f, b.Localizer(lang), today)
					if err != nil {
						t.Fatal(err)
					}
					all := texts(doc, f)
					for where, s := range all {
						for _, bad := range []string{locales.MissingOpen, locales.MissingClose, "{{", "}}", "<no value>", "%!"} {
							if strings.Contains(s, bad) {
								t.Errorf("%s contains %q: %s", where, bad, s)
							}
						}
					}
					if lang == locales.Source {
						return
					}
					english, err := Compose(kind, f, en, today)
					if err != nil {
						t.Fatal(err)
					}
					source := map[string]bool{}
					for where, s := range texts(english, f) {
						// Addresses and names are the same in every language.
						if !strings.HasPrefix(where, "sender") && !strings.HasPrefix(where, "recipient") {
							source[s] = true
						}
					}
					for where, s := range all {
						if s != "" && source[s] && !strings.HasPrefix(where, "sender") && !strings.HasPrefix(where, "recipient") {
							t.Errorf("%s is still the English text: %s", where, s)
						}
					}
				})
			}
		}
	}
}

// TestUnknownLanguage checks that a language without letter messages is
// refused rather than written in English.
func TestUnknownLanguage(t *testing.T) {
	b := loadBundle(t)
	f := loadFacts(t, "meta")
	for _, lang := range []string{"xx", "tlh", ""} {
		t.Run(lang, func(t *testing.T) {
			doc, err := Compose(Objection, f, b.Localizer(lang), today)
			if !errors.Is(err, ErrLanguage) {
				t.Errorf("Compose in %q: err %v, want ErrLanguage", lang, err)
			}
			if len(doc.Body) != 0 {
				t.Error("a letter was written anyway")
			}
		})
	}
	// Every language of the bundle either has its letters or is refused.
	letters := map[string]bool{}
	for _, lang := range letterLanguages(b) {
		letters[lang] = true
	}
	for _, lang := range b.Languages() {
		_, err := Compose(Objection, f, b.Localizer(lang), today)
		if letters[lang] != (err == nil) {
			t.Errorf("%s: has letters %v, Compose error %v", lang, letters[lang], err)
		}
	}
	if _, err := Compose(Objection, f, nil, today); !errors.Is(err, ErrLanguage) {
		t.Errorf("nil localizer: err %v, want ErrLanguage", err)
	}
}

func TestComposeRefusesInvalidFacts(t *testing.T) {
	b := loadBundle(t)
	l := b.Localizer("en")
	for _, tc := range []struct {
		name   string
		kind   Kind
		change func(*Facts)
		field  string
	}{
		{"unknown controller", Objection, func(f *Facts) { f.Controller = "acme" }, "controller"},
		{"no controller", Objection, func(f *Facts) { f.Controller = ""; f.Other = nil }, "controller"},
		{"no grounds", Objection, func(f *Facts) { f.Reasons = nil; f.Reason = " " }, "reason"},
		{"unknown reason", Objection, func(f *Facts) { f.Reasons = []string{"boredom"} }, "reasons"},
		{"bad IBAN", Damages, func(f *Facts) { f.IBAN = "DE89370400440532013001" }, "iban"},
		{"line break in name", Damages, func(f *Facts) { f.Name = "Erika\r\nBcc: x@example.org" }, "name"},
		{"negative amount", Damages, func(f *Facts) { f.Amount = "-5" }, "amount"},
		{"impossible date", Objection, func(f *Facts) { f.Date = "2026-02-30" }, "date"},
		{"objection after letter", Damages, func(f *Facts) { f.ObjectionDate = "2026-07-01" }, "objectionDate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := loadFacts(t, "meta")
			tc.change(&f)
			doc, err := Compose(tc.kind, f, l, today)
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("err = %v, want a *ValidationError", err)
			}
			found := false
			for _, fe := range verr.Errors {
				found = found || fe.Field == tc.field
			}
			if !found {
				t.Errorf("errors %v do not name %q", verr.Errors, tc.field)
			}
			if len(doc.Body) != 0 || doc.Subject != "" {
				t.Error("a letter was written anyway")
			}
		})
	}
	if _, err := Compose("petition", loadFacts(t, "meta"), l, today); err == nil {
		t.Error("unknown kind accepted")
	}
}

// TestComposeDetails checks the facts that matter legally beyond the
// goldens' wording: deadlines, amounts and who the letter goes to.
func TestComposeDetails(t *testing.T) {
	b := loadBundle(t)
	de, en := b.Localizer("de"), b.Localizer("en")
	for _, tc := range []struct {
		name    string
		fixture string
		kind    Kind
		l       *locales.Localizer
		change  func(*Facts)
		check   func(t *testing.T, d Document)
	}{
		{"objection reply deadline is one month, clamped", "linkedin", Objection, en, nil, func(t *testing.T, d Document) {
			wantDay(t, "reminder", d.Reminder.Date, "2026-02-28")
			wantIn(t, d, "by 28 February 2026")
		}},
		{"German date line has the place", "meta", Objection, de, nil, func(t *testing.T, d Document) {
			wantEq(t, "place and date", d.PlaceDate, "Berlin, 3. Juni 2026")
		}},
		{"English date line is the date alone", "meta", Objection, en, nil, func(t *testing.T, d Document) {
			wantEq(t, "place and date", d.PlaceDate, "3 June 2026")
		}},
		{"empty date means today", "meta", Objection, en, func(f *Facts) { f.Date = "" }, func(t *testing.T, d Document) {
			wantDay(t, "date", d.Date, "2026-06-03")
			wantDay(t, "reminder", d.Reminder.Date, "2026-07-03")
		}},
		{"payment deadline and amount in German", "linkedin", Damages, de, nil, func(t *testing.T, d Document) {
			wantDay(t, "reminder", d.Reminder.Date, "2026-02-21")
			wantIn(t, d, "750,00\u00a0€", "innerhalb von 21 Tagen, also bis zum 21. Februar 2026", "IE29 AIBK 9311 5212 3456 78")
		}},
		{"one day is singular", "x-poland", Damages, en, nil, func(t *testing.T, d Document) {
			wantIn(t, d, "within 1 day, that is by 21 December 2026")
		}},
		{"currency follows the country", "x-poland", Damages, de, nil, func(t *testing.T, d Document) {
			wantIn(t, d, "2.000,00\u00a0zł")
		}},
		{"currency chosen", "x-poland", Damages, en, func(f *Facts) { f.Currency = "EUR" }, func(t *testing.T, d Document) {
			wantIn(t, d, "€2,000.00")
		}},
		{"default payment days", "meta", Damages, en, nil, func(t *testing.T, d Document) {
			wantDay(t, "reminder", d.Reminder.Date, "2026-06-17")
			wantIn(t, d, "within 14 days")
		}},
		{"objection date cited and enclosed", "linkedin", Damages, en, nil, func(t *testing.T, d Document) {
			wantIn(t, d, "by letter of 20 November 2025")
			wantEq(t, "enclosures", strings.Join(d.Enclosures, "|"), "Copy of my objection of 20 November 2025")
			wantEq(t, "enclosures label", d.EnclosuresLabel, "Enclosure")
		}},
		{"no objection date, no enclosure", "meta", Damages, en, nil, func(t *testing.T, d Document) {
			wantEq(t, "enclosures", strings.Join(d.Enclosures, "|")+d.EnclosuresLabel, "")
		}},
		{"recipient abroad in capitals", "meta", Objection, de, nil, func(t *testing.T, d Document) {
			wantEq(t, "recipient", strings.Join(d.Recipient, "|"),
				"Meta Platforms Ireland Limited|z. Hd. der/des Datenschutzbeauftragten|Merrion Road|Dublin 4|D04 X2K5|IRLAND")
			wantEq(t, "return line", d.ReturnLine, "Erika Mustermann · Heidestraße 17 · 10557 Berlin · Deutschland")
		}},
		{"long address fits the window", "meta", Objection, en, func(f *Facts) { f.Controller = "microsoft"; f.Services = nil }, func(t *testing.T, d Document) {
			wantEq(t, "recipient", strings.Join(d.Recipient, "|"),
				"Microsoft Ireland Operations Limited|One Microsoft Place|South County Business Park|Leopardstown|Dublin 18 D18 P521|IRELAND")
			wantEq(t, "to", d.To, "dpoffice@microsoft.com")
		}},
		{"same country, no country line", "linkedin", Objection, en, nil, func(t *testing.T, d Document) {
			wantEq(t, "recipient", strings.Join(d.Recipient, "|"),
				"LinkedIn Ireland Unlimited Company|Attn: Data Protection Officer|Wilton Plaza|Wilton Place|Dublin 2")
			wantEq(t, "sender", strings.Join(d.Sender, "|"), "Seán Ó Briain|12 Main Street|Galway|H91 E2K3|sean@example.ie")
		}},
		{"postal codes as the post prints them", "linkedin", Objection, en, func(f *Facts) { f.PostalCode = "h91e2k3" }, func(t *testing.T, d Document) {
			wantEq(t, "sender", strings.Join(d.Sender, "|"), "Seán Ó Briain|12 Main Street|Galway|H91 E2K3|sean@example.ie")
		}},
		{"manual controller", "manual", Objection, de, nil, func(t *testing.T, d Document) {
			wantEq(t, "recipient", strings.Join(d.Recipient, "|"), "Beispiel KI GmbH|Praterstraße 1|1020 Wien")
			wantEq(t, "to", d.To, "datenschutz@example.com")
			wantIn(t, d, "die Sie verarbeiten, einschließlich")
		}},
		{"no double full stop after the account", "meta", Objection, en, func(f *Facts) { f.Account = "erika.m." }, func(t *testing.T, d Document) {
			wantIn(t, d, "details: erika.m.\n")
		}},
		{"services chosen", "meta", Objection, en, nil, func(t *testing.T, d Document) {
			wantIn(t, d, "in connection with Facebook and Instagram,")
		}},
		{"all services by default", "meta", Objection, en, func(f *Facts) { f.Services = nil }, func(t *testing.T, d Document) {
			wantIn(t, d, "in connection with Facebook, Instagram, Messenger, Threads and Meta AI,")
		}},
		{"IBAN grouped, holder defaults to the name", "meta", Damages, en, nil, func(t *testing.T, d Document) {
			wantIn(t, d, "Account holder: Erika Mustermann, IBAN: DE89 3704 0044 0532 0130 00")
		}},
		{"reasons in catalog order, own words as paragraphs", "meta", Objection, en, nil, func(t *testing.T, d Document) {
			body := bodyText(d)
			health, children := strings.Index(body, "about my health"), strings.Index(body, "photos of my children")
			if health < 0 || children < health {
				t.Errorf("reasons missing or out of order:\n%s", body)
			}
			wantIn(t, d, "my daughter's chronic illness. Those posts were meant")
		}},
		{"five demands", "meta", Objection, de, nil, func(t *testing.T, d Document) {
			for _, b := range d.Body {
				if b.Kind == List && len(b.Items) != 5 {
					t.Errorf("demands: %d items, want 5", len(b.Items))
				}
			}
			wantIn(t, d, "Art. 17 Abs. 1 lit. c DSGVO", "Art. 18 Abs. 1 lit. d DSGVO", "Art. 6 Abs. 1 S. 1 lit. f DSGVO", "bis zum 3. Juli 2026", "Rn. 123")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := loadFacts(t, tc.fixture)
			if tc.change != nil {
				tc.change(&f)
			}
			d, err := Compose(tc.kind, f, tc.l, today)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, d)
		})
	}
}

func bodyText(d Document) string {
	var parts []string
	for _, b := range d.Body {
		parts = append(parts, b.Text)
		parts = append(parts, b.Items...)
	}
	return strings.Join(parts, "\n")
}

func wantIn(t *testing.T, d Document, subs ...string) {
	t.Helper()
	body := bodyText(d)
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("letter lacks %q:\n%s", s, body)
		}
	}
}

func wantEq(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func wantDay(t *testing.T, what string, got time.Time, want string) {
	t.Helper()
	if s := got.Format(dateLayout); s != want {
		t.Errorf("%s = %s, want %s", what, s, want)
	}
}

// TestStyleSwitches checks the messages that are switches, not text: a
// translator who translates the value would silently change the layout.
func TestStyleSwitches(t *testing.T) {
	b := loadBundle(t)
	for _, lang := range letterLanguages(b) {
		t.Run(lang, func(t *testing.T) {
			switch v := b.Localizer(lang).T("Letter.Style.PlaceDate"); v {
			case "date", "place-date":
			default:
				t.Errorf("Letter.Style.PlaceDate = %q, want \"date\" or \"place-date\"", v)
			}
		})
	}
}

func TestListBeforeISound(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Instagram", true}, {"instagram", true}, {"Hinge", true}, {"Ibis", true},
		{"Facebook", false}, {"Hielo", false}, {"Iodo", false}, {"", false}, {"H", false}, {"I", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := startsWithI(tt.name); got != tt.want {
				t.Errorf("startsWithI(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func TestUpperAddress(t *testing.T) {
	tests := map[string]string{"Ιρλανδία": "ΙΡΛΑΝΔΙΑ", "Irland": "IRLAND", "Ирландия": "ИРЛАНДИЯ", "Ελλάδα": "ΕΛΛΑΔΑ"}
	for in, want := range tests {
		if got := upperAddress(in); got != want {
			t.Errorf("upperAddress(%q) = %q, want %q", in, got, want)
		}
	}
}
