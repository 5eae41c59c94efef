// What every end-to-end test file shares: the release build, served on 127.0.0.1, and
// a browser to drive it (the engine E2E_BROWSER names: see webdriver.mjs).

import { before, after } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './webdriver.mjs';
import { serve } from './server.mjs';
import { HISTORY_KEY, storedHistory } from './fixtures.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Serves dist/ and opens a browser (with `launch(options)`) before the file's tests, and
 * closes both after; `ready(server, browser)` receives them once they are up.
 */
export function withApp(ready, options) {
  let server;
  let browser;
  before(async () => {
    server = await serve(DIST);
    browser = await launch(options);
    await ready(server, browser);
  });
  after(async () => {
    await browser?.quit();
    await server?.close();
  });
}

/**
 * withApp, with the browser's downloads going to a temporary folder, removed after the
 * file's tests; returns the folder.
 */
export function withAppAndDownloads(ready) {
  const downloads = mkdtempSync(join(tmpdir(), 'servewell-downloads-'));
  withApp(ready, { downloads });
  after(() => rmSync(downloads, { recursive: true, force: true }));
  return downloads;
}

/** The trimmed text of the first element matching `css`, once there is one. */
export async function textOf(browser, css) {
  return (await browser.text(await browser.waitFor(css))).trim();
}

/**
 * Runs `source` in every page `server` serves from now on, before any of the page's own
 * scripts (the wasm included), whichever browser loads it. Returns a function that stops
 * it for later loads.
 */
export function beforeEveryLoad(server, source) {
  return server.beforeEveryLoad(source);
}

/** Records every Content-Security-Policy violation of every page `server` serves in `window.__violations`. */
export function recordViolations(server) {
  return beforeEveryLoad(server, `window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`);
}

/**
 * Starts a pulse from the landing page and answers every item `answer(id)` (default 4),
 * leaving it unfinished on its last page; returns the answers given.
 */
export async function answerPulse(browser, answer = () => 4) {
  await browser.click(await browser.waitFor('#start-pulse'));
  const given = {};
  for (const last of [false, true]) {
    await browser.waitFor('fieldset[data-item]');
    const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
    for (const id of ids) {
      given[id] = answer(id);
      await browser.click(await browser.find(`#answer-${id}-${given[id]}`));
    }
    if (!last) await nextPage(browser, ids[0]);
  }
  await browser.waitFor('#finish');
  return given;
}

/**
 * Takes a pulse from the landing page answering every item `answer(id)` (default 4);
 * returns the answers given and the new result's id.
 */
export async function takePulse(browser, answer = () => 4) {
  const given = await answerPulse(browser, answer);
  await browser.click(await browser.find('#finish'));
  await browser.waitFor('#overall-score');
  return { given, id: (await browser.hash()).replace('#/results/', '') };
}

/**
 * Which of the two builds runs in the page, 'first-visit' or 'full': the one whose wasm
 * this document fetched (index.html's loader starts one).
 */
export async function runningBuild(browser) {
  const wasm = await browser.exec('return performance.getEntriesByType("resource").map(e => e.name).filter(n => n.endsWith(".wasm"))');
  if (wasm.length !== 1) throw new Error(`not one build in the page: ${wasm}`);
  return /servewell-first-[0-9a-f]{16}_bg\.wasm$/.test(wasm[0]) ? 'first-visit' : 'full';
}

/** Waits until a service worker controls the page. */
export async function waitForControl(browser) {
  await browser.waitUntil(() => browser.exec('return !!navigator.serviceWorker.controller'),
    'the service worker to control the page', { timeout: 20_000 });
}

/**
 * Opens `url` and waits until the app has started there: its language control, which the
 * page's own copy of the landing page lacks. The page's load comes before the wasm has
 * arrived, and an app still starting would read storage changed meanwhile (a history
 * stored in the first-visit build's page makes it hand the page over, reloading it).
 */
export async function openApp(browser, url) {
  await browser.goto(url);
  await browser.waitFor('#language');
}

/**
 * Loads the landing page with nothing stored but `history` (a list of results), if given,
 * and the raw texts of `stored` (by key).
 */
export async function fresh(browser, server, history, stored = {}) {
  await openApp(browser, server.url);
  await browser.exec('localStorage.clear()');
  if (history) await browser.exec('localStorage.setItem(arguments[0], arguments[1])', HISTORY_KEY, storedHistory(history));
  for (const [key, value] of Object.entries(stored)) {
    await browser.exec('localStorage.setItem(arguments[0], arguments[1])', key, value);
  }
  await browser.goto(`${server.url}#/`);
  await browser.refresh();
  await browser.waitFor('#start-full');
  await browser.waitFor('#language');
}

/** Waits for a finished download in `dir` named `prefix…` whose text `complete` accepts. */
export async function waitForDownload(browser, dir, prefix, complete) {
  return browser.waitUntil(() => {
    // Chromium and Firefox write into a file of their own until the download is complete.
    const name = readdirSync(dir).find((f) => f.startsWith(prefix) && !/\.(crdownload|part)$/.test(f));
    const text = name && readFileSync(join(dir, name), 'utf8');
    return text && complete(text) && { name, text };
  }, `a complete download named ${prefix}…`);
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG A and AA violations axe finds on the page as it is now, as readable lines. */
export async function axeViolations(browser) {
  // Run through WebDriver, so no page policy has to allow it.
  await browser.exec(`${AXE}\nwindow.axe = axe;`);
  return browser.execAsync(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
      .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
      .catch(e => done(['axe failed: ' + e]));`, AXE_TAGS);
}

/**
 * Answers every item of the questionnaire on screen, page after page, with `answer(id)`,
 * and finishes it; returns the answers given.
 */
export async function answerEveryPage(browser, answer) {
  const given = {};
  for (;;) {
    await browser.waitFor('fieldset[data-item]');
    const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
    for (const id of ids) {
      given[id] = answer(id);
      await browser.click(await browser.find(`#answer-${id}-${given[id]}`));
    }
    const [finish] = await browser.findAll('#finish');
    if (finish) {
      await browser.click(finish);
      return given;
    }
    await nextPage(browser, ids[0]);
  }
}

/**
 * Makes the browser offer to install the app, as Chromium does with `beforeinstallprompt`:
 * the offer's `prompt()` counts its calls in `window.__prompts`. Returns whether the app
 * held back the browser's own banner (the event's default prevented).
 */
export function offerInstall(browser) {
  return browser.exec(`const offer = new Event('beforeinstallprompt', { cancelable: true });
    window.__prompts = 0;
    offer.prompt = () => { window.__prompts += 1; return Promise.resolve(); };
    offer.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
    window.dispatchEvent(offer);
    return offer.defaultPrevented;`);
}

/**
 * Makes the page look like Safari on an iPhone, the one browser with `navigator.standalone`
 * (true once opened from the home screen). The app reads it as a view is drawn, so this
 * holds for the next view until the page reloads.
 */
export function asSafari(browser, standalone = false) {
  return browser.exec('Object.defineProperty(navigator, "standalone", { value: arguments[0], configurable: true })', standalone);
}

/**
 * Goes on to the questionnaire's next page, whose first item is not `first`, and waits
 * for it: a click's effect can come after the driver has answered it (WebKit).
 */
export async function nextPage(browser, first) {
  await browser.click(await browser.find('#next'));
  await browser.waitUntil(async () => {
    const item = (await browser.findAll('fieldset[data-item]'))[0];
    return item && (await browser.attr(item, 'data-item')) !== first;
  }, 'the next page');
}
