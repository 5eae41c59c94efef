// The two builds: a first visit fetches only the first-visit build (a newcomer's, a
// participant's and a colleague's pages), which hands any other page over to the full
// build by loading the page again, nothing lost; a returning user gets the full build
// straight away. Service workers are blocked here, so that the server's log lists just
// what the page itself fetched (offline.test.mjs has both builds kept for offline).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerPulse, beforeEveryLoad, fresh, recordViolations, runningBuild, takePulse, textOf, withApp } from './harness.mjs';
import { results } from './fixtures.mjs';

let server;
let browser;
withApp((s, b) => {
  server = s;
  browser = b;
  beforeEveryLoad(server, 'delete Navigator.prototype.serviceWorker;');
  recordViolations(server);
});

const ui = (code) => JSON.parse(readFileSync(new URL(`../../questions/${code}.json`, import.meta.url), 'utf8')).ui;
const FIRST_VISIT = /servewell-first-[0-9a-f]{16}_bg\.wasm$/;
const FULL = /servewell-[0-9a-f]{16}_bg\.wasm$/;

/** The wasm files the server has sent since the request numbered `since`. */
function wasmServed(since) {
  return server.requests.slice(since).map((r) => r.path).filter((path) => path.endsWith('.wasm'));
}

const build = () => runningBuild(browser);

/** Marks the document, so that `sameDocument()` tells whether the page has been loaded again since. */
const mark = () => browser.exec('window.__document = "marked"');
const sameDocument = () => browser.exec('return window.__document === "marked"');

/** Opens the app at `hash` in a new tab with nothing stored, as a first visit does. */
async function firstVisit(hash = '') {
  await fresh(browser, server);
  await browser.exec('sessionStorage.clear()');
  return inNewTab(hash);
}

/**
 * Opens the app at `hash` in a new tab, the old one closed, so that nothing of its session
 * carries over; returns how many requests the server had answered before.
 */
async function inNewTab(hash = '') {
  const tab = await browser.newTab();
  await browser.command('DELETE', '/window');
  await browser.switchTo(tab);
  const since = server.requests.length;
  await browser.goto(`${server.url}${hash}`);
  return since;
}

async function noViolations() {
  assert.deepEqual(await browser.exec('return window.__violations'), [], 'no CSP violation');
}

test('a first visit fetches only the first-visit build, and goes from the landing page to a result within it', async () => {
  const since = await firstVisit();
  await browser.waitFor('#start-full');
  assert.equal(await build(), 'first-visit');
  await mark();
  const { id } = await takePulse(browser);
  assert.ok(await sameDocument(), 'the result is shown without loading the page again');
  const served = wasmServed(since);
  assert.equal(served.length, 1, `one wasm served: ${served}`);
  assert.match(served[0], FIRST_VISIT);
  await noViolations();

  // History is the full build's: the page is handed over, with the result in it.
  await browser.click(await browser.find('.site-header a[href="#/history"]'));
  await browser.waitFor(`tr[data-result-id="${id}"]`);
  assert.equal(await browser.hash(), '#/history');
  assert.equal(await build(), 'full');
  assert.ok(!(await sameDocument()), 'loaded again, for the full build');
  assert.match(wasmServed(since)[1], FULL);
  await noViolations();

  // The tab keeps the full build; Back is the result page, in it, without another load.
  await mark();
  await browser.back();
  await browser.waitFor('#overall-score');
  assert.equal(await browser.hash(), `#/results/${id}`);
  assert.ok(await sameDocument());
  await browser.refresh();
  await browser.waitFor('#overall-score');
  assert.equal(await build(), 'full');
});

test('a returning user with history gets the full build straight away', async () => {
  await fresh(browser, server, results(2));
  const since = await inNewTab();
  await browser.waitFor('tr[data-result-id="fixture-1"]');
  assert.equal(await build(), 'full');
  const served = wasmServed(since);
  assert.equal(served.length, 1, `one wasm served: ${served}`);
  assert.match(served[0], FULL);
  assert.doesNotMatch(served[0], FIRST_VISIT);
});

test('a facilitator or someone who asked for feedback, with no results of their own, gets the full build', async () => {
  // What only the full build reads: it starts for them, and shows what they keep.
  const workshop = { id: 'K3M9QX', title: 'Team day', variant: 'pulse', message: '', date: '', bank_version: 2 };
  const request = { id: 'R7T2WQ', name: 'Sam', variant: 'pulse', bank_version: 2 };
  const kept = [
    ['servewell.v1.workshops', { schema: 1, workshops: [{ workshop, created_at: 0, codes: [] }] }, '#/workshops', '.workshop-list'],
    ['servewell.v1.feedback', { schema: 1, feedback: { asked: [{ request, created_at: 0 }] } }, '#/history', '#request-list'],
  ];
  for (const [key, value, page, shown] of kept) {
    await fresh(browser, server, undefined, { [key]: JSON.stringify(value) });
    const since = await inNewTab();
    await browser.waitFor('#language');
    assert.equal(await build(), 'full', key);
    await mark();
    await browser.goto(`${server.url}${page}`);
    assert.match(await textOf(browser, shown), key.endsWith('workshops') ? /Team day/ : /Sam/);
    assert.ok(await sameDocument(), `${key}: no hand-over`);
    const served = wasmServed(since);
    assert.deepEqual(served.filter((path) => FIRST_VISIT.test(path)), [], `${key}: ${served}`);
  }
});

test('an unfinished assessment, its answers, the settings and the language survive a hand-over', async () => {
  await firstVisit('#/');
  await browser.exec(`localStorage.setItem('servewell.v1.settings', '{"schema":1,"settings":{"goals":{"listening":4.5}}}')`);
  await browser.refresh();
  await browser.waitFor('#start-full');
  assert.equal(await build(), 'first-visit');
  await browser.exec(`const s = document.querySelector('#language'); s.value = 'de';
    s.dispatchEvent(new Event('change', { bubbles: true }));`);
  await browser.waitUntil(async () => (await browser.exec('return document.documentElement.lang')) === 'de', 'the page in German');
  const given = await answerPulse(browser, (id) => (id.startsWith('lis') ? 2 : 5));

  await browser.click(await browser.find('.site-header a[href="#/workshops"]'));
  await browser.waitFor('#workshop-title');
  assert.equal(await build(), 'full');
  assert.equal(await browser.exec('return document.documentElement.lang'), 'de', 'still in German');
  assert.equal(await textOf(browser, 'h1'), ui('de').workshops_title);

  await browser.goto(`${server.url}#/goals`);
  assert.equal(await browser.prop(await browser.waitFor('#goal-listening'), 'value'), '4.5', 'the goal kept');
  await browser.goto(`${server.url}#/assessment`);
  await browser.waitFor('#finish');
  const checked = () => browser.exec('return Object.fromEntries([...document.querySelectorAll("input[type=radio]:checked")].map(r => [r.name, Number(r.value)]))');
  const last = await checked();
  const [first] = Object.keys(last);
  await browser.click(await browser.find('#back'));
  await browser.waitUntil(async () => !(first in await checked()), 'the first page');
  assert.equal(Object.keys(given).length, 10);
  assert.deepEqual({ ...await checked(), ...last }, given, 'every answer kept');
  await noViolations();
});

test('a participant\'s workshop link and a colleague\'s feedback link run in the first-visit build', async () => {
  await firstVisit('#/join?id=K3M9QX&t=Team%20day&v=pulse');
  // The page's own header and footer are there before the app: its join page is waited for.
  const start = await browser.waitFor('#join-start');
  assert.match(await textOf(browser, 'main'), /Team day/);
  assert.equal(await build(), 'first-visit');
  await mark();
  await browser.click(start);
  await browser.waitFor('fieldset[data-item]');
  assert.ok(await sameDocument(), 'the participant answers in the same build');

  await firstVisit('#/give?id=K3M9QX&n=Maria&v=pulse&q=2');
  await browser.click(await browser.waitFor('#give-start'));
  await browser.waitFor('fieldset[data-item]');
  assert.equal(await build(), 'first-visit');
  assert.equal(await browser.hash(), '#/giving');
  await noViolations();
});

test('a page the first-visit build lacks, opened by its address, starts the full build', async () => {
  const since = await firstVisit('#/workshops');
  await browser.waitFor('#workshop-title');
  assert.equal(await build(), 'full');
  const served = wasmServed(since);
  assert.equal(served.length, 1, `one wasm served: ${served}`);
  assert.match(served[0], FULL);
});
