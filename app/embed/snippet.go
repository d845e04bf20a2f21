package embed

import (
	"encoding/json"
	"html"
	"net/url"
	"strconv"
	"strings"
)

// Options are what an organisation picks on the embed page. Empty values
// leave the choice to the visitor (or, for Lang, to their browser).
type Options struct {
	Lang, Letter, Controller string
	// Accent is the colour of buttons and links; nil keeps the app's own.
	Accent *Color
	// Org is the organisation's name for the "Provided by" line.
	Org string
	// Sandbox puts the iframe in a sandbox without allow-same-origin.
	Sandbox bool
}

// Sandbox is the sandbox attribute of a sandboxed snippet: scripts (the
// app is WebAssembly), forms, popups for the company's web forms and the
// full app (allowed to escape the sandbox, so they work normally), downloads
// of the letters, and modals for the print dialog. Never allow-same-origin.
const Sandbox = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals"

// FrameID is the id of the snippet's iframe, which its script looks up.
const FrameID = "objector"

// DefaultHeight is the frame's height in CSS pixels until the app reports
// its own.
const DefaultHeight = 720

// MaxHeight bounds the height the snippet's script applies, so a broken
// frame cannot make the host page endless.
const MaxHeight = 20000

// Query is the iframe's query string, embed=1 first and the rest in a
// fixed order; values are percent-encoded and the colour goes without its
// "#".
func (o Options) Query() string {
	q := []string{ParamEmbed + "=1"}
	add := func(k, v string) {
		if v != "" {
			q = append(q, k+"="+url.QueryEscape(v))
		}
	}
	add("lang", o.Lang)
	add("letter", o.Letter)
	add("controller", o.Controller)
	if o.Accent != nil {
		add(ParamAccent, strings.TrimPrefix(o.Accent.Hex(), "#"))
	}
	add(ParamOrg, CleanOrg(o.Org))
	return strings.Join(q, "&")
}

// URL is the iframe's address for the app at origin (scheme, host and
// port, e.g. "https://objector.example").
func (o Options) URL(origin string) string {
	return strings.TrimRight(origin, "/") + "/?" + o.Query()
}

// Snippet returns the HTML an organisation pastes into its page: the
// iframe, and a script that sets the frame's height from the app's resize
// messages. The script trusts a message only when it comes from the frame
// itself (event.source) and from the app's origin, or from "null", the
// origin a sandboxed frame has; it applies a number and nothing else. title
// is the frame's accessible name.
func Snippet(o Options, origin, title string) string {
	origin = strings.TrimRight(origin, "/")
	var b strings.Builder
	b.WriteString(`<iframe id="` + FrameID + `" src="` + html.EscapeString(o.URL(origin)) + `"`)
	b.WriteString(` title="` + html.EscapeString(title) + `"`)
	if o.Sandbox {
		b.WriteString(` sandbox="` + Sandbox + `"`)
	}
	b.WriteString(` allow="clipboard-write" referrerpolicy="no-referrer"`)
	b.WriteString(` width="100%" height="` + strconv.Itoa(DefaultHeight) + `" style="border:0;display:block"></iframe>` + "\n")
	from := origin
	if o.Sandbox {
		from = "null"
	}
	b.WriteString("<script>\n")
	b.WriteString("addEventListener(\"message\", function (e) {\n")
	b.WriteString("  var f = document.getElementById(\"" + FrameID + "\"), d = e.data;\n")
	b.WriteString("  if (!f || e.source !== f.contentWindow || e.origin !== " + jsString(from) + ") return;\n")
	b.WriteString("  if (d && d.type === \"" + ResizeMessage + "\" && typeof d.height === \"number\" && d.height > 0) {\n")
	b.WriteString("    f.style.height = Math.min(Math.ceil(d.height), " + strconv.Itoa(MaxHeight) + ") + \"px\";\n")
	b.WriteString("  }\n")
	b.WriteString("});\n")
	b.WriteString("</script>\n")
	return b.String()
}

// jsString quotes s for a script: JSON escapes <, > and & too, so nothing
// can close the <script> element.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always encodes
	return string(b)
}
