// Results stay readable across editions of the questions, in the built app: a stored
// first-edition history, a first-edition result code and a workshop link from before the
// second edition, each read and scored with the first edition's items and keying, and
// every comparison across editions saying so.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fresh, textOf, withApp } from './harness.mjs';
import { resultCode } from './codes.mjs';
import { askedIds, editions, expectedScores } from './scoring-oracle.mjs';

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
});

/** Every item of an edition's `variant` answered 1..5 by position, so that keying shows. */
function answersOf(version, variant = 'full') {
  return Object.fromEntries(askedIds(variant, version).map((id, i) => [id, (i % 5) + 1]));
}

const first = { id: 'first-ed', taken_at: Date.UTC(2025, 5, 1), variant: 'full', bank_version: 1, answers: answersOf(1) };
const second = { id: 'second-ed', taken_at: Date.UTC(2026, 5, 1), variant: 'full', bank_version: 2, answers: answersOf(2) };

async function scoreTable() {
  return browser.exec(`return Object.fromEntries([...document.querySelectorAll('#score-table tr[data-characteristic]')]
    .map(r => [r.dataset.characteristic, r.querySelector('td.num').textContent.trim()]))`);
}

test('a stored first-edition result is scored with the first edition and says so', async () => {
  await fresh(browser, server, [first, second]);
  const expected = expectedScores(first.answers, 'full', 1);
  // The oracle's two editions would not agree on these answers: the test can tell them apart.
  assert.notDeepEqual(expected, expectedScores(Object.fromEntries(Object.entries(first.answers)
    .filter(([id]) => editions.get(2).items.some((i) => i.id === id))), 'full', 2));
  await browser.goto(`${server.url}#/results/${first.id}`);
  assert.equal(await textOf(browser, '#overall-score'), expected.overall);
  const shown = await scoreTable();
  for (const [id, score] of Object.entries(expected.byCharacteristic)) {
    if (score !== null) assert.equal(shown[id], score, id);
  }
  assert.match(await textOf(browser, '#result-edition'), /edition 1 of the questions.*current edition is 2/);
  // A second-edition result needs no such note.
  await browser.goto(`${server.url}#/results/${second.id}`);
  assert.equal(await textOf(browser, '#overall-score'), expectedScores(second.answers, 'full', 2).overall);
  assert.equal((await browser.findAll('#result-edition')).length, 0);
});

test('trends, the latest change and comparisons across editions are marked', async () => {
  await fresh(browser, server, [first, second]);
  await browser.goto(`${server.url}#/history`);
  assert.match(await textOf(browser, '#trends-editions'), /questions changed/);
  assert.equal((await browser.findAll('[data-trend="overall"] .edition-line')).length, 1, 'a dotted line where the edition changes');
  assert.match(await textOf(browser, '#latest-change'), /another edition of the questions/);
  await browser.goto(`${server.url}#/compare/${first.id}/${second.id}`);
  assert.match(await textOf(browser, '#compare-editions'), /different editions of the questions \(1 and 2\)/);
  assert.equal((await browser.findAll('#compare-variants')).length, 0, 'both are full assessments');
});

test('a first-edition result code is read by this app and scored with its edition', async () => {
  await fresh(browser, server);
  const answers = answersOf(1, 'pulse');
  const code = resultCode({ workshop: 'K3M9QX', variant: 'pulse', answers, version: 1, format: 1, name: 'Ana' });
  await browser.goto(`${server.url}#/r/${code}`);
  assert.equal(await textOf(browser, '#overall-score'), expectedScores(answers, 'pulse', 1).overall);
  assert.match(await textOf(browser, 'article.shared'), /Ana/);
});

test('a workshop link from before the second edition asks the first edition', async () => {
  await fresh(browser, server);
  await browser.goto(`${server.url}#/join?id=K3M9QX&t=Old%20day&v=pulse`);
  await browser.click(await browser.waitFor('#join-start'));
  await browser.waitFor('fieldset[data-item]');
  const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
  assert.equal(ids.length, 5);
  for (const id of ids) assert.ok(askedIds('pulse', 1).includes(id), `${id} is a first-edition pulse item`);
  assert.ok(ids.some((id) => !askedIds('pulse', 2).includes(id)), 'not the second edition');
  // A link from a newer app is refused with the reason, not misread.
  await browser.goto(`${server.url}#/join?id=K3M9QX&t=New%20day&v=pulse&q=3`);
  assert.match(await textOf(browser, '#join-error'), /newer edition of the questions/);
});
