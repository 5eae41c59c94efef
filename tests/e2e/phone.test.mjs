// A phone in the hand: a 390×844 touch screen (and a 320 px one), the assessment and a
// workshop participant's path done by tapping, every answer and button a finger's size,
// nothing wider than the screen, codes handed over by the share sheet or copied, and
// keeping the app on the device (the browser's install offer, Safari's home screen and
// its seven-day rule).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT, lacks, launch, PHONE } from './webdriver.mjs';
import { serve } from './server.mjs';
import { asSafari, DIST, fresh, offerInstall, textOf, waitForDownload } from './harness.mjs';
import { createWorkshop } from './tour.mjs';
import { askedIds, expectedScores, shown } from './scoring-oracle.mjs';

/** A finger's size: 44×44 CSS pixels (WCAG 2.5.5, Apple's and Android's guidelines). */
const FINGER = 44;

/** Only chromedriver emulates a phone: elsewhere every test here is skipped, saying why. */
const skip = lacks('phone');

let server;
let browser;
const downloads = mkdtempSync(join(tmpdir(), 'servewell-phone-downloads-'));
before(async () => {
  if (skip) return;
  server = await serve(DIST);
  browser = await launch({ phone: true, downloads });
});
after(async () => {
  await browser?.quit();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** A tap with a finger (a touch pointer) at the element's centre, after scrolling it into view. */
async function tap(el) {
  const ref = typeof el === 'string' ? await browser.waitFor(el) : el;
  await browser.scrollIntoView(ref);
  const hit = await browser.exec(`const r = arguments[0].getBoundingClientRect();
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return arguments[0] === at || arguments[0].contains(at);`, ref);
  assert.ok(hit, 'nothing covers what is tapped');
  await browser.command('POST', '/actions', { actions: [{
    type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' },
    actions: [
      { type: 'pointerMove', duration: 0, origin: ref, x: 0, y: 0 },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ],
  }] });
  await browser.command('DELETE', '/actions');
}

/** Makes the phone's screen `width` CSS pixels wide (and back with 390). */
async function screenWidth(width) {
  await browser.cdp('Emulation.setDeviceMetricsOverride', {
    width, height: PHONE.deviceMetrics.height, deviceScaleFactor: PHONE.deviceMetrics.pixelRatio, mobile: true,
  });
  await browser.waitUntil(() => browser.exec('return window.innerWidth === arguments[0]', width), `a ${width} px screen`);
}

/** Asserts that nothing on the page is wider than the screen, at 390 and at 320 px. */
async function fitsTheScreen(where) {
  for (const width of [320, PHONE.deviceMetrics.width]) {
    await screenWidth(width);
    const [scroll, inner, wide] = await browser.exec(`const e = document.documentElement;
      const wide = [...document.querySelectorAll('main *')].filter(el => el.getBoundingClientRect().right > innerWidth + 0.5)
        .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.'));
      return [e.scrollWidth, innerWidth, wide];`);
    assert.ok(scroll <= inner && inner === width, `${where} at ${width} px: page ${scroll} px wide on a ${inner} px screen (${wide})`);
  }
}

/** The sizes of what is smaller than a finger among `css`, as readable lines; empty if none. */
async function tooSmall(css) {
  return browser.exec(`return [...document.querySelectorAll(arguments[0])].flatMap(el => {
    const r = el.getBoundingClientRect();
    return r.width >= arguments[1] && r.height >= arguments[1] ? []
      : [(el.id || el.textContent.trim()) + ': ' + Math.round(r.width) + '×' + Math.round(r.height)];
  });`, css, FINGER);
}

/** The answer labels, navigation buttons and site navigation on screen, each at least a finger's size. */
async function fingerSized(where) {
  assert.deepEqual(await tooSmall('fieldset[data-item] label.choice, .pager button, .site-header a'), [], where);
}

/** Taps through every page of the questionnaire on screen, answering `answer(id)`, and finishes it. */
async function tapEveryPage(answer, check = async () => {}) {
  const given = {};
  for (let page = 1; ; page++) {
    await browser.waitFor('fieldset[data-item]');
    await check(page);
    const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
    for (const id of ids) {
      given[id] = answer(id);
      const input = await browser.find(`#answer-${id}-${given[id]}`);
      await tap(await browser.exec('return arguments[0].closest("label")', input));
      assert.equal(await browser.prop(input, 'checked'), true, `tapping answer ${given[id]} of ${id} chose it`);
    }
    const [finish] = await browser.findAll('#finish');
    if (finish) {
      await tap(finish);
      return given;
    }
    await tap('#next');
    await browser.waitUntil(async () => {
      const first = (await browser.findAll('fieldset[data-item]'))[0];
      return first && (await browser.attr(first, 'data-item')) !== ids[0];
    }, 'the next page');
  }
}

test('the phone profile is a 390×844 touch screen', { skip }, async () => {
  await browser.goto(server.url);
  const [width, height, touch, ratio] = await browser.exec(
    'return [innerWidth, innerHeight, navigator.maxTouchPoints > 0 && matchMedia("(pointer: coarse)").matches, devicePixelRatio]');
  assert.deepEqual([width, height, touch, ratio], [390, 844, true, 3]);
});

test('the full assessment by tapping: answers and buttons a finger\'s size, nothing wider than the screen', { skip }, async () => {
  await fresh(browser, server);
  await fingerSized('the landing page\'s navigation');
  await tap('#start-full');
  const levels = [1, 2, 3, 4, 5];
  const given = await tapEveryPage((id) => levels[(id.charCodeAt(0) + id.length * 3 + Number(id.at(-1))) % 5], async (page) => {
    await fingerSized(`questionnaire page ${page}`);
    if (page === 1) await fitsTheScreen('the questionnaire');
  });
  assert.deepEqual(Object.keys(given).sort(), askedIds('full').sort());
  await browser.waitFor('#overall-score');
  assert.equal(await textOf(browser, '#overall-score'), shown(expectedScores(given, 'full').overall));
  await fitsTheScreen('the result');
});

test('a workshop participant joins from the link, answers by tapping and hands back the code, shared or copied', { skip }, async () => {
  await fresh(browser, server);
  await createWorkshop(browser, server, { title: 'Team day', variant: 'pulse' });
  await fitsTheScreen('the workshop page');
  const link = await browser.prop(await browser.find('#workshop-link'), 'value');
  // The participant's own phone: nothing stored.
  await browser.exec('localStorage.clear()');
  await browser.goto(link);
  await browser.refresh();
  await fitsTheScreen('the join page');
  await tap('#join-start');
  await tapEveryPage(() => 4, (page) => fingerSized(`workshop questionnaire page ${page}`));
  await browser.waitFor('#overall-score');
  await fitsTheScreen('the participant\'s result');

  // Without a share sheet: copy the link, or, with no clipboard either, have it selected.
  await browser.exec('delete Navigator.prototype.share');
  await browser.cdp('Browser.grantPermissions', { origin: server.url.replace(/\/$/, ''), permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
  await browser.type(await browser.find('#share-name'), 'Ana');
  await tap('#make-code');
  const code = await browser.prop(await browser.waitFor('#result-code'), 'value');
  const resultLink = await browser.prop(await browser.find('#result-link'), 'value');
  assert.match(code, /^SW[0-9A-Z]+$/);
  assert.ok(resultLink.endsWith(code), resultLink);
  assert.equal((await browser.findAll('#result-share')).length, 0, 'no share button without a share sheet');
  assert.deepEqual(await tooSmall('#result-copy, #make-code'), []);
  await tap('#result-copy');
  await browser.waitUntil(async () => (await textOf(browser, '#result-status')) === 'Copied.', 'the link copied');
  assert.equal(await browser.execAsync('navigator.clipboard.readText().then(arguments[arguments.length - 1])'), resultLink);
  await fitsTheScreen('the result with its code');

  await browser.exec('delete Navigator.prototype.clipboard');
  await tap('#result-copy');
  await browser.waitUntil(async () => (await textOf(browser, '#result-status')).startsWith('Could not copy'), 'the copy refused');
  assert.equal(await browser.exec(
    'const f = document.activeElement; return f.id === "result-link" && f.selectionStart === 0 && f.selectionEnd === f.value.length'),
  true, 'the link is selected, to copy by hand');

  // With a share sheet, on the next visit: the link goes to it, with the code's purpose.
  await browser.exec(`window.__shared = [];
    Navigator.prototype.share = function (data) { window.__shared.push(data); return Promise.resolve(); };`);
  const result = await browser.hash();
  await browser.goto(`${server.url}#/history`);
  await browser.goto(`${server.url}${result}`);
  await browser.type(await browser.waitFor('#share-name'), 'Ana');
  await tap('#make-code');
  await tap(await browser.waitFor('#result-share'));
  await browser.waitUntil(async () => (await textOf(browser, '#result-status')) === 'Shared.', 'the link shared');
  const [shared] = await browser.exec('return window.__shared');
  assert.equal(shared.url, resultLink);
  assert.equal(shared.title, 'My result for “Team day”');
});

test('the browser\'s install offer: a button on the data page that opens the browser\'s prompt, once', { skip }, async () => {
  await fresh(browser, server);
  // The offer often comes before the first view is drawn: it is kept for later.
  assert.equal(await offerInstall(browser), true, 'the browser\'s own banner is held back');
  await browser.goto(`${server.url}#/data`);
  assert.deepEqual(await tooSmall('#install'), []);
  await tap('#install');
  assert.equal(await browser.exec('return window.__prompts'), 1);
  await browser.waitUntil(async () => (await browser.findAll('#install')).length === 0, 'the button gone once used');

  // An offer while the page is open shows the button at once.
  await offerInstall(browser);
  await browser.waitFor('#install');
  await fitsTheScreen('the data page with the install offer');

  // Running installed, nothing is offered.
  await browser.exec(`const real = window.matchMedia;
    window.matchMedia = (q) => q === '(display-mode: standalone)' ? { matches: true } : real.call(window, q);`);
  await browser.goto(`${server.url}#/history`);
  await browser.goto(`${server.url}#/data`);
  await browser.waitFor('#export');
  assert.equal((await browser.findAll('#keep-on-device')).length, 0);
});

test('Safari on an iPhone: how to add to the home screen and the seven-day rule, with the backup a tap away', { skip }, async () => {
  await fresh(browser, server);
  await asSafari(browser);
  await browser.goto(`${server.url}#/data`);
  assert.equal(await textOf(browser, '#install-steps'),
    'In Safari on iPhone or iPad: tap Share (the square with an arrow), then “Add to Home Screen”.');
  assert.match(await textOf(browser, '#seven-days'), /^Safari may delete your results after seven days without a visit, unless ServeWell is on your home screen/);
  // The data page's own backup is the first thing on it.
  assert.equal((await browser.findAll('#keep-backup')).length, 0);
  assert.ok((await browser.rect('#export')).y < (await browser.rect('#keep-on-device')).y);
  await fitsTheScreen('the data page in Safari');

  // Nothing is said before there is something to keep; after a first result, it is.
  await browser.goto(`${server.url}#/`);
  assert.equal((await browser.findAll('#keep-on-device')).length, 0);
  await tap('#start-pulse');
  await tapEveryPage(() => 3);
  await browser.waitFor('#overall-score');
  await browser.waitFor('#seven-days');
  await fitsTheScreen('a first result in Safari');
  await tap('#keep-backup');
  const { text } = await waitForDownload(browser, downloads, 'servewell-backup-', (t) => { try { return JSON.parse(t); } catch { return false; } });
  assert.equal(JSON.parse(text).results.length, 1);
  await browser.goto(`${server.url}#/data`);
  assert.match(await textOf(browser, '#last-backup'), /^Last backup:/, 'the backup is recorded');

  // Opened from the home screen: nothing to add, no warning.
  await asSafari(browser, true);
  await browser.goto(`${server.url}#/history`);
  await browser.goto(`${server.url}#/data`);
  await browser.waitFor('#export');
  assert.equal((await browser.findAll('#keep-on-device')).length, 0);
});
