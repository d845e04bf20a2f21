package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/locales"
)

func TestPWA(t *testing.T) {
	b, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		lang    string
		c       PWA
		want    []string
		wantNot []string
	}{
		{
			name:    "prerendered: nothing but the live region",
			lang:    "en",
			c:       PWA{installable: true, updatable: true},
			want:    []string{`id="pwa-update"`, `aria-live="polite"`},
			wantNot: []string{"pwa-install", "pwa-reload"},
		},
		{
			name:    "Chromium offers its prompt",
			lang:    "en",
			c:       PWA{mounted: true, installable: true},
			want:    []string{`<button`, `id="pwa-install"`, "Install app", `title="Add Objector`},
			wantNot: []string{"<details", "pwa-reload"},
		},
		{
			name:    "not installable: no offer",
			lang:    "en",
			c:       PWA{mounted: true},
			wantNot: []string{"pwa-install"},
		},
		{
			name:    "iPhone gets instructions",
			lang:    "de",
			c:       PWA{mounted: true, installable: true, apple: true},
			want:    []string{"<details", "<summary>App installieren</summary>", "Zum Home-Bildschirm"},
			wantNot: []string{"<button"},
		},
		{
			name: "Mac Safari gets its menu",
			lang: "en",
			c:    PWA{mounted: true, installable: true, apple: true, mac: true},
			want: []string{"<details", "Add to Dock"},
		},
		{
			name:    "inside an iframe: nothing",
			lang:    "en",
			c:       PWA{mounted: true, embedded: true, installable: true, updatable: true},
			wantNot: []string{"pwa-install", "pwa-update"},
		},
		{
			name:    "update banner",
			lang:    "de",
			c:       PWA{mounted: true, updatable: true},
			want:    []string{"Eine neue Version", `id="pwa-reload"`, "Jetzt neu laden", `id="pwa-later"`},
			wantNot: []string{"pwa-install"},
		},
		{
			name:    "update banner dismissed",
			lang:    "en",
			c:       PWA{mounted: true, updatable: true, dismissed: true},
			want:    []string{`id="pwa-update"`},
			wantNot: []string{"pwa-reload"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.Loc = b.Localizer(tt.lang)
			e := app.NewTestEngine()
			if err := e.Load(&c); err != nil {
				t.Fatal(err)
			}
			e.ConsumeAll()
			html := app.HTMLString(&c)
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
