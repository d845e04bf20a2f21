// Objector's early start. Every page loads it async from its head (see
// app/site/loader.go): app.wasm is fetched at once, while the page is still
// being read and its stylesheets and deferred scripts load, and compiled
// once the first paint is on screen; go-app's app.js, edited to ask
// objectorWasm for the instance, only instantiates and runs it. Compiling
// needs no imports, so this runs before wasm_exec.js.
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

  if (typeof WebAssembly !== "object" || !canLoad()) {
    return;
  }

  var response = fetch(url);
  response.catch(function () {}); // reported when compiling

  // The compiler takes its input on the main thread, and its threads take
  // the other cores: where app.wasm arrives at once (a fast network, the
  // cache) that would hold up the first paint of the page that is already
  // there to read. So compiling starts once that paint is on screen.
  function afterFirstPaint() {
    return new Promise(function (resolve) {
      if (document.visibilityState === "hidden") {
        resolve(); // nothing is painted in a background tab
        return;
      }
      try {
        var seen = new PerformanceObserver(function (list) {
          if (list.getEntriesByName("first-contentful-paint").length) {
            seen.disconnect();
            resolve();
          }
        });
        seen.observe({ type: "paint", buffered: true });
      } catch (e) {
        // No paint timing: after the next frame.
        requestAnimationFrame(function () {
          setTimeout(resolve, 0);
        });
      }
      setTimeout(resolve, 300); // paint timing that never comes
    });
  }

  function compileWhole(resp) {
    return resp
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

  // A host that sends app.wasm with another type than application/wasm
  // makes compileStreaming fail with a TypeError: then compile it whole.
  var compiled = afterFirstPaint().then(function () {
    if (!WebAssembly.compileStreaming) {
      return compileWhole(response);
    }
    return WebAssembly.compileStreaming(response).catch(function (err) {
      if (err instanceof TypeError) {
        return compileWhole(fetch(url));
      }
      throw err;
    });
  });
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
