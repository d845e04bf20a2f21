// Package cli is the `objector letter` command: it composes a letter from a
// facts file on the command line. Host only.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/objector-eu/objector/app/authority"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/pdf"
	"github.com/objector-eu/objector/locales"
	"github.com/objector-eu/objector/web"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1 // the input was refused
	exitUsage   = 2 // the command line itself was wrong
)

// formats are the outputs -format offers, each a renderer of the Document.
var formats = map[string]func(doc letter.Document, now time.Time) ([]byte, error){
	"text": func(doc letter.Document, _ time.Time) ([]byte, error) { return []byte(export.Text(doc)), nil },
	"eml":  func(doc letter.Document, now time.Time) ([]byte, error) { return export.EML(doc, now), nil },
	"ics":  func(doc letter.Document, now time.Time) ([]byte, error) { return export.ICS(doc, now), nil },
	"pdf":  func(doc letter.Document, _ time.Time) ([]byte, error) { return renderPDF(doc) },
}

// renderPDF renders the letter with the fonts the site serves.
func renderPDF(doc letter.Document) ([]byte, error) {
	fonts, err := pdf.LoadFonts(web.Fonts)
	if err != nil {
		return nil, err
	}
	return pdf.Render(doc, fonts)
}

// Letter runs `objector letter` and returns the exit code. It reads the
// facts from the file -facts names ("-" for standard input) and writes the
// letter to standard output or to -o; on any invalid input it writes only a
// short message naming the problem to stderr, and no letter.
func Letter(args []string, stdout, stderr io.Writer) int {
	return run(args, os.Stdin, stdout, stderr, time.Now())
}

// run is Letter with its inputs explicit, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now time.Time) int {
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "objector letter: "+format+"\n", a...)
		return code
	}
	fs := flag.NewFlagSet("objector letter", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kindFlag := fs.String("kind", "", "the letter: "+strings.Join(kindNames(), ", "))
	// English unless asked otherwise, as the app's own fallback.
	langFlag := fs.String("lang", "en", "the letter's language (BCP 47 tag, e.g. en, de)")
	controllerFlag := fs.String("controller", "", "catalog id of the company (overrides the facts file): "+strings.Join(controllerIDs(), ", "))
	authorityFlag := fs.String("authority", "", "a complaint's supervisory authority (overrides the facts file), by id, e.g. deberlbdi, iedpc; an unknown id lists them all")
	factsFlag := fs.String("facts", "", "the facts file (JSON, see README), - for standard input")
	formatFlag := fs.String("format", "text", "output: "+strings.Join(formatNames(), ", "))
	outFlag := fs.String("o", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail(exitUsage, "unexpected argument %q", fs.Arg(0))
	}

	kind, ok := letter.ParseKind(*kindFlag)
	if !ok {
		return fail(exitUsage, "-kind: want one of %s, not %q", strings.Join(kindNames(), ", "), *kindFlag)
	}
	bundle, err := locales.Load()
	if err != nil {
		return fail(exitInvalid, "%v", err)
	}
	lang, ok := letterLanguage(bundle, *langFlag)
	if !ok {
		return fail(exitUsage, "-lang: no letters in %q; available: %s", *langFlag, strings.Join(letterLanguages(bundle), ", "))
	}
	render, ok := formats[*formatFlag]
	if !ok {
		return fail(exitUsage, "-format: want one of %s, not %q", strings.Join(formatNames(), ", "), *formatFlag)
	}
	if *controllerFlag != "" {
		if _, ok := catalog.Lookup(*controllerFlag); !ok {
			return fail(exitUsage, "-controller: unknown company %q; known: %s", *controllerFlag, strings.Join(controllerIDs(), ", "))
		}
	}
	if *authorityFlag != "" {
		if _, ok := authority.Lookup(*authorityFlag); !ok {
			return fail(exitUsage, "-authority: unknown authority %q; known: %s", *authorityFlag, strings.Join(authority.Slugs(), ", "))
		}
	}
	if *factsFlag == "" {
		return fail(exitUsage, "-facts: name the facts file (JSON, see README)")
	}

	facts, err := readFacts(*factsFlag, stdin)
	var bad *letter.DecodeError
	if errors.As(err, &bad) {
		return fail(exitInvalid, "%s: %v", *factsFlag, err)
	}
	if err != nil {
		return fail(exitInvalid, "-facts: %v", err)
	}
	if *controllerFlag != "" {
		// The file's services belong to the company it named: another
		// company's letter covers all of that company's services.
		if facts.Controller != *controllerFlag {
			facts.Services = nil
		}
		facts.Controller = *controllerFlag
		facts.Other = nil
	}

	if *authorityFlag != "" {
		facts.Authority = *authorityFlag
	}

	l := bundle.Localizer(lang)
	doc, err := letter.Compose(kind, facts, l, now)
	var invalid *letter.ValidationError
	if errors.As(err, &invalid) {
		for _, fe := range invalid.Errors {
			fmt.Fprintf(stderr, "objector letter: %s: %s\n", fe.Field, l.Tf(fe.Message, fe.Args))
			if fe.Field == "authority" {
				fmt.Fprintf(stderr, "objector letter: known authorities: %s\n", strings.Join(authority.Slugs(), ", "))
			}
		}
		return exitInvalid
	}
	if err != nil {
		return fail(exitInvalid, "%v", err)
	}
	out, err := render(doc, now)
	if err != nil {
		return fail(exitInvalid, "-format %s: %v", *formatFlag, err)
	}
	if *outFlag == "" {
		if _, err := stdout.Write(out); err != nil {
			return fail(exitInvalid, "%v", err)
		}
		return exitOK
	}
	if err := os.WriteFile(*outFlag, out, 0o644); err != nil {
		return fail(exitInvalid, "-o: %v", err)
	}
	return exitOK
}

// readFacts decodes the facts file, or standard input for "-", with
// letter.DecodeFacts, which refuses oversized, malformed and unknown input.
func readFacts(name string, stdin io.Reader) (letter.Facts, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return letter.Facts{}, err
		}
		defer f.Close()
		r = f
	}
	return letter.DecodeFacts(r)
}

// letterLanguage returns the bundle's name of the language tag if it has
// letter messages. Only exact languages count: a letter is never written in
// another language than the one asked for.
func letterLanguage(b *locales.Bundle, tag string) (string, bool) {
	for _, lang := range letterLanguages(b) {
		if strings.EqualFold(lang, tag) {
			return lang, true
		}
	}
	return "", false
}

// letterLanguages lists the languages with letter messages.
func letterLanguages(b *locales.Bundle) []string {
	var out []string
	for _, lang := range b.Languages() {
		if b.Localizer(lang).Has("Letter.Salutation") {
			out = append(out, lang)
		}
	}
	return out
}

func controllerIDs() []string {
	var ids []string
	for _, c := range catalog.All() {
		ids = append(ids, c.ID)
	}
	return ids
}

func kindNames() []string {
	var names []string
	for _, k := range letter.AllKinds {
		names = append(names, string(k))
	}
	return names
}

func formatNames() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
