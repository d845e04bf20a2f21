package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/embed"
	"github.com/objector-eu/objector/app/wizard"
	"github.com/objector-eu/objector/locales"
)

// EmbedPath is the page where organisations configure the embedded app.
const EmbedPath = "/embed"

// defaultAccent is the colour picker's start: Objector's own primary.
const defaultAccent = "#2f3fb3"

// EmbedPage is where an organisation picks what the embedded app opens
// with (language, letter, company, colour, its name), sees it live in a
// frame, and copies the snippet for its own page (embed.Snippet). The page
// speaks the languages that have its messages (embed.<lang>.json), English
// otherwise.
type EmbedPage struct {
	app.Compo

	bundle *locales.Bundle
	loc    *locales.Localizer
	opts   embed.Options
	// accentOn and accent are the colour switch and the picker's value;
	// opts.Accent is set from them.
	accentOn bool
	accent   string
	// origin is where this app is served, which the snippet points to;
	// known once mounted.
	origin  string
	mounted bool
	status  string
	// onMessage sizes the preview from the app's resize messages.
	onMessage app.Func
}

// OnInit loads the messages; the browser picks the language in OnMount.
func (p *EmbedPage) OnInit() {
	b, err := messages()
	if err != nil {
		app.Log("locales:", err)
		return
	}
	p.bundle = b
	p.loc = b.Localizer(locales.Source)
	p.accent = defaultAccent
	p.origin = "https://objector.example"
}

// OnMount picks the page's language (?lang=, then the browser's), learns
// the origin for the snippet and listens for the preview's height.
func (p *EmbedPage) OnMount(ctx app.Context) {
	ready := markReady
	if p.bundle == nil {
		ready(ctx)
		return
	}
	u := ctx.Page().URL()
	p.origin = u.Scheme + "://" + u.Host
	p.mounted = true
	// The page offers every language and names the frame in the chosen
	// one, so it fetches them all (the wizard fetches only its own).
	withLanguages(ctx, p.bundle, p.bundle.Languages(), func(ctx app.Context) {
		lang := u.Query().Get("lang")
		if !p.bundle.Has(lang) {
			lang = p.bundle.Match(navigatorLanguages()...)
		}
		if !hasEmbedMessages(p.bundle, lang) {
			lang = locales.Source
		}
		p.loc = p.bundle.Localizer(lang)
		ctx.Page().SetLang(lang)
		ctx.Page().SetTitle(p.loc.T("Embed.Page.Title"))
		p.listen()
		ready(ctx)
	})
}

// OnDismount stops listening when the person goes back to the app.
func (p *EmbedPage) OnDismount() {
	if p.onMessage != nil {
		jsCall(app.Window(), "removeEventListener", "message", p.onMessage)
		p.onMessage.Release()
		p.onMessage = nil
	}
}

func hasEmbedMessages(b *locales.Bundle, lang string) bool {
	return b.Has(lang) && !strings.HasPrefix(b.Localizer(lang).T("Embed.Page.Title"), locales.MissingOpen)
}

// Render draws the settings, the preview and the snippet.
func (p *EmbedPage) Render() app.UI {
	if p.loc == nil {
		return app.Main().Text("…")
	}
	t := p.loc.T
	return app.Div().Class("shell", "embed-page").Body(
		app.Header().Class("top").Body(
			app.Div().Class("top-inner").Body(
				app.Span().Class("brand").Body(
					app.Span().Class("brand-mark").Aria("hidden", "true").Text("§"),
					app.Text(t("App.Name")),
				),
				app.A().ID("embed-back").Href("/").Text(t("Embed.Page.Back")),
			),
		),
		app.Main().ID("main").Class("main", "embed-main").Body(
			app.H1().ID("embed-title").Text(t("Embed.Page.Title")),
			app.P().Class("lead").Text(t("Embed.Page.Lead")),
			app.Div().Class("embed-layout").Body(
				p.renderSettings(),
				p.renderPreview(),
			),
			p.renderCode(),
		),
	)
}

func (p *EmbedPage) renderSettings() app.UI {
	t := p.loc.T
	langs := []app.UI{app.Option().Value("").Selected(p.opts.Lang == "").Text(t("Embed.Page.Lang.Any"))}
	for _, o := range languageOptions(&State{Bundle: p.bundle}) {
		langs = append(langs, app.Option().Value(o.Value).Lang(o.Lang).Selected(o.Value == p.opts.Lang).Text(o.Label))
	}
	letters := []app.UI{app.Option().Value("").Selected(p.opts.Letter == "").Text(t("Embed.Page.Letter.Any"))}
	for _, l := range []struct {
		task wizard.Task
		id   string
	}{
		{wizard.TaskObjection, "Embed.Page.Letter.Objection"},
		{wizard.TaskDamages, "Embed.Page.Letter.Damages"},
		{wizard.TaskBoth, "Embed.Page.Letter.Both"},
	} {
		letters = append(letters, app.Option().Value(string(l.task)).Selected(string(l.task) == p.opts.Letter).Text(t(l.id)))
	}
	companies := []app.UI{app.Option().Value("").Selected(p.opts.Controller == "").Text(t("Embed.Page.Letter.Any"))}
	for _, c := range catalog.All() {
		companies = append(companies, app.Option().Value(c.ID).Selected(c.ID == p.opts.Controller).Text(c.Name))
	}
	return app.Section().Class("embed-settings").Aria("labelledby", "embed-settings-title").Body(
		app.H2().ID("embed-settings-title").Text(t("Embed.Page.Options")),
		app.Div().Class("field").Body(
			app.Label().For("embed-lang").Text(t("Embed.Page.Lang.Label")),
			app.Select().ID("embed-lang").Body(langs...).OnChange(p.onSelect(&p.opts.Lang), app.EventScope("lang")),
		),
		app.Div().Class("field").Body(
			app.Label().For("embed-letter").Text(t("Embed.Page.Letter.Label")),
			app.Select().ID("embed-letter").Body(letters...).OnChange(p.onSelect(&p.opts.Letter), app.EventScope("letter")),
		),
		app.Div().Class("field").Body(
			app.Label().For("embed-controller").Text(t("Embed.Page.Company.Label")),
			app.Select().ID("embed-controller").Body(companies...).OnChange(p.onSelect(&p.opts.Controller), app.EventScope("controller")),
		),
		app.Div().Class("field").Body(
			app.Div().Class("check-line").Body(
				app.Input().Type("checkbox").ID("embed-accent-on").Checked(p.accentOn).OnChange(p.onAccentOn),
				app.Label().For("embed-accent-on").Text(t("Embed.Page.Accent.Use")),
			),
			app.If(p.accentOn, func() app.UI {
				return app.Div().Class("color-line").Body(
					app.Label().For("embed-accent").Text(t("Embed.Page.Accent.Label")),
					app.Input().Type("color").ID("embed-accent").Value(p.accent).
						Aria("describedby", "embed-accent-hint").OnChange(p.onAccent),
					app.P().ID("embed-accent-hint").Class("hint").Text(t("Embed.Page.Accent.Hint")),
				)
			}),
		),
		app.Div().Class("field").Body(
			app.Label().For("embed-org").Text(t("Embed.Page.Org.Label")),
			app.Input().Type("text").ID("embed-org").Value(p.opts.Org).MaxLength(embed.MaxOrg).
				Attr("autocomplete", "organization").Aria("describedby", "embed-org-hint").OnChange(p.onOrg),
			app.P().ID("embed-org-hint").Class("hint").
				Text(p.loc.Tf("Embed.Page.Org.Hint", locales.Args{"Max": embed.MaxOrg})),
		),
		app.Div().Class("field").Body(
			app.Div().Class("check-line").Body(
				app.Input().Type("checkbox").ID("embed-sandbox").Checked(p.opts.Sandbox).
					Aria("describedby", "embed-sandbox-hint").OnChange(p.onSandbox),
				app.Label().For("embed-sandbox").Text(t("Embed.Page.Sandbox.Label")),
			),
			app.P().ID("embed-sandbox-hint").Class("hint").Text(t("Embed.Page.Sandbox.Hint")),
		),
	)
}

func (p *EmbedPage) renderPreview() app.UI {
	return app.Section().Class("embed-preview").Aria("labelledby", "embed-preview-title").Body(
		app.H2().ID("embed-preview-title").Text(p.loc.T("Embed.Page.Preview")),
		// Not prerendered: the app's own address is known only in the browser.
		app.If(p.mounted, func() app.UI {
			return &previewFrame{URL: p.opts.URL(p.origin), Title: p.loc.T("Embed.Page.PreviewTitle"), Sandbox: p.opts.Sandbox}
		}),
	)
}

func (p *EmbedPage) renderCode() app.UI {
	t := p.loc.T
	return app.Section().Class("embed-code").Aria("labelledby", "embed-code-title").Body(
		app.H2().ID("embed-code-title").Text(t("Embed.Page.Code")),
		app.P().ID("embed-code-hint").Class("hint").Text(t("Embed.Page.CodeHint")),
		// A <pre> with a text node, not a <textarea>: go-app prerenders a
		// textarea's text as a value attribute, quoted Go-style, which
		// breaks the markup of a snippet full of quotes.
		app.Pre().ID("embed-snippet").Class("snippet").TabIndex(0).
			Aria("labelledby", "embed-code-title").Aria("describedby", "embed-code-hint").
			Body(app.Code().Text(p.snippet())),
		app.Div().Class("embed-actions").Body(
			app.Button().Type("button").ID("embed-copy").Class("btn", "btn-primary").Text(t("Embed.Page.Copy")).OnClick(p.onCopy),
			app.P().ID("embed-status").Class("notice").Role("status").Aria("live", "polite").Text(p.status),
		),
		app.Aside().Class("note").Body(
			app.P().Text(t("Embed.Page.Privacy")),
			app.P().Text(t("Embed.Page.SelfHost")),
		),
	)
}

// snippet is the code for the organisation's page; the frame's title is in
// the app's language where that language has it.
func (p *EmbedPage) snippet() string {
	title := p.loc.T("Embed.Frame.Title")
	if l := p.opts.Lang; l != "" && hasEmbedMessages(p.bundle, l) {
		title = p.bundle.Localizer(l).T("Embed.Frame.Title")
	}
	return embed.Snippet(p.opts, p.origin, title)
}

func (p *EmbedPage) onSelect(dst *string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		*dst = ctx.JSSrc().Get("value").String()
		p.status = ""
	}
}

func (p *EmbedPage) onAccentOn(ctx app.Context, e app.Event) {
	p.accentOn = ctx.JSSrc().Get("checked").Bool()
	p.setAccent()
}

func (p *EmbedPage) onAccent(ctx app.Context, e app.Event) {
	p.accent = ctx.JSSrc().Get("value").String()
	p.setAccent()
}

func (p *EmbedPage) setAccent() {
	p.opts.Accent = nil
	if c, ok := embed.ParseColor(p.accent); ok && p.accentOn {
		p.opts.Accent = &c
	}
	p.status = ""
}

func (p *EmbedPage) onOrg(ctx app.Context, e app.Event) {
	p.opts.Org = embed.CleanOrg(ctx.JSSrc().Get("value").String())
	p.status = ""
}

func (p *EmbedPage) onSandbox(ctx app.Context, e app.Event) {
	p.opts.Sandbox = ctx.JSSrc().Get("checked").Bool()
	p.status = ""
}

func (p *EmbedPage) onCopy(ctx app.Context, e app.Event) {
	text := p.snippet()
	ctx.Async(func() {
		err := copyText(text)
		ctx.Dispatch(func(ctx app.Context) {
			p.status = p.loc.T("Embed.Page.Copied")
			if err != nil {
				p.status = p.loc.T("Embed.Page.CopyFailed")
			}
		})
	})
}

// listen applies the preview's resize messages to its frame, as the
// snippet's script does on an organisation's page: only from the frame
// itself, only this origin (or "null" when sandboxed), only a number.
func (p *EmbedPage) listen() {
	p.onMessage = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		ev := args[0]
		frame := app.Window().GetElementByID(previewID)
		if !frame.Truthy() {
			return nil
		}
		win, err := jsGet(frame, "contentWindow")
		if err != nil || win == nil || !ev.Get("source").Equal(win) {
			return nil
		}
		if o := ev.Get("origin").String(); o != p.origin && o != "null" {
			return nil
		}
		d := ev.Get("data")
		if !d.Truthy() || d.Get("type").String() != embed.ResizeMessage || d.Get("height").Type() != app.TypeNumber {
			return nil
		}
		h := min(int(d.Get("height").Float()), embed.MaxHeight)
		if h > 0 {
			frame.Get("style").Set("height", strconv.Itoa(h)+"px")
		}
		return nil
	})
	jsCall(app.Window(), "addEventListener", "message", p.onMessage)
}

// previewID is the preview frame's id.
const previewID = "embed-preview-frame"

// previewFrame is the live preview. A new address makes a new frame
// (CompoID) rather than a new src: changing an iframe's src adds an entry
// to the page's history, and Back would step through old previews.
type previewFrame struct {
	app.Compo

	URL     string
	Title   string
	Sandbox bool
}

// CompoID makes each address its own frame.
func (f *previewFrame) CompoID() string {
	return f.URL + "|" + strconv.FormatBool(f.Sandbox)
}

// Render draws the frame; a sandboxed one gets the snippet's sandbox.
func (f *previewFrame) Render() app.UI {
	frame := app.IFrame().ID(previewID).Class("embed-frame").Src(f.URL).Title(f.Title).
		Attr("referrerpolicy", "no-referrer")
	if f.Sandbox {
		frame = frame.Sandbox(embed.Sandbox)
	}
	return frame
}
