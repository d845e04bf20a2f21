package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/locales"
)

// messages loads the messages. In the browser, app.wasm carries English
// only (the language of the prerendered page); the other languages are
// named by the index the host put into the page (locales.IndexEnv) and
// fetched, same-origin and precached for offline use, when they are chosen.
func messages() (*locales.Bundle, error) {
	b, err := locales.Load()
	if err != nil {
		return nil, err
	}
	if app.IsClient {
		if err := b.AddRemote(app.Getenv(locales.IndexEnv)); err != nil {
			app.Log(err)
		}
	}
	return b, nil
}

// withLanguages runs then on the UI goroutine once the languages' messages
// are at hand, fetching those that are not first. A language that cannot
// be fetched (offline before the worker cached it) stays unloaded, and the
// interface keeps to one it has (see Shell.setLang).
func withLanguages(ctx app.Context, b *locales.Bundle, langs []string, then func(app.Context)) {
	var missing []string
	for _, l := range langs {
		if l != "" && b.Has(l) && !b.Loaded(l) {
			missing = append(missing, l)
		}
	}
	if len(missing) == 0 {
		then(ctx)
		return
	}
	urls := make(map[string]string, len(missing))
	for _, l := range missing {
		urls[l] = ctx.ResolveStaticResource(locales.CompactPath(l))
	}
	ctx.Async(func() {
		for _, l := range missing {
			if err := b.Fetch(l, func(string) ([]byte, error) { return fetchBytes(urls[l]) }); err != nil {
				app.Log("language:", err)
			}
		}
		ctx.Dispatch(then)
	})
}
