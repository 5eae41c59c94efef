// ServeWell's service worker: the app, offline after the first visit.
//
// scripts/finish-build.mjs prepends VERSION (a hash of every file of the build) and
// PRECACHE (every file the build produced), so the list can never go stale. Hashed
// assets are served from the cache; the page itself from the network when it can be
// reached, else from the cache. A new version installs beside the old one and waits
// until the page asks it to take over, so nobody is reloaded in the middle of an
// assessment.

const CACHE = `servewell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Straight from the network: an HTTP cache could hand back another version's file.
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('servewell-') && name !== CACHE) await caches.delete(name);
    }
    // The first visit is controlled at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Never cached from the network: this version's page must keep matching this
    // version's files in the cache.
    event.respondWith(fetch(request).catch(() => fromCache('./')));
    return;
  }
  event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}
