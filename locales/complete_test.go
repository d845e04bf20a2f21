//go:build !wasm

package locales

import (
	"bufio"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The checks here are what a translator's work is held to: every language
// has every message of the English source, with the same placeholders and
// exactly its own CLDR plural categories, and nothing is left in English.

var placeholder = regexp.MustCompile(`{{\s*\.[A-Za-z0-9_]+\s*}}`)

func placeholders(s string) []string {
	found := placeholder.FindAllString(s, -1)
	for i, p := range found {
		found[i] = strings.Join(strings.Fields(p), "")
	}
	sort.Strings(found)
	return compact(found)
}

func compact(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func formsOf(m *Message) []string {
	var out []string
	for _, f := range []string{"zero", "one", "two", "few", "many", "other"} {
		if _, ok := m.Forms[f]; ok {
			out = append(out, f)
		}
	}
	return out
}

// identical reads identical.txt: message IDs whose text may equal the
// English one, in every language ("ID") or in one ("lang ID").
func identical(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open("identical.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ok := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		switch len(fields) {
		case 1:
			ok["* "+fields[0]] = true
		case 2:
			ok[fields[0]+" "+fields[1]] = true
		default:
			t.Fatalf("identical.txt: bad line %q", line)
		}
	}
	return ok
}

// domainFiles maps "domain" → language → messages, so that a message in the
// wrong domain file is caught too.
func domainFiles(t *testing.T) map[string]map[string]map[string]*Message {
	t.Helper()
	entries, err := fs.ReadDir(Files(), ".")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]map[string]*Message{}
	for _, e := range entries {
		name := e.Name()
		data, err := fs.ReadFile(Files(), name)
		if err != nil {
			t.Fatal(err)
		}
		msgs, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		domain := strings.SplitN(name, ".", 2)[0]
		if out[domain] == nil {
			out[domain] = map[string]map[string]*Message{}
		}
		out[domain][LangOfFile(name)] = msgs
	}
	return out
}

func TestEveryLanguageComplete(t *testing.T) {
	same := identical(t)
	files := domainFiles(t)
	all := map[string]bool{}
	for _, langs := range files {
		for lang := range langs {
			all[lang] = true
		}
	}
	for domain, langs := range files {
		src := langs[Source]
		if src == nil {
			t.Errorf("%s: no English source file", domain)
			continue
		}
		for lang := range all {
			if _, ok := langs[lang]; !ok {
				t.Errorf("%s.%s.json: missing (every language has every domain)", domain, lang)
			}
		}
		for lang, msgs := range langs {
			if lang == Source {
				continue
			}
			cats := PluralCategories(lang)
			for id, en := range src {
				m, ok := msgs[id]
				if !ok {
					t.Errorf("%s.%s.json: missing %s", domain, lang, id)
					continue
				}
				plural := len(en.Forms) > 1
				want := []string{"other"}
				if plural {
					want = cats
				}
				if got := formsOf(m); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s.%s.json: %s has forms %v, want %v", domain, lang, id, got, want)
				}
				// "other" keeps exactly the English placeholders; another
				// plural form may drop some (a language may write "one" in words).
				enPH := placeholders(en.Forms["other"])
				for form, text := range m.Forms {
					got := placeholders(text)
					if form == "other" && strings.Join(got, " ") != strings.Join(enPH, " ") || !subset(got, enPH) {
						t.Errorf("%s.%s.json: %s[%s] placeholders %q, want %q", domain, lang, id, form, got, enPH)
					}
				}
				if m.Forms["other"] == en.Forms["other"] && !same["* "+id] && !same[lang+" "+id] && strings.TrimSpace(placeholder.ReplaceAllString(en.Forms["other"], "")) != "" {
					t.Errorf("%s.%s.json: %s is still the English text %q (list it in identical.txt if that is intended)", domain, lang, id, en.Forms["other"])
				}
			}
			for id := range msgs {
				if _, ok := src[id]; !ok {
					t.Errorf("%s.%s.json: %s is not in the English source", domain, lang, id)
				}
			}
		}
	}
}

func TestEnglishHasDescriptions(t *testing.T) {
	for domain, langs := range domainFiles(t) {
		for id, m := range langs[Source] {
			if strings.TrimSpace(m.Description) == "" {
				t.Errorf("%s.en.json: %s has no description for translators", domain, id)
			}
		}
	}
}

// TestGoI18nReadsOurFiles keeps the files usable by go-i18n and its goi18n
// tool, which translators use.
func TestGoI18nReadsOurFiles(t *testing.T) {
	b := i18n.NewBundle(language.English)
	entries, _ := fs.ReadDir(Files(), ".")
	for _, e := range entries {
		data, _ := fs.ReadFile(Files(), e.Name())
		if _, err := b.ParseMessageFileBytes(data, e.Name()); err != nil {
			t.Errorf("go-i18n cannot read %s: %v", e.Name(), err)
		}
	}
}

func TestCLDRCategories(t *testing.T) {
	tests := map[string]string{
		"en": "one,other", "de": "one,other", "pl": "one,few,many,other", "cs": "one,few,many,other",
		"lv": "zero,one,other", "ga": "one,two,few,many,other", "ja": "other",
	}
	for lang, want := range tests {
		if got := strings.Join(PluralCategories(lang), ","); got != want {
			t.Errorf("PluralCategories(%s) = %s, want %s", lang, got, want)
		}
	}
}

func subset(a, b []string) bool {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	for _, x := range a {
		if !in[x] {
			return false
		}
	}
	return true
}
