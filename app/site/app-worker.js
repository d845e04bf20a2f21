// Objector's service worker (go-app's ServiceWorkerTemplate). It differs from
// go-app's default worker in three ways:
//  1. Navigations are answered from the cached app shell whatever the query
//     string (advocacy sites link to /?lang=de&letter=objection), so the app
//     opens offline on every route and with any parameters.
//  2. install and activate run inside event.waitUntil, so the precache is
//     complete before the worker activates and takes control.
//  3. activate deletes only Objector's own old caches, never other caches of
//     the origin.
// Precache requests bypass the HTTP cache, so a host's max-age never puts a
// stale file under a new version.
const cachePrefix = "objector-";
const cacheName = cachePrefix + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shell = "/";

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((key) => key.startsWith(cachePrefix) && key !== cacheName)
      .map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigation(request, url));
    return;
  }
  event.respondWith(asset(request));
});

// navigation answers a page load: the cached page for its path (ignoring the
// query), else the network, else the app shell, which renders every route.
async function navigation(request, url) {
  const cache = await caches.open(cacheName);
  const page = await cache.match(url.pathname, { ignoreSearch: true });
  if (page) {
    return page;
  }
  try {
    return await fetch(request);
  } catch (err) {
    const app = await cache.match(shell);
    if (app) {
      return app;
    }
    throw err;
  }
}

// asset answers any other request from the cache, else the network.
async function asset(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  return fetch(request);
}
