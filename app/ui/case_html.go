package ui

import (
	"html"
	"strings"

	"github.com/objector-eu/objector/locales"
)

// caseView is what a case card's summary shows, in the interface language.
type caseView struct {
	ID, State, Company, Kind, Status string
	// Facts are label and value pairs; an empty value is left out.
	Facts   [][2]string
	Actions []caseAction
}

// caseAction is a button of a case card: its id part, the data-action
// CaseCard.onAction reads, its style class and its text.
type caseAction struct{ ID, Action, Class, Text string }

// htmlWriter writes HTML for app.Raw: every text and attribute value is
// escaped; tags and attribute names are the code's own constants.
type htmlWriter struct{ strings.Builder }

// open writes a start tag with attribute name/value pairs.
func (w *htmlWriter) open(tag string, attrs ...string) {
	w.WriteByte('<')
	w.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.WriteByte(' ')
		w.WriteString(attrs[i])
		w.WriteString(`="`)
		w.text(attrs[i+1])
		w.WriteByte('"')
	}
	w.WriteByte('>')
}

// text writes s escaped, as html.EscapeString would, without a copy when
// there is nothing to escape.
func (w *htmlWriter) text(s string) {
	if strings.ContainsAny(s, `<>&'"`) {
		s = html.EscapeString(s)
	}
	w.WriteString(s)
}

func (w *htmlWriter) close(tag string) {
	w.WriteString("</")
	w.WriteString(tag)
	w.WriteByte('>')
}
func (w *htmlWriter) elem(tag, text string, attrs ...string) {
	w.open(tag, attrs...)
	w.text(text)
	w.close(tag)
}

// button writes a button of a case card.
func (w *htmlWriter) button(caseID string, a caseAction) {
	w.elem("button", a.Text, "type", "button", "id", a.ID+"-"+caseID, "class", "btn "+a.Class, "data-action", a.Action)
}

// caseItem is a case card: its summary and its delete button (or the
// question that confirms it).
func caseItem(v caseView, confirm bool, loc *locales.Localizer) string {
	var w htmlWriter
	w.Grow(1536)
	w.open("li", "id", "case-"+v.ID, "class", "case-card case-card--"+v.State, "data-case", v.ID)
	w.WriteString(caseSummary(v))
	w.WriteString(caseFooter(v.ID, confirm, loc))
	w.close("li")
	return w.String()
}

// caseSummary is a case card's summary: the company and letter, the
// status, the facts and the actions. caseItem, caseSummary and
// caseFooter are the only raw HTML of the case file (TestNoRawHTML).
func caseSummary(v caseView) string {
	var w htmlWriter
	w.Grow(1024)
	w.open("div", "class", "case-summary")
	w.open("h2", "class", "case-title")
	w.text(v.Company)
	w.elem("span", " · "+v.Kind, "class", "case-kind")
	w.close("h2")
	w.elem("p", v.Status, "id", "status-"+v.ID, "class", "case-status pill pill--"+v.State)
	w.open("div", "class", "case-facts")
	for i, f := range v.Facts {
		if f[1] == "" {
			continue
		}
		w.open("p", "id", caseFactIDs[i]+"-"+v.ID)
		w.elem("span", f[0], "class", "case-label")
		w.text(" " + f[1])
		w.close("p")
	}
	w.close("div")
	w.open("div", "class", "actions")
	for _, a := range v.Actions {
		w.button(v.ID, a)
	}
	w.close("div")
	w.close("div")
	return w.String()
}

// caseFactIDs name the summary's facts in their order (sent, reference,
// deadline), for ids.
var caseFactIDs = [...]string{"sent", "reference", "deadline"}

// caseFooter is a case card's delete button, or the question that
// confirms it.
func caseFooter(id string, confirm bool, loc *locales.Localizer) string {
	var w htmlWriter
	if !confirm {
		w.open("div", "class", "case-delete")
		w.button(id, caseAction{"delete", "delete", "btn-danger-quiet", loc.T("Cases.Delete")})
		w.close("div")
		return w.String()
	}
	w.open("div", "class", "confirm case-delete", "role", "group")
	w.elem("p", loc.T("Cases.DeleteQuestion"))
	w.open("div", "class", "confirm-actions")
	w.button(id, caseAction{"delete-yes", "delete-yes", "btn-danger", loc.T("Cases.DeleteYes")})
	w.button(id, caseAction{"delete-no", "delete-no", "btn-secondary", loc.T("Wizard.Device.WipeNo")})
	w.close("div")
	w.close("div")
	return w.String()
}
