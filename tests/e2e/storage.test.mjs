// Nothing lost, ever: partly damaged history kept through a save and downloadable, two
// tabs writing at once, and data from a newer version left alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { answerPulse, beforeEveryLoad, fresh, textOf, waitForDownload, withAppAndDownloads } from './harness.mjs';
import { HISTORY_KEY, answersOf, results, storedHistory } from './fixtures.mjs';
import { ELEMENT } from './webdriver.mjs';

const PROGRESS_KEY = 'servewell.v1.progress';
const SETTINGS_KEY = 'servewell.v1.settings';
let server;
let browser;

const downloads = withAppAndDownloads(async (s, b) => {
  server = s;
  browser = b;
  deafenable();
});

/** The results stored now, by id. */
async function storedIds() {
  const raw = await browser.exec('return localStorage.getItem(arguments[0])', HISTORY_KEY);
  return JSON.parse(raw).results.map((r) => r.id).sort();
}

/** Waits for a download named exactly `name` whose text contains `needle`. */
async function downloaded(name, needle) {
  return waitForDownload(browser, downloads, name, (text) => text.includes(needle));
}

/**
 * Lets every tab be made deaf to other tabs' `storage` events, as a tab is while an event
 * is still on its way: the deterministic form of "two tabs write within the same moment".
 * Installed before the app starts, so that its listener is gated too.
 */
function deafenable() {
  beforeEveryLoad(server, `
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      const gated = this === window && type === 'storage'
        ? (event) => { if (!window.deaf) listener.call(this, event); }
        : listener;
      return add.call(this, type, gated, options);
    };`);
}

async function deafen() {
  await browser.exec('window.deaf = true');
}

/** Finishes the assessment in progress in the current tab and waits for its result. */
async function finish() {
  await browser.click(await browser.find('#finish'));
  await browser.waitFor('#overall-score');
}

test('one unreadable result among a hundred is kept through a save and can be downloaded', async () => {
  const history = results(100);
  history[40].answers = { lis1: 9 };
  await fresh(browser, server, history);
  await answerPulse(browser, () => 4);
  await finish();
  const ids = await storedIds();
  assert.equal(ids.length, 100, '99 readable results and the new one are stored');
  assert.ok(!ids.includes('fixture-40'));
  assert.ok(await browser.exec(`return Object.keys(localStorage)
    .some((k) => localStorage.getItem(k).includes('"lis1":9'))`), 'the unreadable entry is still in storage');
  assert.match(await textOf(browser, '.storage-notices'), /Saved results that could not be read: 1\./);
  assert.deepEqual(await browser.exec('return Object.keys(localStorage).filter((k) => !k.startsWith("servewell."))'), [],
    'every key stays in the app\'s own namespace');

  await browser.click(await browser.find('.storage-notices .download-kept'));
  await downloaded('servewell-v1-history-damaged.json', '"fixture-40"');

  // On a later visit the notice is gone, and the data page still hands it back.
  await browser.goto(`${server.url}#/data`);
  await browser.refresh();
  await browser.waitFor('#kept-aside');
  assert.equal(await browser.exists('.storage-notices .notice'), false);
  rmSync(join(downloads, 'servewell-v1-history-damaged.json'));
  assert.equal(await textOf(browser, '#kept-aside li'), 'Download saved results, copy 1');
  await browser.click(await browser.find('#kept-aside .download-kept'));
  await downloaded('servewell-v1-history-damaged.json', '"answers":{"lis1":9}');
});

/** Opens a second tab, runs `steps(first, second)`, and closes it. */
async function withSecondTab(steps) {
  const first = await browser.windowHandle();
  const second = await browser.newTab();
  await browser.switchTo(second);
  try {
    await steps(first, second);
  } finally {
    await browser.switchTo(second);
    await browser.command('DELETE', '/window');
    await browser.switchTo(first);
  }
}

test('two tabs finishing within the same second keep both results', async () => {
  await fresh(browser, server);
  await answerPulse(browser, () => 3);
  // Neither tab hears the other from here on; the second answers one item differently.
  await deafen();
  await withSecondTab(async (first, second) => {
    await browser.goto(`${server.url}#/assessment`);
    await browser.waitFor('#finish');
    await deafen();
    const item = await browser.exec('return document.querySelector("fieldset[data-item]").dataset.item');
    await browser.click(await browser.find(`#answer-${item}-5`));
    const theirs = await browser.find('#finish');
    await browser.scrollIntoView(theirs);
    await browser.switchTo(first);
    const mine = await browser.find('#finish');
    await browser.scrollIntoView(mine);

    // Both clicks first, with nothing between them but the switch, then the waits:
    // within a second even where switching tabs is slow.
    const press = (button) => browser.command('POST', `/element/${button[ELEMENT]}/click`, {});
    const start = Date.now();
    await press(mine);
    await browser.switchTo(second);
    await press(theirs);
    const elapsed = Date.now() - start;
    assert.ok(elapsed < 1000, `both finished within a second (${elapsed} ms)`);
    for (const tab of [second, first]) {
      await browser.switchTo(tab);
      await browser.waitFor('#overall-score');
    }

    const stored = JSON.parse(await browser.exec('return localStorage.getItem(arguments[0])', HISTORY_KEY)).results;
    assert.equal(stored.length, 2, 'both results are stored');
    assert.deepEqual(stored.map((r) => answersOf(r)[item]).sort(), [3, 5]);
    for (const tab of [second, first]) {
      await browser.switchTo(tab);
      await browser.goto(`${server.url}#/history`);
      await browser.refresh();
      await browser.waitFor('tr[data-result-id]');
      assert.equal((await browser.findAll('tr[data-result-id]')).length, 2, 'each tab shows both');
    }
  });
});

test('a delete in one tab stays a delete while the other finishes an assessment', async () => {
  await fresh(browser, server, results(2));
  await answerPulse(browser, () => 2);
  await deafen();
  await withSecondTab(async (first, second) => {
    await browser.goto(`${server.url}#/history`);
    await browser.click(await browser.waitFor('tr[data-result-id="fixture-0"] button.delete'));
    await browser.click(await browser.waitFor('.confirm button.danger'));
    await browser.waitForGone('tr[data-result-id="fixture-0"]');

    // The first tab has not heard of the delete when it files its result.
    await browser.switchTo(first);
    await finish();
    const ids = await storedIds();
    assert.equal(ids.length, 2);
    assert.ok(!ids.includes('fixture-0'), 'the deleted result did not come back');
    assert.ok(ids.includes('fixture-1'));

    // The second tab hears the write and shows the new result, still without the deleted one.
    await browser.switchTo(second);
    await browser.waitUntil(async () => (await browser.findAll('tr[data-result-id]')).length === 2, 'the new result');
    assert.equal(await browser.exists('tr[data-result-id="fixture-0"]'), false);
  });
});

test('goals and an unfinished assessment from a newer version are left untouched', async () => {
  const newer = {
    [SETTINGS_KEY]: '{"schema":9,"settings":{"goals":{"listening":4.5}}}',
    [PROGRESS_KEY]: '{"schema":9,"progress":{"answers":{}}}',
  };
  await fresh(browser, server, null, newer);
  await browser.goto(`${server.url}#/goals`);
  const goal = await browser.waitFor('#goal-listening');
  await browser.type(goal, '3\t');
  await browser.goto(`${server.url}#/`);
  await answerPulse(browser, () => 1);
  await finish();
  for (const [key, value] of Object.entries(newer)) {
    assert.equal(await browser.exec('return localStorage.getItem(arguments[0])', key), value, `${key} untouched`);
  }
  assert.match(await textOf(browser, '.storage-notices'), /Could not save/);
  assert.equal((await storedIds()).length, 1, 'the result itself is saved');
  const notices = await textOf(browser, '.storage-notices');
  assert.match(notices, /goals were saved by a newer version of ServeWell\./);
  assert.match(notices, /unfinished assessment was saved by a newer version of ServeWell\./);
});

test('an assessment whose result could not be stored stays stored, whatever is started next', async () => {
  // History from a newer version is read-only, so the result exists only in this page.
  await fresh(browser, server, null, { [HISTORY_KEY]: '{"schema":9,"results":[]}' });
  await answerPulse(browser, () => 4);
  const progress = () => browser.exec('return localStorage.getItem(arguments[0])', PROGRESS_KEY);
  const finished = await progress();
  assert.match(finished, /"answers":\{("[a-z]+\d":4,?){10}\}/);
  await finish();
  assert.equal(await progress(), finished, 'kept, to be resumed');

  await browser.goto(`${server.url}#/`);
  await browser.click(await browser.waitFor('#start-pulse'));
  const item = await browser.exec('return document.querySelector("fieldset[data-item]").dataset.item');
  await browser.click(await browser.waitFor(`#answer-${item}-2`));
  assert.equal(await progress(), finished, 'not written over by the next assessment');
});

test('a history kept in the first format is rewritten compactly, the old replaced only once the new reads back', async () => {
  const list = results(30);
  const old = storedHistory(list);
  assert.match(old, /^\{"schema":1,/);
  await fresh(browser, server, list);
  const raw = await browser.exec('return localStorage.getItem(arguments[0])', HISTORY_KEY);
  assert.match(raw, /^\{"schema":2,/);
  assert.ok(raw.length < old.length / 2, `${raw.length} bytes, from ${old.length}`);
  const stored = JSON.parse(raw).results;
  assert.deepEqual(stored.map((r) => r.id), list.map((r) => r.id));
  assert.deepEqual(stored.map(answersOf), list.map((r) => r.answers), 'every answer, as it was');
  assert.deepEqual(await browser.exec('return Object.keys(localStorage).filter(k => k.startsWith(arguments[0]))', HISTORY_KEY),
    [HISTORY_KEY], 'nothing left beside it');
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('#latest-overall');
  assert.match(await textOf(browser, '#results-more [role=status]'), /of 30/);
});
