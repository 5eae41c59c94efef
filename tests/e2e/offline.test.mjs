// Offline, updates, sub-paths and privacy, against the release build: the server is
// really stopped, and a new version is really deployed over the old one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lacks, launch } from './webdriver.mjs';
import { serve } from './server.mjs';
import { DIST, beforeEveryLoad, recordViolations, runningBuild, takePulse, waitForControl } from './harness.mjs';
import { writeServiceWorker } from '../../scripts/finish-build.mjs';
import { files, isTwin } from '../../scripts/size.mjs';

async function assertPrivate(browser, origin, where) {
  assert.deepEqual(await browser.exec('return window.__violations'), [], `no CSP violation (${where})`);
  const foreign = await browser.exec(
    'return performance.getEntriesByType("resource").map(e => e.name).filter(u => !u.startsWith(arguments[0]))', origin);
  assert.deepEqual(foreign, [], `every request goes to the app's own origin (${where})`);
}

/** The paths, relative to the app, that the worker's cache holds. */
async function cached(browser) {
  return browser.execAsync(`const done = arguments[arguments.length - 1];
    (async () => {
      const names = (await caches.keys()).filter(n => n.startsWith('servewell-'));
      if (names.length !== 1) return done(['caches: ' + names.join(', ')]);
      const keys = await (await caches.open(names[0])).keys();
      const base = new URL('./', location.href).href;
      done(keys.map(r => r.url.slice(base.length) || './').sort());
    })().catch(e => done(['failed: ' + e]));`);
}

async function takePulse4(browser) {
  const { id } = await takePulse(browser);
  assert.equal(await browser.text(await browser.waitFor('#overall-score')), '4.0');
  return id;
}

for (const base of ['/', '/some/path/']) {
  test(`after one visit the app works with the server gone (served from ${base})`, async () => {
    const server = await serve(DIST, { base });
    const browser = await launch();
    try {
      recordViolations(server);
      await browser.goto(server.url);
      await browser.waitFor('#start-full');
      await waitForControl(browser);
      const expected = ['./', ...files(DIST).filter((f) => f !== 'sw.js' && !isTwin(f))].sort();
      await browser.waitUntil(async () => JSON.stringify(await cached(browser)) === JSON.stringify(expected),
        'the cache to hold every file of the build');
      // The worker keeps the copy of the app the page downloaded: the first visit
      // fetches each build's wasm once, the one it runs not a second time for offline use.
      if (!lacks('oneDownload')) {
        const wasm = server.requests.filter((r) => r.path.endsWith('.wasm') && r.status === 200).map((r) => r.path);
        assert.deepEqual(wasm, [...new Set(wasm)], 'no wasm downloaded twice');
        assert.equal(wasm.length, files(DIST).filter((f) => f.endsWith('.wasm')).length, 'both builds kept');
      }
      await assertPrivate(browser, server.origin, 'online');
      assert.ok(server.requests.every((r) => r.path.startsWith(base)), 'nothing asked outside the app');

      await server.close();
      await browser.refresh();
      await browser.waitFor('#start-full');
      const tab = await browser.newTab();
      await browser.switchTo(tab);
      await browser.goto(server.url);
      const id = await takePulse4(browser);
      assert.equal(await runningBuild(browser), 'first-visit');
      // Handed over to the full build, which the worker has kept too.
      await browser.goto(`${server.url}#/history`);
      await browser.waitFor(`tr[data-result-id="${id}"]`);
      assert.equal(await runningBuild(browser), 'full');
      await browser.refresh();
      await browser.waitFor(`tr[data-result-id="${id}"]`);
      // A colleague opening a feedback request's link on a train answers all the same.
      await browser.goto(`${server.url}#/give?id=K3M9QX&n=Maria&v=pulse&q=2`);
      await browser.click(await browser.waitFor('#give-start'));
      await browser.waitFor('fieldset[data-item]');
      await assertPrivate(browser, server.origin, 'offline');
    } finally {
      await browser.quit();
      await server.close();
    }
  });
}

/** A copy of dist/ as the next deployment: a changed stylesheet under a new hashed name. */
function nextVersion() {
  const dir = mkdtempSync(join(tmpdir(), 'servewell-next-'));
  cpSync(DIST, dir, { recursive: true });
  const old = files(dir).find((f) => /^main-.*\.css$/.test(f));
  const css = `${readFileSync(join(dir, old), 'utf8')}\n/* the next version */\n`;
  const fresh = `main-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(dir, old), css);
  renameSync(join(dir, old), join(dir, fresh));
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  const index = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace(old, fresh)
    .replace(/(<link rel="stylesheet"[^>]*integrity=")[^"]*"/, `$1${integrity}"`);
  writeFileSync(join(dir, 'index.html'), index);
  writeServiceWorker(dir);
  return { dir, stylesheet: fresh };
}

for (const base of ['/', '/some/path/']) test(`a new version waits for the user, interrupts nothing, and loses no answer (served from ${base})`, async () => {
  const next = nextVersion();
  let server = await serve(DIST, { base });
  const browser = await launch();
  try {
    await browser.goto(server.url);
    await browser.click(await browser.waitFor('#start-full'));
    await waitForControl(browser);
    const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
    for (const id of ids.slice(0, 3)) await browser.click(await browser.find(`#answer-${id}-2`));
    await browser.exec('window.__sameDocument = true');

    // Deploy: the old files are gone, the new ones are in their place.
    const port = server.port;
    await server.close();
    server = await serve(next.dir, { port, base });
    // The check the app makes whenever it comes back to the foreground.
    await browser.exec('document.dispatchEvent(new Event("visibilitychange"))');
    await browser.waitFor('#update-notice', { timeout: 20_000 });
    assert.equal(await browser.exec('return window.__sameDocument'), true, 'no reload by itself');
    await browser.click(await browser.find(`#answer-${ids[3]}-5`));
    assert.match(await browser.text(await browser.find('#progress-text')), /^4 of 40/);

    await browser.click(await browser.find('#update-notice button'));
    await browser.waitUntil(async () => (await browser.exec('return window.__sameDocument')) !== true, 'the reload');
    await browser.waitFor('#resumed-notice');
    const stylesheet = await browser.exec('return document.querySelector("link[rel=stylesheet]").getAttribute("href")');
    assert.match(stylesheet, new RegExp(next.stylesheet.replace('.', '\\.')), 'the new version is running');
    const checked = await browser.exec('return [...document.querySelectorAll("input:checked")].map(r => r.name + "=" + r.value)');
    assert.deepEqual(checked, [...ids.slice(0, 3).map((id) => `${id}=2`), `${ids[3]}=5`]);
    assert.equal(await browser.exec('return document.querySelectorAll("#update-notice").length'), 0);
  } finally {
    await browser.quit();
    await server.close();
    rmSync(next.dir, { recursive: true, force: true });
  }
});

test('with service workers unavailable the app still works online', async () => {
  const server = await serve(DIST);
  const browser = await launch();
  try {
    beforeEveryLoad(server, 'delete Navigator.prototype.serviceWorker;');
    recordViolations(server);
    await browser.goto(server.url);
    assert.equal(await browser.exec('return "serviceWorker" in navigator'), false);
    await takePulse4(browser);
    await assertPrivate(browser, server.origin, 'without a service worker');
  } finally {
    await browser.quit();
    await server.close();
  }
});

test('the kill switch returns every open page to the network version', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'servewell-kill-'));
  cpSync(DIST, broken, { recursive: true });
  cpSync(fileURLToPath(new URL('../../scripts/kill-switch-sw.js', import.meta.url)), join(broken, 'sw.js'));
  let server = await serve(DIST);
  const browser = await launch();
  try {
    await browser.goto(server.url);
    await browser.waitFor('#start-full');
    await waitForControl(browser);
    await browser.exec('window.__sameDocument = true');

    const port = server.port;
    await server.close();
    server = await serve(broken, { port });
    await browser.exec('document.dispatchEvent(new Event("visibilitychange"))');
    await browser.waitUntil(async () => (await browser.exec('return window.__sameDocument')) !== true,
      'the page to be reloaded from the network', { timeout: 20_000 });
    await browser.waitFor('#start-full');
    assert.equal(await browser.exec('return !!navigator.serviceWorker.controller'), false);
    assert.deepEqual(await browser.execAsync('caches.keys().then(arguments[arguments.length - 1])'), []);

    // And it stays put: no reload loop once the page is on the network version.
    await browser.exec('window.__settled = true');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(await browser.exec('return window.__settled'), true);
  } finally {
    await browser.quit();
    await server.close();
    rmSync(broken, { recursive: true, force: true });
  }
});
