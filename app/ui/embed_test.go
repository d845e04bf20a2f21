package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/embed"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

func loadBundle(t *testing.T) *locales.Bundle {
	t.Helper()
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// holder renders any element inside a component, so the test engine can
// mount it.
type holder struct {
	app.Compo
	UI app.UI
}

func (h *holder) Render() app.UI { return app.Div().Body(h.UI) }

func renderHTML(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func TestEmbedBar(t *testing.T) {
	b := loadBundle(t)
	hostile := `<img src=x onerror=alert(1)> & "Friends"`
	tests := []struct {
		name    string
		lang    string
		e       embedding
		want    []string
		wantNot []string
	}{
		{"not embedded: no bar", "en", embedding{params: embed.Params{Org: "NGO"}}, nil, []string{"embed-bar", "NGO"}},
		{"compact, no org", "en",
			embedding{params: embed.Params{Embed: true, Link: wizard.Link{Task: wizard.TaskObjection, Controller: "meta"}}},
			[]string{`id="open-full"`, `href="/?lang=en&letter=objection&controller=meta"`, `target="_blank"`, `rel="noopener"`, "Open in full app", "(opens in a new tab)"},
			[]string{"embed-org"}},
		{"org as text, in German", "de",
			embedding{params: embed.Params{Embed: true, Org: embed.CleanOrg(hostile)}},
			[]string{"Bereitgestellt von &lt;img src=x onerror=alert(1)&gt; &amp; &#34;Friends&#34;", "In voller Größe öffnen", `href="/?lang=de"`},
			[]string{"<img"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := renderHTML(t, &holder{UI: tt.e.renderBar(b.Localizer(tt.lang))})
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("lacks %q:\n%s", w, html)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(html, w) {
					t.Errorf("has %q:\n%s", w, html)
				}
			}
			if strings.Contains(html, locales.MissingOpen) {
				t.Errorf("missing message:\n%s", html)
			}
		})
	}
}

func TestEmbedFooterLink(t *testing.T) {
	loc := loadBundle(t).Localizer("en")
	for _, tt := range []struct {
		name string
		e    embedding
		want bool
	}{
		{"full app", embedding{}, true},
		{"compact", embedding{params: embed.Params{Embed: true}}, false},
		{"in a frame", embedding{framed: true}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			html := renderHTML(t, &holder{UI: tt.e.renderFooterLink(loc)})
			if got := strings.Contains(html, `href="/embed"`); got != tt.want {
				t.Errorf("link shown = %v, want %v:\n%s", got, tt.want, html)
			}
		})
	}
}

// TestLetterSheetIsText: whatever the person typed reaches the preview as
// text nodes, never as markup.
func TestLetterSheetIsText(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	doc := letter.Document{
		Kind: letter.Objection, Lang: "en", Title: evil,
		Sender: []string{evil, "Street"}, Recipient: []string{evil}, ReturnLine: evil, Notice: evil,
		PlaceDate: evil, Subject: evil, Salutation: evil,
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: evil},
			{Kind: letter.Heading, Text: evil},
			{Kind: letter.List, Text: evil, Items: []string{evil}},
		},
		Closing: evil, Signature: evil, EnclosuresLabel: evil, Enclosures: []string{evil},
	}
	html := renderHTML(t, &LetterSheet{Doc: doc})
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(html, bad) {
			t.Errorf("the preview holds markup %q:\n%s", bad, html)
		}
	}
	if n := strings.Count(html, "&lt;script&gt;alert(1)&lt;/script&gt;"); n < 15 {
		t.Errorf("%d escaped copies of the input, want every field:\n%s", n, html)
	}
}

// TestNoRawHTML: no component renders raw HTML, which would turn text into
// markup (app.Raw), nor sets an inline style the CSP refuses (.Style). The
// one exception is the language select, app.Raw(languageSelect(…)), which
// escapes everything it writes (TestLanguageSelect).
func TestNoRawHTML(t *testing.T) {
	fset, files := packageSource(t)
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && isCallOf(call.Fun, "Raw") && len(call.Args) == 1 {
				if arg, ok := call.Args[0].(*ast.CallExpr); ok && (isCallOf(arg.Fun, "languageSelect") || isCallOf(arg.Fun, "caseSummary") || isCallOf(arg.Fun, "caseFooter")) {
					ast.Inspect(arg, func(n ast.Node) bool { return checkNoRaw(t, fset, n) })
					return false
				}
				// A case's HTML as caseItem wrote it, kept in drawnCase.html.
				if sel, ok := call.Args[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "html" {
					return false
				}
			}
			return checkNoRaw(t, fset, n)
		})
	}
}

func checkNoRaw(t *testing.T, fset *token.FileSet, n ast.Node) bool {
	sel, ok := n.(*ast.SelectorExpr)
	if !ok {
		return true
	}
	switch sel.Sel.Name {
	case "Raw", "Style", "Styles":
		t.Errorf("%s: %s is not allowed (text must stay text; no inline styles under the CSP)", fset.Position(sel.Pos()), sel.Sel.Name)
	}
	return true
}

// isCallOf reports whether fun names name, plain or as a selector.
func isCallOf(fun ast.Expr, name string) bool {
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name == name
	case *ast.SelectorExpr:
		return f.Sel.Name == name
	}
	return false
}

// TestLanguageSelect: the language select's HTML is one select whose
// options carry each language's value, lang and label, the current one
// selected, and markup in any of them stays text.
func TestLanguageSelect(t *testing.T) {
	got := languageSelect([]option{
		{Value: "en", Lang: "en", Label: "English"},
		{Value: "de", Lang: "de", Label: "Deutsch"},
		{Value: `x"><script>`, Lang: `"onload="`, Label: "<img src=x onerror=alert(1)>&"},
	}, "de")
	want := `<select id="ui-lang">` +
		`<option value="en" lang="en">English</option>` +
		`<option value="de" lang="de" selected>Deutsch</option>` +
		`<option value="x&#34;&gt;&lt;script&gt;" lang="&#34;onload=&#34;">&lt;img src=x onerror=alert(1)&gt;&amp;</option>` +
		`</select>`
	if got != want {
		t.Errorf("languageSelect:\n got %s\nwant %s", got, want)
	}
}

// TestCaseHTML: a case card's summary keeps everything the person typed
// as text, in attributes and content alike, and writes each action's
// button with its id and data-action.
func TestCaseHTML(t *testing.T) {
	got := caseSummary(caseView{
		ID: "c1", State: "overdue", Company: "<img src=x onerror=alert(1)>", Kind: "Objection",
		Status:  "Overdue by 3 days",
		Facts:   [][2]string{{"Sent", "1 June"}, {"Reference", `"><script>alert(1)</script>`}, {"Due", ""}},
		Actions: []caseAction{{"next", "reminder", "btn-primary", "Write the reminder"}},
	})
	for _, want := range []string{
		`&lt;img src=x onerror=alert(1)&gt;`,
		`&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;`,
		`<p id="status-c1" class="case-status pill pill--overdue">Overdue by 3 days</p>`,
		`<button type="button" id="next-c1" class="btn btn-primary" data-action="reminder">Write the reminder</button>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "deadline-c1") {
		t.Error("an empty fact was drawn")
	}
	if strings.Count(got, "<script") > 0 || strings.Count(got, "<img") > 0 {
		t.Errorf("markup from the data: %s", got)
	}
}

// packageSource parses the package's own Go files, tests left out, for the
// tests that check how components are written.
func packageSource(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}

// TestProgressClasses: the stylesheet sizes the progress bar for every
// step, since a style attribute is not allowed.
func TestProgressClasses(t *testing.T) {
	css, err := os.ReadFile(filepath.Join("..", "..", "web", "objector.css"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= wizard.Count; i++ {
		if !strings.Contains(string(css), ".progress-fill--"+strconv.Itoa(i)+" {") {
			t.Errorf("objector.css has no .progress-fill--%d", i)
		}
	}
}

// TestEmbedPage: the prerendered page (English, since the browser picks
// the language) has every setting labelled and the snippet as text.
func TestEmbedPage(t *testing.T) {
	p := &EmbedPage{}
	html := renderHTML(t, p)
	for _, w := range []string{
		`<h1 id="embed-title">Put Objector on your website</h1>`,
		`<label for="embed-lang">`, `<label for="embed-letter">`, `<label for="embed-controller">`,
		`<label for="embed-accent-on">`, `<label for="embed-org">`, `<label for="embed-sandbox">`,
		`maxlength="80"`, `id="embed-snippet"`, `&lt;iframe id=&#34;objector&#34;`, `id="embed-copy"`,
	} {
		if !strings.Contains(html, w) {
			t.Errorf("lacks %q:\n%s", w, html)
		}
	}
	if strings.Contains(html, locales.MissingOpen) {
		t.Errorf("missing message:\n%s", html)
	}
	if strings.Contains(html, "<iframe") {
		t.Error("the preview is prerendered, with an address that is not the app's")
	}
}

// TestEmbedPageSnippet: the snippet follows the settings; the frame's title
// is in the app's language where it has one.
func TestEmbedPageSnippet(t *testing.T) {
	b := loadBundle(t)
	p := &EmbedPage{bundle: b, loc: b.Localizer("en"), origin: "https://objector.example"}
	p.opts = embed.Options{Lang: "de", Letter: "objection", Controller: "meta", Org: "noyb"}
	p.accent, p.accentOn = "#0a7d3b", true
	p.setAccent()
	got := p.snippet()
	for _, w := range []string{
		`src="https://objector.example/?embed=1&amp;lang=de&amp;letter=objection&amp;controller=meta&amp;accent=0a7d3b&amp;org=noyb"`,
		`title="Objector: Widerspruch gegen KI-Training mit Ihren Daten"`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("snippet lacks %q:\n%s", w, got)
		}
	}
	p.accentOn = false
	p.setAccent()
	if strings.Contains(p.snippet(), "accent=") {
		t.Error("accent still set after switching it off")
	}
}

// TestEmbedMessagesComplete: English and German have every embed message,
// and the page falls back to English where a language lacks them.
func TestEmbedMessagesComplete(t *testing.T) {
	b := loadBundle(t)
	for _, lang := range []string{"en", "de"} {
		if !hasEmbedMessages(b, lang) {
			t.Errorf("%s lacks the embed messages", lang)
		}
	}
	if hasEmbedMessages(b, "xx") {
		t.Error("an unknown language has embed messages")
	}
}
