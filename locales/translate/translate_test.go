package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/objector-eu/objector/locales"
)

// These tests run the real goi18n (the pinned version, installed once into
// a temporary folder from the module cache or the Go module proxy) over
// small message files, as a translator would.

var goi18nBin string

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "goi18n-")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(dir)
		pkg := strings.Fields(GoI18n)[2]
		cmd := exec.Command("go", "install", pkg)
		cmd.Env = append(os.Environ(), "GOBIN="+dir)
		if out, err := cmd.CombinedOutput(); err != nil {
			os.Stderr.WriteString("installing " + pkg + ": " + err.Error() + "\n" + string(out))
			return 1
		}
		goi18nBin = filepath.Join(dir, "goi18n")
		return m.Run()
	}()
	os.Exit(code)
}

const english = `{
  "Letter.Hello": {"description": "Greets {{.Name}}.", "other": "Hello {{.Name}}"},
  "Letter.Days": {"description": "{{.Count}} days to pay.", "one": "{{.Count}} day", "other": "{{.Count}} days"},
  "Letter.Bye": {"description": "Closing.", "other": "Goodbye"}
}`

// setup writes the English source and the given language files of the
// "letter" domain into a fresh folder.
func setup(t *testing.T, lang string, files map[string]string) config {
	t.Helper()
	dir := t.TempDir()
	loc := filepath.Join(dir, "locales")
	if err := os.Mkdir(loc, 0o755); err != nil {
		t.Fatal(err)
	}
	files["letter.en.json"] = english
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(loc, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return config{lang: lang, locales: loc, dir: dir, goi18n: goi18nBin}
}

func read(t *testing.T, path string) file {
	t.Helper()
	f, err := readFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func forms(m map[string]string) []string {
	var out []string
	for k := range m {
		if k != "description" && k != "hash" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func ids(f file) []string {
	var out []string
	for id := range f {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// fill translates a translate file as a translator would: every form gets
// a new text that keeps the placeholders.
func fill(t *testing.T, path string) {
	t.Helper()
	f := read(t, path)
	for _, m := range f {
		for _, k := range forms(m) {
			m[k] = "NB " + k + ": " + m[k]
		}
	}
	if err := writeFile(path, f); err != nil {
		t.Fatal(err)
	}
}

// TestNewLanguage adds Norwegian Bokmål from nothing: every message to
// translate, with descriptions and hashes; merged back into a file our
// loader reads; then nothing left, until an English text changes.
func TestNewLanguage(t *testing.T) {
	c := setup(t, "nb", map[string]string{})
	if _, err := prepare(c); err != nil {
		t.Fatal(err)
	}
	todo := read(t, c.translatePath("letter"))
	if got := ids(todo); !reflect.DeepEqual(got, []string{"Letter.Bye", "Letter.Days", "Letter.Hello"}) {
		t.Fatalf("to translate: %v", got)
	}
	for id, m := range todo {
		if m["description"] == "" || !strings.HasPrefix(m["hash"], "sha1-") {
			t.Errorf("%s lacks its description or hash: %v", id, m)
		}
	}
	if got := forms(todo["Letter.Days"]); !reflect.DeepEqual(got, []string{"one", "other"}) {
		t.Errorf("Letter.Days forms %v", got)
	}

	fill(t, c.translatePath("letter"))
	if _, err := mergeBack(c); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(c.translatePath("letter")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the translate file is still there after the merge: %v", err)
	}
	data, err := os.ReadFile(c.targetPath("letter"))
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := locales.Parse(data)
	if err != nil {
		t.Fatalf("our loader refuses the merged file: %v", err)
	}
	if got := msgs["Letter.Hello"]; got == nil || got.Forms["other"] != "NB other: Hello {{.Name}}" || got.Description != "Greets {{.Name}}." {
		t.Errorf("Letter.Hello merged as %+v", got)
	}
	if got := msgs["Letter.Days"]; got == nil || got.Forms["one"] != "NB one: {{.Count}} day" {
		t.Errorf("Letter.Days merged as %+v", got)
	}

	report, err := prepare(c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(c.translatePath("letter")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a complete language got a translate file: %v", report)
	}

	// The English of one message changes: only that one is to translate.
	src := strings.Replace(english, `"Goodbye"`, `"Yours faithfully"`, 1)
	if err := os.WriteFile(c.sourcePath("letter"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := prepare(c); err != nil {
		t.Fatal(err)
	}
	todo = read(t, c.translatePath("letter"))
	if got := ids(todo); !reflect.DeepEqual(got, []string{"Letter.Bye"}) || todo["Letter.Bye"]["other"] != "Yours faithfully" {
		t.Errorf("after an English change, to translate: %v", todo)
	}
}

// TestExistingLanguages: a translation without hashes (as written by
// hand) counts as current; only missing messages and missing plural forms
// of the runtime's categories are asked for, never goi18n's extra "many"
// of French; an obsolete message is dropped at the merge.
func TestExistingLanguages(t *testing.T) {
	tests := []struct {
		name, lang, file string
		want             map[string][]string // ID → forms asked for
	}{
		{"French complete", "fr", `{
			"Letter.Hello": {"description": "d", "other": "Bonjour {{.Name}}"},
			"Letter.Days": {"description": "d", "one": "{{.Count}} jour", "other": "{{.Count}} jours"},
			"Letter.Bye": {"description": "d", "other": "Au revoir"}}`, map[string][]string{}},
		{"Polish lacks two plural forms and a message", "pl", `{
			"Letter.Hello": {"description": "d", "other": "Dzień dobry {{.Name}}"},
			"Letter.Days": {"description": "d", "one": "{{.Count}} dzień", "other": "{{.Count}} dnia"},
			"Letter.Old": {"description": "d", "other": "Stare"}}`,
			map[string][]string{"Letter.Days": {"few", "many", "one", "other"}, "Letter.Bye": {"other"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := setup(t, tc.lang, map[string]string{"letter." + tc.lang + ".json": tc.file})
			if _, err := prepare(c); err != nil {
				t.Fatal(err)
			}
			todo, err := readFile(c.translatePath("letter"))
			if errors.Is(err, os.ErrNotExist) {
				todo = file{}
			} else if err != nil {
				t.Fatal(err)
			}
			got := map[string][]string{}
			for id, m := range todo {
				got[id] = forms(m)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("to translate %v, want %v", got, tc.want)
			}
			if len(todo) == 0 {
				return
			}
			// Forms already translated come along for context.
			if d := todo["Letter.Days"]; d != nil && d["one"] != "{{.Count}} dzień" {
				t.Errorf("the translated form is not kept for context: %v", d)
			}
			fill(t, c.translatePath("letter"))
			if _, err := mergeBack(c); err != nil {
				t.Fatal(err)
			}
			merged := read(t, c.targetPath("letter"))
			if got := ids(merged); !reflect.DeepEqual(got, []string{"Letter.Bye", "Letter.Days", "Letter.Hello"}) {
				t.Errorf("merged messages %v (the obsolete one dropped)", got)
			}
			if got := merged["Letter.Hello"]["other"]; got != "Dzień dobry {{.Name}}" {
				t.Errorf("an untouched translation changed: %q", got)
			}
			want := locales.PluralCategories(tc.lang)
			sort.Strings(want)
			if got := forms(merged["Letter.Days"]); !reflect.DeepEqual(got, want) {
				t.Errorf("Letter.Days forms %v", got)
			}
		})
	}
}

func TestBadLanguage(t *testing.T) {
	for _, lang := range []string{"", "en", "nb_NO", "NB", "xx-invalid-tag-"} {
		c := setup(t, lang, map[string]string{})
		if _, err := prepare(c); err == nil {
			t.Errorf("prepare accepted -lang %q", lang)
		}
	}
	c := setup(t, "nb", map[string]string{})
	if _, err := mergeBack(c); err == nil {
		t.Error("merge without translate files succeeded")
	}
}

func TestJSONShape(t *testing.T) {
	// What we write is what goi18n writes: no HTML escaping of <, >, &.
	data, err := encode(file{"A.B": {"other": "<b> & </b>"}})
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]map[string]string
	if err := json.Unmarshal(data, &back); err != nil || !strings.Contains(string(data), "<b> & </b>") {
		t.Errorf("encode wrote %s (%v)", data, err)
	}
}
