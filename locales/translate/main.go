// Command translate runs go-i18n's `goi18n merge` over Objector's message
// files, one domain at a time, so that a translator works on exactly the
// messages a language lacks and never edits JSON by hand:
//
//	go run ./locales/translate -lang nb          # make translate L=nb
//	go run ./locales/translate -lang nb -merge   # make translate-merge L=nb
//
// The first writes translate.<domain>.<lang>.json (e.g. translate.letter.nb.json)
// beside the Makefile: every message of that domain the language misses, or
// whose English changed since it was translated, with the English text to
// replace, its description and goi18n's hash of the English. The second
// merges the filled-in files back into locales/<domain>.<lang>.json, keeps
// the descriptions, records the hashes and deletes the translate files.
//
// goi18n names its outputs active.<lang>.json and translate.<lang>.json and
// merges every file of a language into one; this command renames them to
// our per-domain names. It also keeps to the plural categories the runtime
// uses (locales.PluralCategories): goi18n's newer CLDR asks French, Italian
// and Spanish for a "many" form that x/text never selects.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/objector-eu/objector/locales"
)

// GoI18n is the goi18n command, pinned to the go-i18n version in go.mod.
const GoI18n = "go run github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0"

func main() {
	var c config
	flag.StringVar(&c.lang, "lang", "", "the language to translate into, e.g. nb (required)")
	merge := flag.Bool("merge", false, "merge the filled-in translate files back into the message files")
	flag.StringVar(&c.locales, "locales", "locales", "the folder of the message files")
	flag.StringVar(&c.dir, "dir", ".", "the folder of the translate.<domain>.<lang>.json files")
	flag.StringVar(&c.goi18n, "goi18n", envOr("GOI18N", GoI18n), "the goi18n command")
	flag.Parse()
	if flag.NArg() > 0 {
		fail(fmt.Errorf("unexpected argument %q", flag.Arg(0)))
	}
	run := prepare
	if *merge {
		run = mergeBack
	}
	report, err := run(c)
	for _, line := range report {
		fmt.Println(line)
	}
	if err != nil {
		fail(err)
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "translate:", err)
	os.Exit(1)
}

// config is where the files are and which language to work on.
type config struct {
	lang    string // the target language, as in the file names
	locales string // folder of <domain>.<lang>.json
	dir     string // folder of translate.<domain>.<lang>.json
	goi18n  string // the goi18n command, split on spaces
}

// file is a go-i18n JSON message file as goi18n writes it: message ID →
// "description", "hash" and the plural forms.
type file map[string]map[string]string

// checkLang refuses a tag goi18n would name differently from us, and the
// source language.
func (c config) checkLang() error {
	if c.lang == "" {
		return errors.New("-lang is required (e.g. -lang nb; with make: make translate L=nb)")
	}
	tag, err := language.Parse(c.lang)
	if err != nil {
		return fmt.Errorf("-lang %q: %v", c.lang, err)
	}
	if tag.String() != c.lang {
		return fmt.Errorf("-lang %q: write it as %q, the form goi18n names its files with", c.lang, tag.String())
	}
	if c.lang == locales.Source {
		return fmt.Errorf("-lang %s is the source language: edit locales/*.%s.json directly", c.lang, c.lang)
	}
	return nil
}

// domains returns the domains with an English source file.
func (c config) domains() ([]string, error) {
	names, err := filepath.Glob(filepath.Join(c.locales, "*."+locales.Source+".json"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		out = append(out, strings.TrimSuffix(filepath.Base(n), "."+locales.Source+".json"))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no *.%s.json message files in %s", locales.Source, c.locales)
	}
	return out, nil
}

func (c config) sourcePath(domain string) string {
	return filepath.Join(c.locales, domain+"."+locales.Source+".json")
}

func (c config) targetPath(domain string) string {
	return filepath.Join(c.locales, domain+"."+c.lang+".json")
}

func (c config) translatePath(domain string) string {
	return filepath.Join(c.dir, "translate."+domain+"."+c.lang+".json")
}

// prepare writes a translate file for every domain with messages to
// translate, and deletes stale ones of domains that are complete.
func prepare(c config) ([]string, error) {
	if err := c.checkLang(); err != nil {
		return nil, err
	}
	domains, err := c.domains()
	if err != nil {
		return nil, err
	}
	var report []string
	total := 0
	for _, d := range domains {
		source, err := readFile(c.sourcePath(d))
		if err != nil {
			return report, err
		}
		target, err := readTarget(c.targetPath(d))
		if err != nil {
			return report, err
		}
		active, translate, err := c.merge(d, target, nil)
		if err != nil {
			return report, err
		}
		todo := c.todo(source, active, translate)
		path := c.translatePath(d)
		if len(todo) == 0 {
			if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
				return report, err
			}
			report = append(report, fmt.Sprintf("%s: complete", c.targetPath(d)))
			continue
		}
		if err := writeFile(path, todo); err != nil {
			return report, err
		}
		total += len(todo)
		report = append(report, fmt.Sprintf("%s: %d of %d messages to translate", path, len(todo), len(source)))
	}
	if total > 0 {
		report = append(report, fmt.Sprintf("Replace the English in each message's forms (keep {{.Placeholders}}), then run: make translate-merge L=%s", c.lang))
	}
	return report, nil
}

// mergeBack merges every translate file of the language into its message
// file, checks the result with our loader, and deletes the translate file.
func mergeBack(c config) ([]string, error) {
	if err := c.checkLang(); err != nil {
		return nil, err
	}
	domains, err := c.domains()
	if err != nil {
		return nil, err
	}
	var report []string
	merged := 0
	for _, d := range domains {
		path := c.translatePath(d)
		done, err := readFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return report, err
		}
		source, err := readFile(c.sourcePath(d))
		if err != nil {
			return report, err
		}
		target, err := readTarget(c.targetPath(d))
		if err != nil {
			return report, err
		}
		// The translate file decides for its messages: goi18n would merge
		// the two files' forms in random order.
		for id := range done {
			delete(target, id)
		}
		active, _, err := c.merge(d, target, done)
		if err != nil {
			return report, err
		}
		c.keepForms(source, active)
		data, err := encode(active)
		if err != nil {
			return report, err
		}
		if _, err := locales.Parse(data); err != nil {
			return report, fmt.Errorf("%s: the merged file does not load: %v", c.targetPath(d), err)
		}
		if err := os.WriteFile(c.targetPath(d), data, 0o644); err != nil {
			return report, err
		}
		if err := os.Remove(path); err != nil {
			return report, err
		}
		merged++
		line := fmt.Sprintf("%s: %d of %d messages", c.targetPath(d), len(active), len(source))
		if left := len(c.todo(source, active, nil)); left > 0 {
			line += fmt.Sprintf(", %d still to translate", left)
		}
		report = append(report, line)
	}
	if merged == 0 {
		return report, fmt.Errorf("no translate.*.%s.json in %s: run make translate L=%s first", c.lang, c.dir, c.lang)
	}
	report = append(report, "Now run: go test ./locales/ (completeness, placeholders, plural forms, English left)")
	return report, nil
}

// merge runs goi18n merge on one domain: the English source, the
// language's messages (target) and, when merging back, the translator's
// file. It returns goi18n's active and translate outputs for the language
// (nil when goi18n wrote none).
func (c config) merge(domain string, target, translated file) (active, translate file, err error) {
	tmp, err := os.MkdirTemp("", "objector-translate-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	in, out := filepath.Join(tmp, "in"), filepath.Join(tmp, "out")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return nil, nil, err
		}
	}
	// goi18n takes a file's language from its name: <anything>.<lang>.json.
	files := []string{c.sourcePath(domain), filepath.Join(in, domain+"."+c.lang+".json")}
	if err := writeFile(files[1], target); err != nil {
		return nil, nil, err
	}
	if translated != nil {
		files = append(files, filepath.Join(in, "translate."+domain+"."+c.lang+".json"))
		if err := writeFile(files[2], translated); err != nil {
			return nil, nil, err
		}
	}
	args := strings.Fields(c.goi18n)
	args = append(args, "merge", "-sourceLanguage", locales.Source, "-format", "json", "-outdir", out)
	args = append(args, files...)
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = os.Stderr, &stderr
	if err := cmd.Run(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	if active, err = readFile(filepath.Join(out, "active."+c.lang+".json")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	if translate, err = readFile(filepath.Join(out, "translate."+c.lang+".json")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	if active == nil {
		active = file{}
	}
	return active, translate, nil
}

// forms returns the forms a message of the language must have: the
// language's plural categories for a plural English message, else "other".
func (c config) forms(en map[string]string) []string {
	if _, plural := en["one"]; plural {
		return locales.PluralCategories(c.lang)
	}
	return []string{"other"}
}

// todo returns the messages still to translate: goi18n's translate output
// with only the language's own plural forms, for every source message
// whose active translation lacks one of them. A form goi18n did not ask for
// starts as the English "other".
func (c config) todo(source, active, translate file) file {
	out := file{}
	for id, en := range source {
		have := active[id]
		var missing bool
		for _, f := range c.forms(en) {
			if have[f] == "" {
				missing = true
			}
		}
		if !missing {
			continue
		}
		m := map[string]string{}
		for k, v := range translate[id] {
			m[k] = v
		}
		if len(m) == 0 { // goi18n did not list it: only our categories lack a form
			for k, v := range have {
				m[k] = v
			}
		}
		keep := map[string]bool{"description": true, "hash": true}
		for _, f := range c.forms(en) {
			keep[f] = true
			if m[f] == "" {
				if m[f] = en[f]; m[f] == "" {
					m[f] = en["other"]
				}
			}
		}
		for k := range m {
			if !keep[k] {
				delete(m, k)
			}
		}
		if m["description"] == "" {
			m["description"] = en["description"]
		}
		out[id] = m
	}
	return out
}

// keepForms drops from the merged messages the plural forms the language's
// categories do not have.
func (c config) keepForms(source, active file) {
	for id, m := range active {
		keep := map[string]bool{"description": true, "hash": true}
		for _, f := range c.forms(source[id]) {
			keep[f] = true
		}
		for k := range m {
			if !keep[k] {
				delete(m, k)
			}
		}
	}
}

// readFile reads a message file written as goi18n writes them; a message
// that is a plain string becomes {"other": text}.
func readFile(path string) (file, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := file{}
	for id, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[id] = map[string]string{"other": s}
			continue
		}
		var m map[string]string
		if err := json.Unmarshal(v, &m); err != nil {
			return nil, fmt.Errorf("%s: message %q: want a string or an object of strings", path, id)
		}
		out[id] = m
	}
	return out, nil
}

// readTarget reads the language's message file; a new language has none.
func readTarget(path string) (file, error) {
	f, err := readFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return file{}, nil
	}
	return f, err
}

// encode writes messages as goi18n does: sorted keys, two-space indent,
// no HTML escaping.
func encode(f file) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(f)
	return buf.Bytes(), err
}

func writeFile(path string, f file) error {
	data, err := encode(f)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
