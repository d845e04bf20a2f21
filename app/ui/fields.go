package ui

import (
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/wizard"
)

// input describes one labelled form control bound to a draft field.
type input struct {
	Field string
	Label string
	// Hint is a one-line help under the label; empty for none.
	Hint string
	// HintID names a help drawn elsewhere (longer than a line, beside a
	// row of fields), which the control is described by as by Hint.
	HintID string
	// Type is the input type ("text" when empty); "textarea" and "select"
	// draw those elements instead.
	Type string
	// AutoComplete is the HTML autocomplete token, so phones fill it in.
	AutoComplete string
	InputMode    string
	// Optional marks a field the person may leave empty.
	Optional bool
	Options  []option // for Type "select"
	// Narrow draws a short control (postal code, amount).
	Narrow bool
	// Attrs lets a field add attributes (spellcheck, autocapitalize).
	Attrs map[string]string
}

// option is one choice of a select.
type option struct {
	Value, Label, Lang string
}

// field draws a labelled control with its hint and problem. The problem is
// tied to the control with aria-invalid and aria-describedby; it appears when
// the person leaves the field or presses Next.
func field(s *State, in input) app.UI {
	id := wizard.ElementID(in.Field)
	msg := s.Message(in.Field)
	var described []string
	var hint app.UI
	if in.HintID != "" {
		described = append(described, in.HintID)
	}
	if in.Hint != "" {
		hid := "hint-" + strings.TrimPrefix(id, "f-")
		described = append(described, hid)
		hint = app.P().ID(hid).Class("hint").Text(in.Hint)
	}
	var problem app.UI
	if msg != "" {
		described = append(described, wizard.ErrorID(in.Field))
		problem = app.P().ID(wizard.ErrorID(in.Field)).Class("error").Body(
			app.Span().Class("error-icon").Aria("hidden", "true").Text("!"),
			app.Text(msg),
		)
	}
	label := app.Label().For(id).Body(
		app.Text(in.Label),
		app.If(in.Optional, func() app.UI {
			return app.Span().Class("optional").Text(" " + s.Loc.T("Wizard.Field.Optional"))
		}),
	)

	onInput := func(ctx app.Context, e app.Event) {
		s.Set(ctx, in.Field, ctx.JSSrc().Get("value").String())
	}
	onBlur := func(ctx app.Context, e app.Event) { s.Check(in.Field) }
	// go-app keeps a redrawn element's handler when the new one comes
	// from the same function, whatever field it holds: the scope tells them
	// apart (TestHandlerScope).
	scope := app.EventScope(in.Field)
	value := s.Draft.Field(in.Field)

	describedBy := strings.Join(described, " ")
	invalid := msg != ""
	required := !in.Optional

	var control app.UI
	switch in.Type {
	case "textarea":
		control = app.Textarea().ID(id).Name(in.Field).Rows(4).Attr("value", value).
			Aria("invalid", invalid).Aria("describedby", describedBy).Aria("required", required).
			OnInput(onInput, scope).OnBlur(onBlur, scope)
	case "select":
		opts := make([]app.UI, 0, len(in.Options)+1)
		// The placeholder's value must be "", or choosing it would store
		// its text. go-app v10.1.11 drops an empty attribute (attribute.go
		// switches on the value, not the name), so Value("") writes no
		// value=""; an option without one takes its text as its value.
		// This one has no text: its label attribute shows the words, and
		// its value is "" in every browser and in the prerendered page.
		opts = append(opts, app.Option().Label(s.Loc.T("Wizard.Field.Choose")).Selected(value == ""))
		for _, o := range in.Options {
			opt := app.Option().Value(o.Value).Text(o.Label).Selected(o.Value == value)
			if o.Lang != "" {
				opt = opt.Lang(o.Lang)
			}
			opts = append(opts, opt)
		}
		control = app.Select().ID(id).Name(in.Field).Attr("autocomplete", in.AutoComplete).
			Aria("invalid", invalid).Aria("describedby", describedBy).Aria("required", required).
			Body(opts...).OnChange(onInput, scope).OnBlur(onBlur, scope)
	default:
		typ := in.Type
		if typ == "" {
			typ = "text"
		}
		inp := app.Input().ID(id).Name(in.Field).Type(typ).Value(value).
			Attr("autocomplete", in.AutoComplete).Attr("inputmode", in.InputMode).
			Aria("invalid", invalid).Aria("describedby", describedBy).Aria("required", required).
			OnInput(onInput, scope).OnBlur(onBlur, scope)
		for k, v := range in.Attrs {
			inp = inp.Attr(k, v)
		}
		control = inp
	}

	return app.Div().Class("field").Class(classIf(in.Narrow, "field--narrow")).Class(classIf(msg != "", "field--invalid")).Body(
		label, hint, control, problem,
	)
}

// checkGroup draws a group of checkboxes (reasons, harms) with a legend,
// each box with its label and an optional one-line hint.
func checkGroup(s *State, fieldName, legend, intro string, ids []string, label, hint func(id string) string, selected []string, set func(d *wizard.Draft, sel []string)) app.UI {
	msg := s.Message(fieldName)
	gid := wizard.ElementID(fieldName)
	boxes := make([]app.UI, 0, len(ids))
	for _, id := range ids {
		id := id
		bid := gid + "-" + id
		on := wizard.Contains(selected, id)
		h := ""
		if hint != nil {
			h = hint(id)
		}
		var hintNode app.UI
		box := app.Input().Type("checkbox").ID(bid).Name(fieldName).Value(id).Checked(on).
			OnChange(func(ctx app.Context, e app.Event) {
				checked := ctx.JSSrc().Get("checked").Bool()
				s.Update(ctx, func(d *wizard.Draft) {
					cur := selectedOf(d, fieldName)
					set(d, wizard.Toggle(cur, ids, id, checked))
				}, fieldName, groupPartner(fieldName))
			}, app.EventScope(fieldName, id))
		if h != "" {
			// Inside the label, so it is part of the box's name and of
			// what a finger can tap; no aria-describedby to read it twice.
			hintNode = app.Span().Class("check-hint").Text(h)
		}
		boxes = append(boxes, app.Div().Class("check").Class(classIf(on, "check--on")).Body(
			box,
			app.Label().For(bid).Body(
				app.Span().Class("check-label").Text(label(id)),
				hintNode,
			),
		))
	}
	fs := app.FieldSet().ID(gid).Class("group").Class(classIf(msg != "", "field--invalid")).Body(
		app.Legend().Text(legend),
		app.If(intro != "", func() app.UI { return app.P().Class("hint").Text(intro) }),
		app.Div().Class("checks").Body(boxes...),
		app.If(msg != "", func() app.UI {
			return app.P().ID(wizard.ErrorID(fieldName)).Class("error").Body(
				app.Span().Class("error-icon").Aria("hidden", "true").Text("!"),
				app.Text(msg),
			)
		}),
	)
	if msg != "" {
		fs = fs.Aria("describedby", wizard.ErrorID(fieldName)).Aria("invalid", true).TabIndex(-1)
	}
	return fs
}

func selectedOf(d *wizard.Draft, fieldName string) []string {
	if fieldName == wizard.FieldHarms {
		return d.Facts.Harms
	}
	return d.Facts.Reasons
}

// groupPartner names the free-text field that can stand in for a checkbox
// group: ticking a reason also answers "give at least one ground".
func groupPartner(fieldName string) string {
	if fieldName == wizard.FieldHarms {
		return wizard.FieldHarmText
	}
	return wizard.FieldReason
}

// countryOptions lists the countries the messages name, sorted by their
// name in the interface language.
func countryOptions(s *State) []option {
	var out []option
	for _, id := range s.Bundle.IDs(sourceLang, "Country.") {
		out = append(out, option{Value: strings.TrimPrefix(id, "Country."), Label: s.Loc.T(id)})
	}
	sortOptions(out)
	return out
}

// currencyOptions lists the currencies the messages name, by code (IDs
// come sorted).
func currencyOptions(s *State) []option {
	var out []option
	for _, id := range s.Bundle.IDs(sourceLang, "Currency.") {
		code := strings.TrimPrefix(id, "Currency.")
		out = append(out, option{Value: code, Label: code})
	}
	return out
}

// languageOptions lists the languages the bundle has, each in its own name.
func languageOptions(s *State) []option {
	var out []option
	for _, l := range s.Bundle.Languages() {
		// Peek reads one message: parsing every language for its name
		// would slow the start-up.
		out = append(out, option{Value: l, Label: s.Bundle.Peek(l, "Lang.Name"), Lang: l})
	}
	return out
}

func sortOptions(o []option) {
	sort.SliceStable(o, func(i, j int) bool { return foldKey(o[i].Label) < foldKey(o[j].Label) })
}

// foldKey is a sort key that puts accented letters beside their base
// letter (Österreich after Norwegen, not after Zypern), without linking a
// collation table into the wasm.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā', 'ą':
			r = 'a'
		case 'č', 'ć', 'ç':
			r = 'c'
		case 'é', 'è', 'ê', 'ë', 'ě', 'ē', 'ę', 'ė':
			r = 'e'
		case 'í', 'ì', 'î', 'ï', 'ī', 'į':
			r = 'i'
		case 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ő':
			r = 'o'
		case 'ú', 'ù', 'û', 'ü', 'ů', 'ű', 'ū', 'ų':
			r = 'u'
		case 'š', 'ś':
			r = 's'
		case 'ž', 'ź', 'ż':
			r = 'z'
		case 'ř':
			r = 'r'
		case 'ł':
			r = 'l'
		case 'ñ', 'ń', 'ň':
			r = 'n'
		case 'ý':
			r = 'y'
		case 'đ', 'ď':
			r = 'd'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// classIf returns class when cond holds, else "" (go-app ignores it).
func classIf(cond bool, class string) string {
	if cond {
		return class
	}
	return ""
}

const sourceLang = "en"
