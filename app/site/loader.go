package site

import (
	"bytes"
	"fmt"
)

// WasmPath is where the pages find app.wasm.
const WasmPath = "/web/app.wasm"

// BootScript fetches and compiles app.wasm from the page's head (web/boot.js).
const BootScript = "/web/boot.js"

// bootHead goes first into every page's head (headFirst). The script is
// deferred, so it holds up neither the parser nor the first paint, and
// being the first deferred script it runs before go-app's app.js, which
// asks it for the module. It was async: then it could run after app.js
// (the first layout held it up), and app.js fetched and compiled app.wasm
// itself while boot.js fetched it again (5 of 9 cold loads from a plain
// file server; make bench counts the downloads). It fetches app.wasm itself: a
// <link rel=preload> would fetch it twice where the memory cache is off
// (devtools, the bench's cold loads).
const bootHead = `<script defer src="` + BootScript + `"></script>`

// loaderEdits change go-app's generated app.js (gen/app.js of v10.1.11);
// make bench measured the two that are about speed (docs/performance.md):
//
//   - app.js takes the module boot.js compiled and only instantiates it.
//     go-app fetched app.wasm only once the deferred scripts ran, and
//     re-wrapped the download in a JavaScript stream to count progress,
//     which fed the compiler from the main thread. Without boot.js (it
//     failed to load) app.js fetches straight into instantiateStreaming.
//   - A failed load shows the person's language (LoadFailedEnv), not
//     go-app's bare error, and a Go program that ends says so (StoppedEnv).
//   - The service worker is registered once the app is mounted (the client
//     calls goappInitServiceWorker, app/ui/browser.go), not before the wasm
//     is fetched: its precache downloads app.wasm, pdf.wasm, the fonts and
//     every language, and on a first visit that competed with app.wasm's
//     own download and compilation.
//   - It is not registered where it cannot be: an opaque origin (a frame
//     sandboxed without allow-same-origin), storage refused (the fallback
//     of web/storage-shim.js is in use), no API. go-app tried wherever
//     navigator had the name, and logged the refusal as an error in the
//     host page's console (issue 18: NotSupportedError).
//
// Each old text must occur exactly once; FixAppJS fails otherwise, so a
// go-app upgrade that moves them breaks the build instead of the loader.
var loaderEdits = []struct{ old, new string }{
	{
		old: "goappInitServiceWorker();\ngoappWatchForUpdate();",
		new: "goappWatchForUpdate();",
	},
	{
		old: "async function goappInitServiceWorker() {\n" +
			"  if (\"serviceWorker\" in navigator) {\n",
		new: "async function goappInitServiceWorker() {\n" +
			"  if (objectorCanRegisterWorker()) {\n",
	},
	{
		old: "// -----------------------------------------------------------------------------\n" +
			"// Update\n",
		new: workerCheckJS +
			"// -----------------------------------------------------------------------------\n" +
			"// Update\n",
	},
	{
		old: "    const wasm = await instantiateStreaming(\n" +
			"      fetchWithProgress(\"" + WasmPath + "\", showProgress),\n" +
			"      go.importObject\n" +
			"    );",
		new: "    const wasm = await (window.objectorWasm\n" +
			"      ? window.objectorWasm(go.importObject)\n" +
			"      : instantiateStreaming(fetch(\"" + WasmPath + "\"), go.importObject));",
	},
	{
		old: "    go.run(wasm.instance);\n",
		new: "    const stopped = () => window.objectorStopped && window.objectorStopped(goappEnv);\n" +
			"    go.run(wasm.instance).then(stopped, stopped);\n",
	},
	{
		old: "    loaderLabel.innerText = err;\n",
		new: "    loaderLabel.innerText = err;\n" +
			"    if (window.objectorLoadFailed) {\n" +
			"      window.objectorLoadFailed(loaderLabel, goappEnv);\n" +
			"    }\n",
	},
}

// workerCheckJS says whether a service worker can be registered here.
// Reading navigator.serviceWorker throws in Chromium's sandboxed frames, so
// it is read last, inside try.
const workerCheckJS = `function objectorCanRegisterWorker() {
  try {
    if (window.origin === "null" || !window.isSecureContext) {
      return false;
    }
    if (!window.localStorage || window.localStorage.__inMemory) {
      return false;
    }
    return "serviceWorker" in navigator && !!navigator.serviceWorker &&
      typeof navigator.serviceWorker.register === "function";
  } catch (e) {
    return false;
  }
}

`

// FixAppJS applies loaderEdits to go-app's app.js.
func FixAppJS(js []byte) ([]byte, error) {
	for _, e := range loaderEdits {
		if n := bytes.Count(js, []byte(e.old)); n != 1 {
			return nil, fmt.Errorf("site: go-app's app.js has %d copies of %q, want 1: the loader edits need updating", n, e.old)
		}
		js = bytes.Replace(js, []byte(e.old), []byte(e.new), 1)
	}
	return js, nil
}

// What a page says when the client cannot run, each message in every
// language (Bundle.Everywhere) under a name in go-app's Env, for web/boot.js:
//
//   - LoadFailedEnv (PWA.LoadFailed) when app.wasm fails to load: go-app
//     writes the bare error, in English, over the page; the edit to its
//     catch below hands the label to boot.js's objectorLoadFailed, which
//     puts the message there in the person's language, chosen as the app
//     would choose it.
//   - StoppedEnv (PWA.Stopped) with ReloadEnv (PWA.Update.Reload) when the
//     Go program ends after it started (a panic): the page would stay, dead.
//     The edit to go.run below and boot.js's listener for wasm traps call
//     objectorStopped, which covers the page with the message and a button
//     that reloads; a kept draft is in storage.
//
// The errors themselves stay in the console.
const (
	LoadFailedEnv = "OBJECTOR_LOAD_FAILED"
	StoppedEnv    = "OBJECTOR_STOPPED"
	ReloadEnv     = "OBJECTOR_RELOAD"
)

var failureMessages = []struct{ env, id string }{
	{LoadFailedEnv, "PWA.LoadFailed"},
	{StoppedEnv, "PWA.Stopped"},
	{ReloadEnv, "PWA.Update.Reload"},
}

// loaderSettings are the edits as text, for the version hash: a changed
// loader is a new version.
func loaderSettings() []string {
	s := []string{bootHead}
	for _, e := range loaderEdits {
		s = append(s, e.old, e.new)
	}
	return s
}
