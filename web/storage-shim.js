// Objector's storage fallback. Every page loads it before app.js (see
// Handler.Scripts in app/site/site.go): a plain same-origin script, because
// the Content Security Policy allows no inline script.
//
// Where the browser refuses Web Storage (an iframe sandboxed without
// allow-same-origin, storage blocked for third-party frames), merely reading
// window.localStorage throws, and go-app reads it while starting: the wasm
// would die before the first screen. Each refused store is replaced here by
// one kept in memory for this page only, marked __inMemory, so that the app
// can tell and does not offer to keep a draft that would not be kept
// (app/ui/browser.go).
//
// A page with an opaque origin (sandboxed) cannot register a service worker
// either; the API is taken away there, and app.js (edited: app/site/loader.go)
// checks again before registering, so that nothing logs an error about it.
(function () {
  "use strict";

  function memoryStorage() {
    var items = new Map();
    var store = {
      getItem: function (key) {
        key = String(key);
        return items.has(key) ? items.get(key) : null;
      },
      setItem: function (key, value) {
        items.set(String(key), String(value));
      },
      removeItem: function (key) {
        items.delete(String(key));
      },
      clear: function () {
        items.clear();
      },
      key: function (i) {
        var keys = Array.from(items.keys());
        return i >= 0 && i < keys.length ? keys[i] : null;
      },
    };
    Object.defineProperty(store, "length", {
      get: function () {
        return items.size;
      },
    });
    Object.defineProperty(store, "__inMemory", { value: true });
    return store;
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name] && typeof window[name].length === "number") {
        return;
      }
    } catch (e) {
      // Refused: replaced below.
    }
    try {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    } catch (e) {
      // Cannot be replaced; the app guards its own reads (app/ui/browser.go).
    }
  });

  if (window.origin === "null" && "serviceWorker" in navigator) {
    try {
      delete Navigator.prototype.serviceWorker;
    } catch (e) {
      // Left in place: go-app logs the failed registration and goes on.
    }
  }
})();
