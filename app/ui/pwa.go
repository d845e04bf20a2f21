package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/locales"
)

// PWA offers to install the app (a button where the browser can prompt,
// "Share → Add to Home Screen" instructions on Apple browsers, which cannot)
// and, once a new version has been downloaded, a banner to reload into it.
// Inside an iframe it offers nothing: browsers only install top-level pages.
type PWA struct {
	app.Compo

	// Loc renders the messages (pwa.<lang>.json).
	Loc *locales.Localizer
	// OnReload, when set, runs just before the update reload, so that what
	// the person typed can be kept (for example in sessionStorage).
	OnReload func(ctx app.Context)

	mounted     bool
	embedded    bool
	installable bool
	apple       bool
	mac         bool
	updatable   bool
	dismissed   bool
}

// installMode is how the app can be installed here.
type installMode int

const (
	installNone   installMode = iota
	installPrompt             // Chromium: the browser's own install dialog
	installPhone              // iPhone, iPad: Share → Add to Home Screen
	installMac                // Safari on a Mac: File → Add to Dock
)

// OnMount reads what the browser offers; none of it exists while
// prerendering.
func (p *PWA) OnMount(ctx app.Context) {
	p.mounted = true
	p.embedded = inIframe()
	p.apple = ctx.IsAppleBrowser()
	p.mac = p.apple && isMac()
	p.installable = ctx.IsAppInstallable()
	if ctx.AppUpdateAvailable() {
		p.checkUpdate(ctx)
	}
}

// OnAppInstallChange follows the browser: the prompt became available, or
// the app was installed.
func (p *PWA) OnAppInstallChange(ctx app.Context) {
	p.installable = ctx.IsAppInstallable()
}

// OnAppUpdate shows the banner once a new version is active.
func (p *PWA) OnAppUpdate(ctx app.Context) {
	p.checkUpdate(ctx)
}

// workerCachePrefix names the service worker's caches: the cache of a
// version is workerCachePrefix + version (see app/site/app-worker.js).
const workerCachePrefix = "objector-"

// checkUpdate shows the banner only when the active worker is another
// version than the running page. go-app also reports the first install as
// an update (the worker claims the page before it is "activated"), and a
// page just loaded from the network is already the newest; in both cases
// the running version's cache is there. An activated update has deleted it.
func (p *PWA) checkUpdate(ctx app.Context) {
	show := func(ctx app.Context) {
		p.updatable = true
		p.dismissed = false
	}
	version := app.Getenv("GOAPP_VERSION")
	caches, err := jsGet(app.Window(), "caches")
	if err != nil || caches == nil || !caches.Truthy() || version == "" {
		show(ctx) // cannot tell: offer the reload
		return
	}
	has, err := jsCall(caches, "has", workerCachePrefix+version)
	if err != nil || has == nil || !has.Truthy() {
		show(ctx)
		return
	}
	has.Then(func(v app.Value) {
		if v == nil || !v.Bool() {
			ctx.Dispatch(show)
		}
	})
}

// Render draws the install offer and the update banner. The banner's live
// region is always there, so a screen reader announces it when it fills.
func (p *PWA) Render() app.UI {
	if p.Loc == nil || p.embedded {
		return app.Div().Class("pwa")
	}
	return app.Div().Class("pwa").Body(
		p.renderInstall(),
		p.renderUpdate(),
	)
}

func (p *PWA) mode() installMode {
	switch {
	case !p.mounted || p.embedded || !p.installable:
		return installNone
	case p.mac:
		return installMac
	case p.apple:
		return installPhone
	}
	return installPrompt
}

func (p *PWA) renderInstall() app.UI {
	t := p.Loc.T
	switch p.mode() {
	case installPrompt:
		return app.Button().Type("button").ID("pwa-install").Class("btn", "pwa-install").
			Title(t("PWA.Install.Help")).Text(t("PWA.Install.Button")).OnClick(p.onInstall)
	case installPhone, installMac:
		hint := t("PWA.Install.ApplePhone")
		if p.mode() == installMac {
			hint = t("PWA.Install.AppleMac")
		}
		return app.Details().ID("pwa-install").Class("pwa-install").Body(
			app.Summary().Text(t("PWA.Install.Button")),
			app.P().Class("pwa-hint").Text(hint),
		)
	}
	return nil
}

func (p *PWA) renderUpdate() app.UI {
	t := p.Loc.T
	show := p.mounted && p.updatable && !p.dismissed
	return app.Div().ID("pwa-update").Class("pwa-update").Role("status").Aria("live", "polite").Body(
		app.If(show, func() app.UI {
			return app.Div().Class("pwa-update-inner").Body(
				app.P().Text(t("PWA.Update.Ready")),
				app.Button().Type("button").ID("pwa-reload").Class("btn", "btn-primary").
					Text(t("PWA.Update.Reload")).OnClick(p.onReload),
				app.Button().Type("button").ID("pwa-later").Class("btn", "btn-secondary").
					Text(t("PWA.Update.Later")).OnClick(p.onLater),
			)
		}),
	)
}

func (p *PWA) onInstall(ctx app.Context, e app.Event) {
	ctx.ShowAppInstallPrompt()
	// The browser's prompt can be used once; it may offer a new one later
	// (OnAppInstallChange).
	p.installable = false
}

func (p *PWA) onReload(ctx app.Context, e app.Event) {
	if p.OnReload != nil {
		p.OnReload(ctx)
	}
	ctx.Reload()
}

func (p *PWA) onLater(ctx app.Context, e app.Event) {
	p.dismissed = true
}

// inIframe reports whether the app runs inside a frame of another page.
// window.top never throws, even cross-origin, but it is read through
// Reflect.get anyway (see jsGet): a throwing getter would kill the app.
func inIframe() bool {
	if app.IsServer {
		return false
	}
	w := app.Window()
	self, err1 := jsGet(w, "self")
	top, err2 := jsGet(w, "top")
	if err1 != nil || err2 != nil || self == nil || top == nil {
		return true
	}
	return !self.Equal(top)
}

// isMac tells Safari on a Mac from an iPad that reports itself as one: only
// the iPad has a touch screen.
func isMac() bool {
	nav := app.Window().Get("navigator")
	return strings.Contains(nav.Get("userAgent").String(), "Macintosh") && nav.Get("maxTouchPoints").Int() <= 1
}
