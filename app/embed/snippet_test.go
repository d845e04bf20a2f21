package embed

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuery(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"nothing chosen", Options{}, "embed=1"},
		{"advocacy", Options{Lang: "de", Letter: "objection", Controller: "meta"}, "embed=1&lang=de&letter=objection&controller=meta"},
		{"accent and org", Options{Accent: &Color{0x0a, 0x7d, 0x3b}, Org: "Verbraucher & Co. <e.V.>"},
			"embed=1&accent=0a7d3b&org=Verbraucher+%26+Co.+%3Ce.V.%3E"},
		{"org is cleaned", Options{Org: " a\u202e\nb "}, "embed=1&org=a+b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.o.Query()
			if got != tt.want {
				t.Errorf("Query = %q, want %q", got, tt.want)
			}
			// What the app reads back is what was chosen.
			q, err := url.ParseQuery(got)
			if err != nil {
				t.Fatal(err)
			}
			p := Parse(q, langs, controllers)
			if !p.Embed || p.Org != CleanOrg(tt.o.Org) || (p.Accent != nil) != (tt.o.Accent != nil) {
				t.Errorf("Parse(Query) = %+v", p)
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	o := Options{Lang: "de", Letter: "objection", Controller: "meta"}
	got := Snippet(o, "https://objector.example/", "Objector")
	want := `<iframe id="objector" src="https://objector.example/?embed=1&amp;lang=de&amp;letter=objection&amp;controller=meta" title="Objector" allow="clipboard-write" referrerpolicy="no-referrer" width="100%" height="720" style="border:0;display:block"></iframe>
<script>
addEventListener("message", function (e) {
  var f = document.getElementById("objector"), d = e.data;
  if (!f || e.source !== f.contentWindow || e.origin !== "https://objector.example") return;
  if (d && d.type === "objector:resize" && typeof d.height === "number" && d.height > 0) {
    f.style.height = Math.min(Math.ceil(d.height), 20000) + "px";
  }
});
</script>
`
	if got != want {
		t.Errorf("Snippet:\n%s\nwant:\n%s", got, want)
	}
}

func TestSnippetSandboxed(t *testing.T) {
	got := Snippet(Options{Sandbox: true}, "https://objector.example", "Objector")
	for _, w := range []string{
		` sandbox="allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals"`,
		`e.origin !== "null"`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("sandboxed snippet lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "allow-same-origin") {
		t.Error("a sandboxed snippet must never allow-same-origin")
	}
}

// TestSnippetHostile: nothing an organisation types (or a forged origin)
// breaks out of the attribute or the script.
func TestSnippetHostile(t *testing.T) {
	o := Options{Org: `"><script>alert(1)</script>`, Lang: `"onload="x`}
	got := Snippet(o, `https://x.example"></iframe><script>alert(2)</script>`, `"><img src=x onerror=alert(3)>`)
	for _, bad := range []string{"<script>alert", "<img", `"onload="`, `"></iframe><script`} {
		if strings.Contains(got, bad) {
			t.Errorf("snippet contains %q:\n%s", bad, got)
		}
	}
	if n := strings.Count(got, "<script>"); n != 1 {
		t.Errorf("%d <script> elements", n)
	}
	if n := strings.Count(got, "</script>"); n != 1 {
		t.Errorf("%d </script> tags", n)
	}
	if n := strings.Count(got, "<iframe"); n != 1 {
		t.Errorf("%d <iframe> elements", n)
	}
}

// TestREADMESnippet keeps the README's example snippet what the embed page
// gives for it.
func TestREADMESnippet(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := Snippet(Options{Lang: "de", Letter: "objection", Controller: "meta"},
		"https://objector.example.org", "Objector: Widerspruch gegen KI-Training mit Ihren Daten")
	if !strings.Contains(string(data), "```html\n"+want+"```") {
		t.Errorf("README's snippet differs from\n%s", want)
	}
	for _, p := range []string{"lang", "letter", "controller", ParamAccent, ParamEmbed, ParamOrg} {
		if !strings.Contains(string(data), "| `"+p+"` |") {
			t.Errorf("README does not document the parameter %s", p)
		}
	}
}
