// Objector's early start. Every page loads it as the first deferred script
// of its head (see app/site/loader.go), so it runs once the page is read and
// before go-app's app.js: app.wasm is fetched and compiled at once, in a
// worker on a first visit, and handed over after the first frame; app.js,
// edited to ask objectorWasm for the instance, only instantiates and runs
// it. Compiling needs no imports, so this runs before wasm_exec.js.
(function () {
  "use strict";

  var url = "/web/app.wasm";

  // As go-app's goappCanLoadWebAssembly: no wasm for crawlers or ?wasm=false.
  function canLoad() {
    if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) {
      return false;
    }
    return new URLSearchParams(window.location.search).get("wasm") !== "false";
  }

  // When app.wasm fails to load, go-app's app.js (edited: loader.go) shows
  // its error over the page and hands us the label: the person reads
  // PWA.LoadFailed instead, from locales/ through the page's environment
  // (OBJECTOR_LOAD_FAILED, {"de": "…", …}), in the language the app would
  // have chosen: ?lang=, then the one they kept with their draft, then the
  // browser's. Anything amiss leaves go-app's text; the error itself is in
  // the console either way.
  window.objectorLoadFailed = function (label, env) {
    var messages = read(env, "OBJECTOR_LOAD_FAILED");
    var lang = chooseLanguage(messages);
    if (lang) {
      label.textContent = messages[lang];
      label.lang = lang;
    }
  };

  // When the Go program ends after it started (a panic), the page would
  // stay as it is, dead. app.js (edited: loader.go) calls this once go.run
  // returns, and so does a wasm trap (below): the page is covered with
  // PWA.Stopped, in the language the interface was showing, and a button
  // that reloads; a draft the person kept is in storage.
  window.objectorStopped = function (env) {
    if (document.getElementById("objector-stopped")) {
      return;
    }
    env = env || (typeof goappEnv === "object" ? goappEnv : {}); // app.js's
    var text = read(env, "OBJECTOR_STOPPED");
    var reload = read(env, "OBJECTOR_RELOAD");
    // <html lang> is the interface's once the app has mounted; before,
    // it is the prerendered page's English.
    var root = document.documentElement;
    var lang = chooseLanguage(text, root.getAttribute("data-ready") === "true" ? root.lang : "");
    if (!lang || typeof reload[lang] !== "string") {
      return;
    }
    var box = document.createElement("div");
    box.id = "objector-stopped";
    box.className = "objector-stopped";
    box.setAttribute("role", "alert");
    box.lang = lang;
    var p = document.createElement("p");
    p.textContent = text[lang];
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-primary";
    button.textContent = reload[lang];
    button.addEventListener("click", function () {
      location.reload();
    });
    box.appendChild(p);
    box.appendChild(button);
    // The dead page behind takes no focus, is not read out and does not
    // scroll.
    for (var i = 0; i < document.body.children.length; i++) {
      document.body.children[i].inert = true;
    }
    document.documentElement.classList.add("objector-has-stopped");
    document.body.appendChild(box);
    button.focus();
  };

  // A trap in the wasm (not a Go panic, which ends the program) throws
  // into whichever event called it, and leaves the instance unusable.
  addEventListener("error", function (e) {
    if (typeof WebAssembly === "object" && e.error instanceof WebAssembly.RuntimeError) {
      window.objectorStopped();
    }
  });

  // read parses one of the environment's messages ({"de": "…", …}).
  function read(env, name) {
    try {
      var m = JSON.parse(env[name]);
      return m && typeof m === "object" ? m : {};
    } catch (e) {
      return {};
    }
  }

  // chooseLanguage picks the language to speak in: first (the interface's,
  // when there is one), ?lang=, the one kept with the draft, the browser's,
  // English; "" when messages has none of them.
  function chooseLanguage(messages, first) {
    function has(tag) {
      return Object.prototype.hasOwnProperty.call(messages, tag) &&
        typeof messages[tag] === "string";
    }
    var wanted = [first || "", new URLSearchParams(location.search).get("lang") || ""];
    try {
      // wizard.SettingsKey; localStorage throws in a sandboxed frame.
      var kept = JSON.parse(localStorage.getItem("objector.settings") || "null");
      if (kept && kept.keepDraft && typeof kept.lang === "string") {
        wanted.push(kept.lang);
      }
    } catch (e) {}
    wanted = wanted.concat(Array.prototype.slice.call(navigator.languages || [navigator.language || ""]), "en");
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      if (has(tag)) {
        return tag;
      }
      if (has(tag.split("-")[0])) {
        return tag.split("-")[0];
      }
    }
    return "";
  }

  if (typeof WebAssembly !== "object" || !canLoad()) {
    return;
  }

  // compile fetches and compiles a wasm module (or compiles the response
  // already asked for). A host that sends it with another type than
  // application/wasm makes compileStreaming fail with a TypeError: then it
  // is compiled whole. It uses nothing outside itself: the compiler worker
  // below runs its text.
  function compile(url, response) {
    function whole() {
      return fetch(url)
        .then(function (resp) {
          if (!resp.ok) {
            throw new Error(url + ": " + resp.status + " " + resp.statusText);
          }
          return resp.arrayBuffer();
        })
        .then(function (bytes) {
          return WebAssembly.compile(bytes);
        });
    }
    if (!WebAssembly.compileStreaming) {
      return whole();
    }
    return WebAssembly.compileStreaming(response || fetch(url)).catch(function (err) {
      if (err instanceof TypeError) {
        return whole();
      }
      throw err;
    });
  }

  // A page the service worker answered (a repeat or offline visit) gets
  // app.wasm from the worker's cache, and V8's cached code with it: then
  // compiling costs the main thread little, so it starts at once, on the
  // page (make bench, offline reload: wasm asked for at about 60 ms instead
  // of 120, first paint no later). workerStart is set when a worker handled
  // the navigation; reading it never throws, unlike navigator.serviceWorker
  // in a sandboxed frame.
  var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
  var answeredByWorker = !!nav && nav.workerStart > 0;

  // On a first visit app.wasm is compiled in a worker that runs compile's
  // text: the compiler takes its input on the thread that called it, and
  // on the page's main thread that was 100–300 ms of tasks while the
  // person reads the first step (Lighthouse counts them as blocking). A
  // worker from a blob: URL needs no request of its own (CSP worker-src
  // allows blob:). WebAssembly.Module objects may be posted to the page.
  // Null where no worker starts.
  function compileInWorker() {
    if (answeredByWorker || typeof Worker !== "function" || typeof Blob !== "function" ||
        !WebAssembly.compileStreaming) {
      return null;
    }
    var text = compile.toString() +
      "\nonmessage = function (e) {" +
      "  compile(e.data).then(" +
      "    function (m) { postMessage({ module: m }); }," +
      "    function (err) { postMessage({ error: String((err && err.message) || err) }); });" +
      "};";
    var src, w;
    try {
      src = URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
      w = new Worker(src);
    } catch (e) {
      return null;
    }
    return new Promise(function (resolve, reject) {
      function done() {
        w.terminate();
        URL.revokeObjectURL(src);
      }
      w.onmessage = function (e) {
        done();
        if (e.data && e.data.module) {
          resolve(e.data.module);
        } else {
          reject(new Error((e.data && e.data.error) || "no module"));
        }
      };
      w.onerror = function (e) {
        e.preventDefault();
        done();
        reject(new Error("the compiler worker failed"));
      };
      w.postMessage(new URL(url, location.href).href);
    });
  }

  // Compiling on the page takes its input on the main thread: where
  // app.wasm arrives at once (a fast network, the cache) that is one long
  // task, which would hold up the first paint of the page that is already
  // there to read. So it starts after the first frame (make bench: waiting
  // until that frame is on screen bought no earlier paint here, and cost
  // offline reloads about 70 ms), except where the service worker answered.
  // A module from the worker is handed over after the first frame too: Go
  // then starts, and it should not start before that paint.
  function afterFirstPaint() {
    return new Promise(function (resolve) {
      if (answeredByWorker || document.visibilityState === "hidden") {
        resolve(); // no frames to wait for in a background tab
        return;
      }
      requestAnimationFrame(function () {
        setTimeout(resolve, 0);
      });
      setTimeout(resolve, 250); // frames held back for some other reason
    });
  }

  // Where the worker fails (no module may be posted, a browser that will
  // not start it), the page compiles after all.
  var inWorker = compileInWorker();
  var compiled;
  if (inWorker) {
    compiled = Promise.all([inWorker.catch(function () { return null; }), afterFirstPaint()]).then(function (r) {
      return r[0] || compile(url);
    });
  } else {
    var response = fetch(url); // at once; compiled after the first frame
    response.catch(function () {}); // reported when compiling
    compiled = afterFirstPaint().then(function () {
      return compile(url, response);
    });
  }
  // Failures are reported by app.js when it awaits the module; keep the
  // page from logging an unhandled rejection before that.
  compiled.catch(function () {});

  window.objectorWasm = function (importObject) {
    return compiled.then(function (module) {
      return WebAssembly.instantiate(module, importObject).then(function (instance) {
        return { module: module, instance: instance };
      });
    });
  };
})();
