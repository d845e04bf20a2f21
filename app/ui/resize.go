package ui

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/objector-eu/objector/app/embed"
)

// resizeReporter tells the page around the app how tall the app is, each
// time its height changes, so that page can fit the frame to it (the
// snippet's script does; see embed.Snippet). It posts
// {type: "objector:resize", height: <CSS pixels>} to window.parent, and
// that is the only message the app ever sends out of its frame: never
// anything the person typed.
type resizeReporter struct {
	observer app.Value
	onResize app.Func
	last     int
}

// startResizeReporter observes the root element's size; nil where the
// browser has no ResizeObserver. It lives as long as the page.
func startResizeReporter() *resizeReporter {
	w := app.Window()
	ctor, err := jsGet(w, "ResizeObserver")
	if err != nil || ctor == nil || !ctor.Truthy() {
		return nil
	}
	root := w.Get("document").Get("documentElement")
	r := &resizeReporter{}
	r.onResize = app.FuncOf(func(app.Value, []app.Value) any {
		r.report(root)
		return nil
	})
	r.observer = ctor.New(r.onResize)
	if _, err := jsCall(r.observer, "observe", root); err != nil {
		r.onResize.Release()
		return nil
	}
	return r
}

// report posts the root element's height when it changed. The target
// origin is "*": the app cannot know the page that embeds it, and the
// message holds a number that says nothing about the person.
func (r *resizeReporter) report(root app.Value) {
	rect, err := jsCall(root, "getBoundingClientRect")
	if err != nil {
		return
	}
	h := int(math.Ceil(rect.Get("height").Float()))
	if h <= 0 || h == r.last {
		return
	}
	r.last = h
	parent, err := jsGet(app.Window(), "parent")
	if err != nil || parent == nil || !parent.Truthy() {
		return
	}
	jsCall(parent, "postMessage", map[string]any{"type": embed.ResizeMessage, "height": h}, "*")
}
