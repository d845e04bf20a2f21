package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/wizard"
)

// TaskStep is step 1: what the person wants to do, an objection, a damages
// claim, or both.
type TaskStep struct {
	app.Compo

	// S is the wizard's shared state; Rev makes the step re-render when S
	// changed.
	S   *State
	Rev int
}

// Render draws the three choices as radio cards.
func (c *TaskStep) Render() app.UI {
	s := c.S
	t := s.Loc.T
	msg := s.Message(wizard.FieldTask)
	cards := make([]app.UI, 0, len(wizard.Tasks))
	for _, task := range wizard.Tasks {
		cards = append(cards, c.renderChoice(task))
	}
	group := app.FieldSet().ID(wizard.ElementID(wizard.FieldTask)).Class("group", "choices").Body(
		app.Legend().Class("visually-hidden").Text(t("Wizard.Task.Legend")),
		app.Div().Class("cards").Body(cards...),
		app.If(msg != "", func() app.UI {
			return app.P().ID(wizard.ErrorID(wizard.FieldTask)).Class("error").Body(
				app.Span().Class("error-icon").Aria("hidden", "true").Text("!"), app.Text(msg))
		}),
	)
	if msg != "" {
		group = group.Aria("invalid", true).Aria("describedby", wizard.ErrorID(wizard.FieldTask)).TabIndex(-1)
	}
	return app.Section().Class("step-task").Aria("labelledby", "step-title").Body(
		app.H1().ID("step-title").TabIndex(-1).Text(t("Wizard.Task.Title")),
		app.P().Class("lead").Text(t("Wizard.Task.Lead")),
		group,
		app.Aside().Class("note").Aria("label", t("Wizard.Task.PrivacyLabel")).Body(
			app.P().Text(t("Wizard.Task.Privacy")),
		),
	)
}

func (c *TaskStep) renderChoice(task wizard.Task) app.UI {
	s := c.S
	id := "task-" + string(task)
	on := s.Draft.Task == task
	return app.Div().Class("card-choice").Class(classIf(on, "card-choice--on")).Body(
		app.Input().Type("radio").ID(id).Name("task").Value(string(task)).Checked(on).
			OnChange(c.onChoose(task), app.EventScope(string(task))),
		app.Label().For(id).Body(
			app.Span().Class("card-title").Text(s.Loc.T("Wizard.Task."+taskKey(task)+".Label")),
			app.Span().ID(id+"-hint").Class("card-hint").Text(s.Loc.T("Wizard.Task."+taskKey(task)+".Hint")),
		),
	)
}

func (c *TaskStep) onChoose(task wizard.Task) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		c.S.Update(ctx, func(d *wizard.Draft) { d.Task = task }, wizard.FieldTask)
	}
}

// taskKey is a task's part of its message IDs.
func taskKey(t wizard.Task) string {
	switch t {
	case wizard.TaskObjection:
		return "Objection"
	case wizard.TaskDamages:
		return "Damages"
	}
	return "Both"
}
