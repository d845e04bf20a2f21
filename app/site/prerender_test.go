package site

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

func TestFixPrerendered(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"false option", `<option value="sv" selected="false">`, `<option value="sv">`},
		{"true option kept", `<option value="en" selected>`, `<option value="en" selected>`},
		{"false radio", `<input type="radio" checked="false" name="task">`, `<input type="radio" name="task">`},
		{"false disabled", `<button disabled="false" id="pdf">`, `<button id="pdf">`},
		{"aria false kept", `<input aria-invalid="false" aria-required="true">`, `<input aria-invalid="false" aria-required="true">`},
		{"text kept", `<p>checked="false" is what go-app writes</p>`, `<p>checked="false" is what go-app writes</p>`},
		{"value kept", `<input value="false">`, `<input value="false">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(FixPrerendered([]byte(tt.in))); got != tt.want {
				t.Errorf("FixPrerendered(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestDropAppCSS(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"go-app's order", "<title>x</title>\n    <link href=\"/app.css\" type=\"text/css\" rel=\"stylesheet\">\n    <link href=\"/web/objector.css\" rel=\"stylesheet\">",
			"<title>x</title>\n    <link href=\"/web/objector.css\" rel=\"stylesheet\">"},
		{"another order", `<link rel="stylesheet" type="text/css" href="/app.css"><link rel="manifest" href="/m">`, `<link rel="manifest" href="/m">`},
		{"none", `<link href="/web/objector.css" rel="stylesheet">`, `<link href="/web/objector.css" rel="stylesheet">`},
		{"not go-app's", `<link href="/web/app.css" rel="stylesheet">`, `<link href="/web/app.css" rel="stylesheet">`},
		// Two links are not go-app's page: left as they are.
		{"two", `<link href="/app.css" rel="stylesheet"><link href="/app.css" rel="stylesheet">`, `<link href="/app.css" rel="stylesheet"><link href="/app.css" rel="stylesheet">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(dropAppCSS([]byte(tt.in))); got != tt.want {
				t.Errorf("dropAppCSS(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestLazyLoaderIcon(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"go-app's", `<img id="app-wasm-loader-icon" class="goapp-logo goapp-spin" alt="wasm loader icon" src="/web/i.png">`,
			`<img id="app-wasm-loader-icon" loading="lazy" class="goapp-logo goapp-spin" alt="" src="/web/i.png">`},
		{"another alt kept", `<img id="app-wasm-loader-icon" alt="Logo">`, `<img id="app-wasm-loader-icon" loading="lazy" alt="Logo">`},
		{"no loader", `<img alt="wasm loader icon">`, `<img alt="wasm loader icon">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(lazyLoaderIcon([]byte(tt.in))); got != tt.want {
				t.Errorf("lazyLoaderIcon(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestFixGeneratedResponses(t *testing.T) {
	page := `<select><option selected>en</option><option selected="false">sv</option></select>`
	h := fixGeneratedResponses(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Length", "84")
			w.Write([]byte(page))
		case "/web/other.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte(`x = 'selected="false"'`))
		default:
			http.NotFound(w, r)
		}
	}))
	tests := []struct {
		path, want string
		status     int
	}{
		{"/", `<select><option selected>en</option><option>sv</option></select>`, 200},
		{"/web/other.js", `x = 'selected="false"'`, 200},
		// FixAppJS refuses an app.js that is not go-app's.
		{"/app.js", "", 500},
		{"/nope", "404 page not found\n", 404},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if tt.status == 500 {
				if rec.Code != 500 || !strings.Contains(rec.Body.String(), "loader edits") {
					t.Errorf("%d %q, want a 500 naming the loader edits", rec.Code, rec.Body.String())
				}
				return
			}
			if rec.Code != tt.status || rec.Body.String() != tt.want {
				t.Errorf("%d %q, want %d %q", rec.Code, rec.Body.String(), tt.status, tt.want)
			}
			if cl := rec.Header().Get("Content-Length"); cl != "" && cl != strconv.Itoa(len(tt.want)) {
				t.Errorf("Content-Length %s for %d bytes", cl, len(tt.want))
			}
		})
	}
}
