// The kill switch: deploy this file as `sw.js` (in place of the generated one) when a
// release is broken. Every browser that has ServeWell installed picks it up on its next
// visit or return to the tab, drops the cached app, unregisters the worker and reloads
// the open pages from the network. Deploy a fixed build afterwards as usual.

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Only this copy's caches: others on the same host are not broken.
    const prefix = `servewell-${self.registration.scope}-`;
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix)) await caches.delete(name);
    }
    await self.registration.unregister();
    // Only pages the old worker served: a page that registered this very file is
    // already on the network version, and reloading it would loop.
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
