// Five languages, in the built app: the first visit follows the browser's preferred
// languages; the control on every page changes the language at once and remembers it;
// answers, results and stored data carry no language, so a switch in the middle of an
// assessment keeps every answer and a result is shown in whatever language is chosen;
// numbers and dates follow the language; axe passes on the main screens in each.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerEveryPage, axeViolations, beforeEveryLoad, fresh, openApp, textOf, withApp } from './harness.mjs';
import { bank, expectedMeans, expectedScores } from './scoring-oracle.mjs';
import { addCodes, createWorkshop } from './tour.mjs';
import { launch } from './webdriver.mjs';
import { results } from './fixtures.mjs';

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
});

const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'];
const catalogue = (code) => JSON.parse(readFileSync(new URL(`../../questions/${code}.json`, import.meta.url), 'utf8'));

async function choose(code, on = browser) {
  await on.exec(`const s = document.querySelector('#language'); s.value = arguments[0];
    s.dispatchEvent(new Event('change', { bubbles: true }));`, code);
  await on.waitUntil(async () => (await on.exec('return document.documentElement.lang')) === code, `the page in ${code}`);
}

/** Answers every item with `answer(id)`, finishes, and waits for the result. */
async function answerAll(answer) {
  const given = await answerEveryPage(browser, answer);
  await browser.waitUntil(async () => (await browser.hash()).startsWith('#/results/'), 'the result page');
  return given;
}

test('the first visit follows the browser, and a choice is remembered over it', async () => {
  const stop = beforeEveryLoad(server, `Object.defineProperty(navigator, 'languages', { get: () => ['fr-CA', 'de'] });`);
  try {
    await fresh(browser, server);
    assert.equal(await browser.exec('return document.documentElement.lang'), 'fr');
    assert.equal(await textOf(browser, '#start-full'), catalogue('fr').ui.start_full);
    await choose('pt');
    await browser.refresh();
    await browser.waitFor('#start-full');
    assert.equal(await browser.exec('return document.documentElement.lang'), 'pt', 'the choice outlives the browser preference');
    assert.equal(await textOf(browser, '#start-full'), catalogue('pt').ui.start_full);
  } finally {
    stop();
  }
});

test('the full assessment in every language scores alike, with numbers and dates in that language', async () => {
  const pattern = (id) => 1 + (bank.items.findIndex((i) => i.id === id) % 5);
  for (const code of LANGUAGES) {
    await fresh(browser, server);
    await choose(code);
    const ui = catalogue(code).ui;
    await browser.click(await browser.waitFor('#start-full'));
    await browser.waitFor('fieldset[data-item]');
    const labels = await browser.exec('return [...document.querySelector("fieldset[data-item] .scale").querySelectorAll("label")].map(l => l.textContent.trim())');
    assert.deepEqual(labels.slice(0, 5), ui.scale, `${code}: the scale`);
    const given = await answerAll(pattern);
    const expected = expectedScores(given, 'full').overall;
    const shown = await textOf(browser, '#overall-score');
    assert.equal(shown, ui.decimal_separator === ',' ? expected.replace('.', ',') : expected, `${code}: the overall score`);
    const date = await textOf(browser, '.taken');
    const today = new Intl.DateTimeFormat(code, { dateStyle: 'medium' }).format(new Date());
    assert.ok(date.includes(today), `${code}: the date (${date}) is written in the language (${today})`);
    assert.deepEqual(await axeViolations(browser), [], `${code}: axe on the result`);
  }
});

test('a switch in the middle keeps every answer, and a result is shown in any language', async () => {
  await fresh(browser, server);
  await choose('de');
  await browser.click(await browser.waitFor('#start-pulse'));
  await browser.waitFor('fieldset[data-item]');
  const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
  for (const id of ids.slice(0, 3)) await browser.click(await browser.find(`#answer-${id}-4`));
  assert.deepEqual(await axeViolations(browser), [], 'axe on the questionnaire in German');
  await choose('es');
  await browser.waitFor('fieldset[data-item]');
  const checked = await browser.exec('return [...document.querySelectorAll("input[type=radio]:checked")].map(r => r.name + "=" + r.value)');
  assert.deepEqual(checked.sort(), ids.slice(0, 3).map((id) => `${id}=4`).sort(), 'every answer kept');
  assert.equal(await textOf(browser, 'fieldset[data-item] label'), catalogue('es').ui.scale[0]);
  const given = await answerAll(() => 3);
  const result = await browser.hash();
  for (const code of ['pt', 'fr', 'en']) {
    await choose(code);
    await browser.waitFor('#overall-score');
    assert.equal(await browser.hash(), result);
    assert.equal(await textOf(browser, 'h1'), catalogue(code).ui.result_title, `${code}: the same result, in ${code}`);
  }
  assert.equal(Object.keys(given).length, 10);
  // Nothing stored names a language but the reader's choice.
  const stored = await browser.exec('return Object.keys(localStorage).filter(k => k !== "servewell.v1.language").map(k => localStorage.getItem(k)).join(" ")');
  assert.doesNotMatch(stored, /"(lang|language|locale)"/);
  await browser.goto(`${server.url}#/`);
  await browser.waitFor('#start-full');
  assert.deepEqual(await axeViolations(browser), [], 'axe on the landing page in English');
});

test('a workshop link opens in the language it was shared in, and can still be changed', async () => {
  await fresh(browser, server);
  await choose('de');
  await createWorkshop(browser, server, { title: 'Teamtag', variant: 'pulse' });
  const link = await browser.prop(await browser.find('#workshop-link'), 'value');
  assert.match(link, /&l=de$/);
  // A participant who had chosen English before.
  await openApp(browser, server.url);
  await browser.exec('localStorage.clear(); localStorage.setItem("servewell.v1.language", "en")');
  await browser.goto(link);
  await browser.refresh();
  await browser.waitFor('#join-start');
  assert.equal(await browser.exec('return document.documentElement.lang'), 'de');
  assert.equal(await textOf(browser, '#join-start'), catalogue('de').ui.join_start);
  await choose('en');
  assert.equal(await textOf(browser, '#join-start'), catalogue('en').ui.join_start);
});

test('the page, its description and the installed app are named in the reader\'s language; a language that cannot be fetched is said so', async () => {
  await fresh(browser, server);
  await choose('fr');
  const fr = catalogue('fr').ui;
  assert.equal(await browser.exec('return document.querySelector("meta[name=description]").content'), fr.app_description);
  assert.match(await browser.exec('return document.title'), new RegExp(`${fr.app_name}$`));
  const manifest = await browser.exec('return fetch(document.querySelector("link[rel=manifest]").href).then(r => r.json())');
  assert.deepEqual([manifest.name, manifest.short_name, manifest.lang], [fr.app_full_name, fr.app_name, 'fr']);
  // Without JavaScript, the page says what it needs in every language.
  const page = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  for (const code of LANGUAGES) assert.ok(page.includes(`<p lang="${code}">${catalogue(code).ui.noscript}</p>`), `${code}: noscript`);

  // Offline, before the service worker has kept German.
  await browser.exec(`const fetched = window.fetch;
    window.fetch = (url, ...rest) => String(url).includes('questions/de') ? Promise.reject(new TypeError('offline')) : fetched(url, ...rest);`);
  await browser.exec(`const s = document.querySelector('#language'); s.value = 'de'; s.dispatchEvent(new Event('change', { bubbles: true }));`);
  // WebDriver reads a no-break space (before French colons) as a space.
  assert.equal(await textOf(browser, '#language-failed'), fr.language_failed.replace(/\u00a0/g, ' '));
  assert.equal(await browser.exec('return document.documentElement.lang'), 'fr');
  assert.equal(await browser.exec('return document.querySelector("#language").value'), 'fr', 'the control shows the language in use');
  await choose('pt');
  assert.equal(await browser.exec('return document.querySelector("#language-failed")'), null, 'the message goes once a language is read');
});

test('a group profile mixes codes from participants who answered in different languages', async () => {
  await fresh(browser, server);
  await choose('de');
  await createWorkshop(browser, server, { title: 'Teamtag', variant: 'pulse' });
  const link = await browser.prop(await browser.find('#workshop-link'), 'value');
  const people = [];
  for (const [code, level] of [['de', () => 2], ['pt', (id) => (id.startsWith('lis') ? 5 : 3)], ['fr', () => 4]]) {
    const own = await launch();
    try {
      await own.goto(link);
      await own.waitFor('#join-start');
      if (code !== 'de') await choose(code, own);
      await own.click(await own.find('#join-start'));
      const given = await answerEveryPage(own, level);
      await own.click(await own.waitFor('#make-code'));
      people.push({ code: await own.prop(await own.waitFor('#result-code'), 'value'), given });
    } finally {
      await own.quit();
    }
  }
  // The facilitator reads the group in a fourth language.
  await choose('es');
  await addCodes(browser, people.map((p) => p.code).join('\n'));
  await browser.waitFor('#group-table');
  const shown = await browser.exec(`return Object.fromEntries([...document.querySelectorAll('#group-table tr[data-characteristic]')]
    .map(r => [r.dataset.characteristic, r.querySelector('td.mean').textContent.trim()]))`);
  const means = people.map((p) => expectedMeans(p.given, 'pulse').byCharacteristic);
  for (const id of bank.characteristics) {
    const mean = means.reduce((sum, m) => sum + m[id], 0) / means.length;
    assert.equal(shown[id], (Math.round(mean * 10) / 10).toFixed(1).replace('.', ','), id);
  }
});

test('a spreadsheet comes out in the reader\'s language', async () => {
  await fresh(browser, server, results(2));
  await choose('fr');
  await browser.goto(`${server.url}#/data`);
  // The file's text, read from the download's Blob as the page makes it.
  await browser.exec(`window.__files = []; const make = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.__files.push(blob); return make(blob); };`);
  await browser.click(await browser.waitFor('#export-csv'));
  const csv = await browser.execAsync('const done = arguments[arguments.length - 1]; window.__files[0].text().then(done)');
  const fr = catalogue('fr');
  const header = csv.split('\r\n')[0].replace(/^\uFEFF/, '').split(',');
  assert.deepEqual(header.slice(0, 2), [`${fr.ui.column_date} (UTC)`, fr.ui.column_variant]);
  assert.ok(header.includes(fr.characteristics.listening.name), `${header}`);
  assert.equal(csv.trim().split('\r\n').length, 3, 'a header and two rows');
});
