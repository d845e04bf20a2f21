// Package site is Objector's host side: the go-app Handler that describes
// the progressive web app (manifest, icons, service worker, version), serving
// it, and writing the static site. It is never compiled into the wasm.
package site

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/site/internal/icons"
	"github.com/objector-eu/objector/locales"
)

// workerJS is the service worker template (see app-worker.js for why it is
// not go-app's default).
//
//go:embed app-worker.js
var workerJS string

// Paths of the local icons under /web, drawn by package icons.
const (
	IconDefault  = "/web/icons/icon-192.png"
	IconLarge    = "/web/icons/icon-512.png"
	IconMaskable = "/web/icons/icon-maskable-512.png"
	IconSVG      = "/web/icons/icon.svg"
)

// Stylesheet is the app's stylesheet under /web.
const Stylesheet = "/web/objector.css"

// StorageShim replaces Web Storage where the browser refuses it (a
// sandboxed iframe), before go-app starts; see web/storage-shim.js.
const StorageShim = "/web/storage-shim.js"

// shimHead loads StorageShim. Deferred, so it holds up neither the parser
// nor the first paint; deferred scripts run in document order, and
// headFirst puts it before go-app's wasm_exec.js and app.js, so it still
// runs before app.js and the wasm touch storage.
const shimHead = `<script defer src="` + StorageShim + `"></script>`

// BackgroundColor is the splash screen colour of the installed app.
const BackgroundColor = "#ffffff"

// ErrNoWasm reports a web directory without app.wasm: the wasm is built
// separately (make wasm) and must exist before the app can be served.
var ErrNoWasm = errors.New("web/app.wasm is missing: build it first (make wasm, or make run / make dist)")

// Handler returns the go-app handler that describes the app, for the static
// assets in web (the directory served under /web, with app.wasm built).
// Its Version is a content hash of those assets and of the handler's own
// settings, so installed apps update exactly when something changed.
func Handler(web fs.FS) (*app.Handler, error) {
	b, err := locales.Load()
	if err != nil {
		return nil, err
	}
	en := b.Localizer(locales.Source)
	wasm, err := fs.Stat(web, "app.wasm")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNoWasm
		}
		return nil, err
	}
	assets, err := Assets(web)
	if err != nil {
		return nil, err
	}
	cacheable := make([]string, len(assets))
	for i, a := range assets {
		cacheable[i] = "/web/" + a
	}
	langs, err := browserLanguages()
	if err != nil {
		return nil, err
	}
	// Every language, so the app can switch languages offline.
	cacheable = append(cacheable, langs.paths()...)
	h := &app.Handler{
		Name:            en.T("App.Name"),
		ShortName:       en.T("App.Name"),
		Title:           en.T("PWA.Page.Title"),
		Description:     en.T("PWA.Manifest.Description"),
		Lang:            locales.Source,
		ThemeColor:      icons.ThemeColor,
		BackgroundColor: BackgroundColor,
		LoadingLabel:    en.T("PWA.Loading"),
		Icon: app.Icon{
			Default:  IconDefault,
			Large:    IconLarge,
			Maskable: IconMaskable,
			SVG:      IconSVG,
		},
		// One stylesheet: each is a request the first paint waits for. Its
		// end turns go-app's full-window loader into a slim bar, so the
		// prerendered first step shows while app.wasm loads.
		Styles: []string{Stylesheet},
		// The policy also as a <meta> element, for hosts that send no
		// headers, then the boot script and the storage fallback; fixPage
		// moves them to the top of <head> (headFirst).
		RawHeaders: headStart(),
		// Everything under /web, fonts included, so a PDF can be made offline.
		CacheableResources:    cacheable,
		ServiceWorkerTemplate: workerJS,
		// The uncompressed size: hosts send app.wasm compressed, and the
		// loader's progress would otherwise read NaN or over 100%.
		WasmContentLength: strconv.FormatInt(wasm.Size(), 10),
		// The languages the app can fetch (languages.go), and what the
		// page says if app.wasm fails to load or Go stops (loader.go).
		Env: langs.handlerEnv(),
	}
	for _, p := range []string{IconDefault, IconLarge, IconMaskable, IconSVG, Stylesheet, StorageShim, BootScript} {
		if _, err := fs.Stat(web, p[len("/web/"):]); err != nil {
			// A missing precached file would make the worker's install fail,
			// and with it every offline visit.
			return nil, fmt.Errorf("site: %s: %w", p, err)
		}
	}
	h.Version, err = version(web, assets, append(settings(h), langs.digest))
	if err != nil {
		return nil, err
	}
	return h, nil
}

// settings lists every handler field that shapes the generated files, so a
// change to any of them is a new version too.
func settings(h *app.Handler) []string {
	s := []string{
		h.Name, h.ShortName, h.Title, h.Description, h.Lang, h.ThemeColor,
		h.BackgroundColor, h.LoadingLabel, h.Icon.Default, h.Icon.Large,
		h.Icon.Maskable, h.Icon.SVG, h.WasmContentLength, h.ServiceWorkerTemplate,
	}
	s = append(s, h.Styles...)
	s = append(s, h.Scripts...)
	s = append(s, h.RawHeaders...)
	s = append(s, h.CacheableResources...)
	s = append(s, loaderSettings()...)
	return s
}
