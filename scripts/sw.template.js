// The service worker, written into the release build as sw.js by scripts/post-build.mjs, which
// fills in VERSION (a hash of the files) and FILES (the files the page needs).
//
// After a first visit the record opens offline. It never goes stale: the page and the data are
// fetched from the network first and the copy is used only when the network fails, so a new
// deployment shows on the next visit; the hashed code and styles, which never change under one
// name, come from the cache. A deployment that changes any file changes VERSION, so the browser
// installs this worker again, which drops the old cache.
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      // From the server, not the HTTP cache: a host may let the browser keep files for a while
      // (GitHub Pages: ten minutes), and an old page with new code would not start offline.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Names Trunk gives the code and styles, with a content hash: `name-<hex>.js`, `_bg.wasm`
// (the hash is printed without leading zeros, so it may be shorter than 16 digits).
const IMMUTABLE = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

async function cacheFirst(request) {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

async function networkFirst(event, navigation) {
  const request = event.request;
  const cache = await caches.open(VERSION);
  try {
    const response = await fetch(request);
    // Kept alive until the copy is stored: a worker may be stopped once it has answered.
    if (response.ok && !navigation) event.waitUntil(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    // A view of the page (any query) is the same page offline; the query is read in the page.
    const cached = navigation
      ? await cache.match('./')
      : await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(event, navigation));
});
