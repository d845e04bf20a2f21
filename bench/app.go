package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	browserdomain "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/objector-eu/objector/app/cases"
	"github.com/objector-eu/objector/app/catalog"
	"github.com/objector-eu/objector/app/letter"
	"github.com/objector-eu/objector/app/wizard"
)

// appInteraction is what is measured in the running app after mount.
type appInteraction struct {
	// keystroke: ms from a key's keydown to go-app writing the field's new
	// value back in its re-render of the step (Go has handled the input).
	keystroke []float64
	// preview: ms from a key's keydown to the live letter preview beside
	// the form showing the text with that character (the letter composed
	// afresh and the preview patched); keys that do not change the letter
	// (spaces) are not counted.
	preview []float64
	// pdf: ms from the click on "Download PDF" to the PDF blob.
	pdf []float64
	// caseDraw: ms the drawing of My cases with the 50 cases of benchCases
	// takes (its task and layout); caseClick: from the click on "My cases"
	// to the list laid out, go-app's wait for its next frame included.
	caseDraw, caseClick []float64
	// peakJSHeap is the largest JS heap in use sampled, the page's and its
	// workers' (the PDF maker runs in one); wasmMem the largest wasm linear
	// memory, the page's and the workers' (it never shrinks).
	peakJSHeap, wasmMem int64
}

// benchDraft is a complete draft for both letters, standing on the
// situation step, as the app keeps it on the device when "Keep my draft"
// is on: the bench starts from it instead of typing the first steps.
func benchDraft() (draft, settings string) {
	d := wizard.NewDraft()
	d.Step = wizard.StepSituation
	d.Task = wizard.TaskBoth
	d.Facts = letter.Facts{
		Name: "Seán Ó Briain", Street: "12 Main Street", PostalCode: "H91 E2K3", City: "Galway", Country: "IE",
		Email: "sean@example.ie", Account: "linkedin.com/in/sean-o-briain", Controller: "linkedin",
		Reasons: []string{"creative"},
		Harms:   []string{"control", "distress"}, Amount: "500", PaymentDays: 14,
		IBAN: "IE29 AIBK 9311 5212 3456 78",
	}
	return wizard.EncodeDraft(d), wizard.EncodeSettings(wizard.Settings{KeepDraft: true, Lang: "en"})
}

// typedText is what the bench types into the objection's own words.
const typedText = "My posts describe my illness and my children; I never agreed to train a model on them. "

// measureApp opens the app with benchDraft kept on the device, types edits
// keystrokes into the objection's own words (on every key the step
// re-renders and the live preview beside the form re-composes the letter;
// "Keep my draft" is on, so each key also stores the draft), then makes
// pdfs PDFs on the last step. Memory is sampled after mount, every 20
// keys, on the review and after each PDF.
func measureApp(b *browser, s *server, edits, pdfs int) (*appInteraction, error) {
	ctx, cancel, err := b.tab()
	if err != nil {
		return nil, err
	}
	defer cancel()
	console := collectConsole(ctx)
	in, err := driveApp(ctx, s, edits, pdfs)
	if err != nil {
		return nil, fmt.Errorf("%w (console: %s)", err, console())
	}
	return in, nil
}

// collectConsole keeps the page's console messages; the returned func
// gives the last few.
func collectConsole(ctx context.Context) func() string {
	var mu sync.Mutex
	var msgs []string
	stream := chromedp.Console(ctx)
	go func() {
		for m, err := range stream {
			if err != nil {
				return
			}
			mu.Lock()
			msgs = append(msgs, m.String())
			mu.Unlock()
		}
	}()
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		return strings.Join(msgs[max(0, len(msgs)-5):], " / ")
	}
}

func driveApp(ctx context.Context, s *server, edits, pdfs int) (*appInteraction, error) {
	var err error
	in := &appInteraction{}
	ws := newWorkers(ctx)
	defer ws.close()
	sample := func() error {
		heap, wasm, err := memory(ctx)
		if err != nil {
			return err
		}
		wheap, wwasm, err := ws.memory()
		in.peakJSHeap = max(in.peakJSHeap, heap+wheap)
		in.wasmMem = max(in.wasmMem, wasm+wwasm)
		return err
	}

	draft, settings := benchDraft()
	seed := fmt.Sprintf(`if (location.protocol === 'http:' && !sessionStorage.getItem('bench.seeded')) {
  localStorage.setItem(%q, %q); localStorage.setItem(%q, %q); sessionStorage.setItem('bench.seeded', '1');
}`, wizard.DraftKey, draft, wizard.SettingsKey, settings)
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: seed}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, browserdomain.SetDownloadBehavior, browserdomain.SetDownloadBehaviorParams{Behavior: browserdomain.SetDownloadBehaviorBehaviorDeny})
		return err
	}))
	if err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL())); err != nil {
		return nil, err
	}
	if _, err := waitReady(ctx); err != nil {
		return nil, err
	}
	if err := sample(); err != nil {
		return nil, err
	}

	// Keystrokes.
	reason := "#" + wizard.ElementID(wizard.FieldReason)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(reason)), chromedp.Focus(chromedp.CSS(reason))); err != nil {
		return nil, fmt.Errorf("the situation step has no %s: %w", reason, err)
	}
	if _, err := poll(ctx, `!!document.querySelector('.live-preview')`, func(ok bool) bool { return ok }, 10*time.Second); err != nil {
		return nil, fmt.Errorf("no live preview beside the form: %w", err)
	}
	typed, previews := "", 0
	for i := range edits {
		ch := string(typedText[i%len(typedText)])
		typed += ch
		measured := ch != " "
		if measured {
			want := strings.Join(strings.Fields(typed), " ") // as the letter writes it
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.__bench.expectPreview(%q)`, want))); err != nil {
				return nil, err
			}
		}
		if err := typeKey(ctx, ch); err != nil {
			return nil, err
		}
		if _, err := poll(ctx, `window.__bench.keys.length`, func(n int) bool { return n > i }, 10*time.Second); err != nil {
			return nil, fmt.Errorf("keystroke %d: %w", i+1, err)
		}
		if measured {
			previews++
			if _, err := poll(ctx, `window.__bench.previews.length`, func(n int) bool { return n >= previews }, 10*time.Second); err != nil {
				return nil, fmt.Errorf("keystroke %d: the preview never showed it: %w", i+1, err)
			}
		}
		if (i+1)%20 == 0 {
			if err := sample(); err != nil {
				return nil, err
			}
		}
	}
	if in.keystroke, err = chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.__bench.keys`)); err != nil {
		return nil, err
	}
	if in.preview, err = chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.__bench.previews`)); err != nil {
		return nil, err
	}

	// To the review, then to the last step.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#next")), chromedp.WaitVisible(chromedp.CSS("#letter-lang"))); err != nil {
		return nil, fmt.Errorf("to the review: %w", err)
	}
	if err := sample(); err != nil {
		return nil, err
	}

	// PDFs of the objection on the last step.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#next")), chromedp.WaitVisible(chromedp.CSS("#pdf-objection"))); err != nil {
		return nil, fmt.Errorf("to the last step: %w", err)
	}
	for i := range pdfs {
		if _, err := poll(ctx, `!document.querySelector('#pdf-objection').disabled`, func(ok bool) bool { return ok }, 30*time.Second); err != nil {
			return nil, err
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#pdf-objection"))); err != nil {
			return nil, err
		}
		if _, err := poll(ctx, `window.__bench.pdf.length`, func(n int) bool { return n > i }, 60*time.Second); err != nil {
			return nil, fmt.Errorf("PDF %d: %w", i+1, err)
		}
		if err := sample(); err != nil {
			return nil, err
		}
	}
	times, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.__bench.pdf.map((t, i) => t - window.__bench.clicks[i])`))
	if err != nil {
		return nil, err
	}
	in.pdf = times

	// My cases with 50 cases: the view drawn afresh each time.
	draws, err := measureCaseList(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("case list: %w", err)
	}
	for _, d := range draws {
		in.caseDraw = append(in.caseDraw, d[0])
		if d[1] >= 0 { // -1: a redraw without a click from the wizard
			in.caseClick = append(in.caseClick, d[1])
		}
	}
	if len(in.keystroke) == 0 {
		return nil, errors.New("no keystroke measured")
	}
	return in, nil
}

// typeKey sends one printable character as a real key press.
func typeKey(ctx context.Context, ch string) error {
	return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: ch, Text: ch, UnmodifiedText: ch}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp, Key: ch})
		return err
	}))
}

// benchCases is a case file of n cases, as a person keeps it on the
// device: objections and claims to the catalog's companies, sent over the
// last months by every channel, some answered, reminded or complained of.
func benchCases(n int, today time.Time) (string, error) {
	draft, _ := benchDraft()
	d, err := wizard.DecodeDraft(draft)
	if err != nil {
		return "", err
	}
	ctrls := catalog.All()
	out := make([]cases.Case, n)
	for i := range out {
		f := d.Facts
		f.Controller = ctrls[i%len(ctrls)].ID
		kind := letter.Objection
		if i%3 == 2 {
			kind = letter.Damages
		}
		sent := today.AddDate(0, 0, -3*i).Format(time.DateOnly)
		f.Date = sent
		c := cases.New(fmt.Sprintf("bench-%d", i), kind, "en", f, sent, cases.Channels[i%len(cases.Channels)], "", today)
		switch i % 5 {
		case 1:
			c.RecordAnswer(cases.Refused, sent, today)
		case 3:
			c.RecordReminder(sent, 14, today)
		}
		out[i] = c
	}
	data, err := cases.Export(out, today)
	return string(data), err
}

// measureCaseList keeps 50 cases on the device, opens My cases, then goes
// back and forth between the wizard and the list, timing each drawing of
// the list in the page.
func measureCaseList(ctx context.Context, s *server) ([][2]float64, error) {
	const n, runs = 50, 14
	file, err := benchCases(n, time.Now().UTC())
	if err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem(%q, %q)`, "objector.cases", file))); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL()+"cases")); err != nil {
		return nil, err
	}
	if _, err := waitReady(ctx); err != nil {
		return nil, err
	}
	if _, err := poll(ctx, `document.querySelectorAll('.case-card').length`, func(k int) bool { return k == n }, 20*time.Second); err != nil {
		state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`location.pathname + ": " + document.querySelectorAll(".case-card").length + " cases"`))
		return nil, fmt.Errorf("the %d cases never showed (%s): %w", n, state, err)
	}
	// Redrawn: a card's delete question asked, then withdrawn, each
	// redraws the list (the changed case's HTML, the others as they were);
	// from the start
	// of the view's Render (a performance mark the app sets) to the list
	// in the page (a MutationObserver's callback, which runs right after
	// the task that changed it), plus style and layout. Then from a click
	// in the wizard to the list laid out: the navigation, go-app's wait
	// for its next frame (up to 1/120 s) and the wizard's removal too.
	return chromedp.Run(ctx, chromedp.Evaluate[[][2]float64](fmt.Sprintf(`(async () => {
  const turn = () => new Promise(r => setTimeout(r, 0));
  const until = async (ok) => { for (let i = 0; i < 5000; i++) { if (ok()) return; await turn(); } throw new Error("timed out"); };
  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
  const last = (name) => { const e = performance.getEntriesByName(name); return e.length ? e[e.length - 1].startTime : NaN; };
  const redraw = async (button, shows) => {
    await frame(); await frame();
    let changed = NaN;
    const mo = new MutationObserver(() => { if (isNaN(changed)) changed = performance.now(); });
    mo.observe(document.querySelector(".case-lists"), {childList: true, subtree: true});
    performance.clearMarks();
    document.getElementById(button).click();
    await until(() => document.getElementById(shows) && !isNaN(changed));
    mo.disconnect();
    const t1 = performance.now();
    document.body.offsetHeight; // style and layout of the new list
    return changed - last("objector-cases-render") + performance.now() - t1;
  };
  const id = document.querySelector(".case-card").dataset.case;
  const out = [];
  for (let i = 0; i < %d; i++) {
    const asked = await redraw("delete-" + id, "delete-yes-" + id);
    const withdrawn = await redraw("delete-no-" + id, "delete-" + id);
    document.getElementById("to-wizard").click();
    await until(() => document.getElementById("to-cases") && !document.querySelector(".case-card"));
    await frame(); await frame();
    const t0 = performance.now();
    document.getElementById("to-cases").click();
    await until(() => document.querySelectorAll(".case-card").length === %d);
    document.body.offsetHeight;
    out.push([asked, performance.now() - t0], [withdrawn, -1]);
  }
  return out.slice(4); // the first draws compile the code they run
})()`, runs, n), chromedp.EvalAwaitPromise))
}
