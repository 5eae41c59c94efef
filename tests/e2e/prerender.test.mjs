// The page before the WebAssembly arrives: index.html carries the landing page as plain
// HTML (scripts/finish-build.mjs), in the language the app will choose, shown only where
// the app itself would show it to a new visitor. Its links work at once, and the app then
// draws the same page in its place without a blank frame or anything moving.
//
// Each test holds the wasm on the server (a slow network, stopped), so that what the page
// does before the app is seen, then lets it through. No service worker here, so that every
// load fetches the wasm again.

import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { beforeEveryLoad, recordViolations, textOf, withApp } from './harness.mjs';
import { HISTORY_KEY, results, storedHistory } from './fixtures.mjs';
import { bank } from './scoring-oracle.mjs';
import { lacks } from './webdriver.mjs';

/** Every test here looks at a page whose wasm is held: where the driver waits for the load, each is skipped, saying why. */
const skip = lacks('eagerLoad');
const test = (name, body) => nodeTest(name, { skip }, body);

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
  beforeEveryLoad(server, 'delete Navigator.prototype.serviceWorker;');
  recordViolations(server);
  // Whether the landing page, or no page at all, was ever on screen: checked every frame.
  beforeEveryLoad(server, `window.__frames = { landing: false, blank: 0, pages: 0 };
    const frame = () => {
      const page = document.querySelector('body > .page');
      if (page) window.__frames.pages++;
      else if (window.__frames.pages) window.__frames.blank++;
      if (document.querySelector('body > .page .intro')) window.__frames.landing = true;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);`);
}, { pageLoad: 'eager' });

const catalogue = (code) => JSON.parse(readFileSync(new URL(`../../questions/${code}.json`, import.meta.url), 'utf8'));
const STATIC = 'body > .page:not(:has(#language))';
const APP = '#language';

let loads = 0;

/**
 * Loads the page at `hash` afresh with the wasm held (after `setup`, run on the same
 * origin), and waits for the page's own copy; returns the function that lets the wasm through.
 */
async function beforeTheApp(hash = '', setup = async () => {}) {
  const release = server.hold(/\.wasm$/);
  await browser.goto(server.url);
  await setup();
  // A query of its own makes it a new document (a reload would wait for the held wasm).
  const search = `?load=${++loads}`;
  await browser.goto(`${server.url}${search}${hash}`);
  // Geckodriver may answer before the new document is there.
  await browser.waitUntil(async () => (await browser.exec('return location.search')) === search, `the page ${search}`);
  await browser.waitFor(STATIC);
  return release;
}

/** Every element of the page as markup with sorted attributes, but for the ids only the app's own code uses. */
function markup() {
  return browser.exec(`const own = ['start-full', 'start-pulse', 'language'];
    const canon = (n) => n.nodeType === 3 ? n.data : n.nodeType !== 1 ? '' : '<' + n.localName
      + [...n.attributes].filter((a) => a.name !== 'selected' && !(a.name === 'id' && own.includes(a.value)))
        .map((a) => ' ' + a.name + '="' + a.value + '"').sort().join('')
      + '>' + [...n.childNodes].map(canon).join('') + '</' + n.localName + '>';
    return { page: canon(document.querySelector('body > .page')), language: document.querySelector('select').value,
      lang: document.documentElement.lang, title: document.title };`);
}

async function choose(code) {
  await browser.exec(`const s = document.querySelector('select'); s.value = arguments[0];
    s.dispatchEvent(new Event('change', { bubbles: true }));`, code);
  await browser.waitUntil(async () => (await browser.exec('return document.documentElement.lang')) === code, `the page in ${code}`);
}

/** The variant of the assessment in progress, as stored. */
async function started() {
  return JSON.parse(await browser.exec('return localStorage.getItem("servewell.v1.progress")'))?.progress.variant;
}

async function noViolations() {
  assert.deepEqual(await browser.exec('return window.__violations'), [], 'no Content-Security-Policy violation');
}

test('before the app, the page is the app\'s landing page, element for element, in each language', async () => {
  const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
  const before = {};
  for (const code of ['en', 'es', 'de', 'fr', 'pt']) {
    await choose(code);
    before[code] = await markup();
    assert.equal(await textOf(browser, `${STATIC} a[href="#/start/full"]`), catalogue(code).ui.start_full.replace(/\u00a0/g, ' '));
  }
  await noViolations();
  release();
  await browser.waitFor(APP);
  for (const code of ['pt', 'fr', 'de', 'es', 'en']) {
    await choose(code);
    await browser.waitFor('#start-full');
    assert.deepEqual(await markup(), before[code], `${code}: the app draws what the page showed`);
  }
  await noViolations();
});

test('the page follows the browser\'s languages, and a choice made before the app is the app\'s', async () => {
  const stop = beforeEveryLoad(server, `Object.defineProperty(navigator, 'languages', { get: () => ['fr-CA', 'de'] });`);
  try {
    const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
    assert.equal(await browser.exec('return document.documentElement.lang'), 'fr');
    assert.equal(await textOf(browser, 'h1'), catalogue('fr').ui.landing_title.replace(/\u00a0/g, ' '));
    await choose('de');
    assert.equal(await browser.exec('return document.activeElement.localName'), 'select', 'focus stays on the control');
    release();
    await browser.waitFor(APP);
    assert.equal(await browser.exec('return document.documentElement.lang'), 'de');
    assert.equal(await textOf(browser, '#start-full'), catalogue('de').ui.start_full);
  } finally {
    stop();
  }
});

test('a start link tapped before the app arrives opens that questionnaire once it has, and Back does not start it again', async () => {
  const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
  await browser.click(await browser.find(`${STATIC} a[href="#/start/pulse"]`));
  assert.equal(await browser.hash(), '#/start/pulse');
  assert.ok(await browser.exists(STATIC), 'still the page\'s own copy');
  release();
  await browser.waitFor('fieldset[data-item]');
  assert.equal(await browser.hash(), '#/assessment');
  assert.equal(await started(), 'pulse');
  await browser.back();
  await browser.waitFor('#continue-title');
  assert.equal(await browser.hash(), '', 'Back returns to the landing page');
  assert.equal(await browser.exists('.confirm'), false);
  await noViolations();
});

test('with an assessment unfinished, a start link asks first; cancelling keeps it', async () => {
  const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
  release();
  await browser.click(await browser.waitFor('#start-pulse'));
  const first = await browser.exec('return document.querySelector("fieldset[data-item]").dataset.item');
  await browser.click(await browser.waitFor(`#answer-${first}-4`));
  await browser.goto(`${server.url}#/start/full`);
  await browser.click(await browser.waitFor('.confirm button:not(.danger)'));
  assert.equal(await browser.hash(), '#/');
  assert.equal(await started(), 'pulse');
  await browser.click(await browser.find('#start-full'));
  await browser.click(await browser.waitFor('.confirm button.danger'));
  await browser.waitFor('fieldset[data-item]');
  assert.equal(await browser.hash(), '#/assessment');
  assert.equal(await started(), 'full');
});

test('returning users and other addresses get the header and footer only, never a flash of the landing page', async () => {
  const history = storedHistory(results(2));
  const cases = [
    ['', 'a history', () => browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])', HISTORY_KEY, history), '#latest-overall'],
    ['#/', 'an assessment in progress', () => browser.exec('localStorage.clear(); localStorage.setItem("servewell.v1.progress", arguments[0])',
      JSON.stringify({ schema: 1, progress: { variant: 'pulse', bank_version: bank.version, page: 0, answers: {}, started_at: 0 } })), '#start-full'],
    ['#/workshops', 'nothing', () => browser.exec('localStorage.clear()'), '#workshop-title'],
    ['#/start/full', 'a history', () => browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])', HISTORY_KEY, history), 'fieldset[data-item]'],
    ['#/about', 'broken results', () => browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], "{")', HISTORY_KEY), '#about-sources'],
  ];
  for (const [hash, stored, setup, app] of cases) {
    const release = await beforeTheApp(hash, setup);
    const what = `${hash || 'the bare address'} with ${stored}`;
    assert.equal(await browser.exec(`return document.querySelector(arguments[0] + ' main').childElementCount`, STATIC), 0, `${what}: main is empty`);
    assert.ok(await browser.exists(`${STATIC} .site-header nav a[href="#/history"]`), `${what}: the header is there`);
    release();
    await browser.waitFor(app);
    const frames = await browser.exec('return window.__frames');
    // The app draws the landing page itself there, under the confirmation, or before the questionnaire.
    if (!['#/', '#/start/full'].includes(hash)) assert.equal(frames.landing, false, `${what}: the landing page never showed`);
    assert.equal(frames.blank, 0, `${what}: no frame without a page`);
  }
  await noViolations();
});

test('the app takes the page\'s place without a blank frame, a move or a lost scroll, and focuses its heading', async () => {
  const size = await browser.exec('return [window.innerWidth, window.innerHeight]');
  await browser.setViewportSize(800, 500);
  try {
    const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
    await browser.exec('window.scrollTo(0, 200)');
    const where = () => browser.exec(`return [window.scrollY, ...['h1', '.choices', '.privacy', '.site-footer', 'select']
      .map((css) => JSON.stringify(document.querySelector(css).getBoundingClientRect()))]`);
    const before = await where();
    assert.equal(before[0], 200, 'the page scrolls');
    release();
    await browser.waitFor(APP);
    assert.deepEqual(await where(), before, 'nothing moved');
    assert.equal(await browser.exec('return document.activeElement.localName'), 'h1');
    assert.equal((await browser.exec('return window.__frames')).blank, 0, 'no frame without a page');
  } finally {
    await browser.setViewportSize(...size);
  }
});

test('a start link opened afresh shows the landing page, then the questionnaire', async () => {
  const release = await beforeTheApp('#/start/full', () => browser.exec('localStorage.clear()'));
  assert.ok(await browser.exists(`${STATIC} .intro h1`));
  release();
  await browser.waitFor('fieldset[data-item]');
  assert.equal(await browser.hash(), '#/assessment');
  assert.equal(await started(), 'full');
  assert.equal((await browser.exec('return window.__frames')).blank, 0, 'no frame without a page');
});

test('the skip link before the app moves focus to the content and keeps the address', async () => {
  const release = await beforeTheApp('', () => browser.exec('localStorage.clear()'));
  await browser.exec('document.querySelector(".skip-link").click()');
  assert.equal(await browser.exec('return document.activeElement.id'), 'main');
  assert.equal(await browser.hash(), '');
  release();
  await browser.waitFor(APP);
});
