// ServeWell's service worker: the app, offline after the first visit.
//
// scripts/finish-build.mjs prepends VERSION (a hash of every file of the build),
// PRECACHE (every file the build produced but the .gz and .br twins) and HASHED (the
// integrity of each file named by its contents' hash), so they can never go stale. Hashed
// assets are served from the cache; the page itself from the network when it can be
// reached, else from the cache. A new version installs beside the old one and waits
// until the page asks it to take over, so nobody is reloaded in the middle of an
// assessment.

// Caches belong to the whole origin: the scope in the name keeps two copies of the app
// on one host (say /team-a/ and /team-b/) from deleting each other's.
const PREFIX = `servewell-${self.registration.scope}-`;
const CACHE = PREFIX + VERSION;
// A page that has not arrived by then is taken from the cache: a room's poor wifi
// should not keep the app from starting.
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(PRECACHE.map((url) => keep(cache, url)))));
});

// A file named by its contents' hash is the same wherever it comes from: the copy the
// page has just downloaded does, and the first visit does not fetch the app twice; its
// integrity catches a damaged copy, which is then fetched afresh, as is an error kept by
// the HTTP cache. Any other file is checked with the server, since an HTTP cache could
// hand back another version's.
async function keep(cache, url) {
  const integrity = HASHED[url];
  const get = (mode) => fetch(new Request(url, integrity ? { cache: mode, integrity } : { cache: mode }));
  let response = await get(integrity ? 'force-cache' : 'no-cache').catch(() => null);
  if (!response?.ok) response = await get('reload');
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await cache.put(url, response);
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
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
    // version's files in the cache. A captive portal's page, an error or a redirect
    // is not the app either.
    event.respondWith(pageFromNetwork(request).catch(() => fromCache('./').then((hit) => hit || fetch(request))));
    return;
  }
  event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});

function pageFromNetwork(request) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer')), NETWORK_WAIT_MS);
    fetch(request).then((response) => {
      clearTimeout(timer);
      if (response.ok && !response.redirected) resolve(response);
      else reject(new Error(`status ${response.status}`));
    }, (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}
