// Progress over time, end to end: results on the trends, notes, goals, undo, backups
// that really go to disk and come back, and print.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT, lacks } from './webdriver.mjs';
import { fresh as freshApp, takePulse, waitForDownload as waitForFile, withAppAndDownloads } from './harness.mjs';
import { bank, expectedScores } from './scoring-oracle.mjs';
import { results } from './fixtures.mjs';

let server;
let browser;
const downloads = withAppAndDownloads((s, b) => {
  server = s;
  browser = b;
});

const fresh = (history) => freshApp(browser, server, history);

async function textOf(css) {
  return (await browser.text(await browser.waitFor(css))).trim();
}

/** The numbers of the trends table: one row per result, newest first. */
async function trendTable() {
  return browser.exec(`return [...document.querySelectorAll('#trend-numbers tbody tr')]
    .map(r => [...r.querySelectorAll('td.num')].map(td => td.textContent.trim()))`);
}

async function sendFile(path) {
  const input = await browser.find('#import-file');
  await browser.command('POST', `/element/${input[ELEMENT]}/value`, { text: path });
}

const waitForDownload = (prefix, complete) => waitForFile(browser, downloads, prefix, complete);

test('a returning user opening the app lands on their progress', async () => {
  await fresh(results(2));
  await browser.goto(server.url);
  await browser.refresh();
  await browser.waitFor('#latest-overall');
  assert.equal(await textOf('h1'), 'My results');
});

test('three results appear in the history and at the right heights on the trends', async () => {
  await fresh();
  const patterns = [(id) => 2, (id) => (id.startsWith('lis') ? 5 : 3), (id) => 4];
  const expected = [];
  for (const pattern of patterns) {
    await browser.goto(`${server.url}#/`);
    expected.push(expectedScores((await takePulse(browser, pattern)).given, 'pulse'));
  }

  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('#latest-overall');
  assert.equal((await browser.findAll('tr[data-result-id]')).length, 3);
  assert.equal(await textOf('#latest-overall'), expected[2].overall);

  const rows = await trendTable();
  const columns = ['overall', ...bank.characteristics];
  const want = expected.slice().reverse().map((e) => columns.map((c) => (c === 'overall' ? e.overall : e.byCharacteristic[c])));
  assert.deepEqual(rows, want, 'the trends hold every score');
  // Three marks per small chart, hollow (pulse), rising where the scores rise.
  const marks = await browser.exec(`return [...document.querySelectorAll('[data-trend]')].map(t =>
    [t.dataset.trend, [...t.querySelectorAll('circle.mark')].map(c => [Number(c.getAttribute('cy')), c.classList.contains('pulse')])])`);
  assert.equal(marks.length, 11);
  for (const [id, points] of marks) {
    assert.equal(points.length, 3, id);
    assert.ok(points.every(([, pulse]) => pulse), `${id}: pulses are hollow`);
    const values = expected.map((e) => Number(id === 'overall' ? e.overall : e.byCharacteristic[id]));
    for (let i = 1; i < 3; i++) {
      const higher = values[i] > values[i - 1];
      const lower = values[i] < values[i - 1];
      if (higher) assert.ok(points[i][0] < points[i - 1][0], `${id}: a higher score is drawn higher`);
      if (lower) assert.ok(points[i][0] > points[i - 1][0], `${id}: a lower score is drawn lower`);
    }
  }
});

test('a note is kept with its result and shown in the list', async () => {
  await fresh(results(2));
  await browser.goto(`${server.url}#/results/fixture-0`);
  const note = 'Asked before advising, twice. <img src=x onerror=alert(1)>';
  await browser.type(await browser.waitFor('#note'), note);
  await browser.click(await browser.find('#save-note'));
  // As its user would, once the page says it is saved (WebKit's driver can hand over the
  // click before the app has stored it).
  await browser.waitUntil(async () => (await textOf('.note-editor [role=status]')) !== '', 'the note saved');
  await browser.refresh();
  // Filled in once the page has drawn the field (WebKit's driver can look in between).
  const field = await browser.waitFor('#note');
  await browser.waitUntil(async () => (await browser.prop(field, 'value')) === note, 'the note back in its field');
  await browser.goto(`${server.url}#/history`);
  const excerpt = await textOf('tr[data-result-id="fixture-0"] .note-excerpt');
  assert.ok(note.startsWith(excerpt.replace('…', '')), excerpt);
  assert.equal(await browser.exec('return document.querySelectorAll("img[src=x]").length'), 0, 'shown as text');
});

test('a goal shows on the wheel and the trends', async () => {
  await fresh(results(3));
  await browser.goto(`${server.url}#/goals`);
  await browser.type(await browser.waitFor('#goal-listening'), '4.5');
  await browser.exec('document.querySelector("#goal-listening").dispatchEvent(new Event("change", { bubbles: true }))');
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('.goal-mark');
  assert.equal((await browser.findAll('.goal-mark')).length, 1);
  assert.equal((await browser.findAll('[data-trend="listening"] .goal-line')).length, 1);
  await browser.refresh();
  await browser.waitFor('.goal-mark');
});

test('a deleted result can be brought back', async () => {
  await fresh(results(3));
  await browser.goto(`${server.url}#/history`);
  await browser.click(await browser.waitFor('tr[data-result-id="fixture-1"] button.delete'));
  await browser.click(await browser.waitFor('.confirm button.danger'));
  await browser.waitUntil(async () => (await browser.findAll('tr[data-result-id]')).length === 2, 'two rows');
  await browser.click(await browser.waitFor('#undo'));
  await browser.waitUntil(async () => (await browser.findAll('tr[data-result-id]')).length === 3, 'three rows');
  await browser.refresh();
  await browser.waitFor('tr[data-result-id="fixture-1"]');
});

test('two results can be compared, with small changes marked as possible noise', async () => {
  await fresh(results(4));
  await browser.goto(`${server.url}#/compare/fixture-0/fixture-3`);
  await browser.waitFor('#compare-table');
  const changes = await browser.exec(`return [...document.querySelectorAll('#compare-table tbody tr')]
    .map(r => r.querySelector('td.change').textContent.trim())`);
  assert.equal(changes.length, 10);
  const numbers = changes.map((c) => parseFloat(c));
  assert.deepEqual(numbers, numbers.slice().sort((a, b) => b - a), 'largest rise first');
  for (const change of changes) {
    assert.equal(/may be noise/.test(change), Math.abs(parseFloat(change)) < 0.3, change);
  }
});

test('a backup goes to disk and comes back after the storage is cleared, without duplicates', async () => {
  await fresh(results(5));
  await browser.goto(`${server.url}#/data`);
  await browser.click(await browser.waitFor('#export'));
  const parses = (text) => { try { return JSON.parse(text); } catch { return false; } };
  const { name: file, text } = await waitForDownload('servewell-backup-', parses);
  assert.match(file, /^servewell-backup-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(text).results.length, 5);
  assert.match(await textOf('#last-backup'), /^Last backup:/);

  await browser.click(await browser.find('#export-csv'));
  const { text: csv } = await waitForDownload('servewell-results-', (text) => text.endsWith('\r\n'));
  assert.equal(csv.trim().split('\r\n').length, 6, 'a header and five rows');

  await browser.exec('localStorage.clear()');
  await browser.refresh();
  await browser.waitFor('#import-file');
  await sendFile(join(downloads, file));
  assert.equal(await textOf('#import-report p'), 'Added 5, already had 0, skipped 0.');
  await sendFile(join(downloads, file));
  await browser.waitUntil(async () => (await textOf('#import-report p')) === 'Added 0, already had 5, skipped 0.',
    'the second import to add nothing');
  await browser.goto(`${server.url}#/history`);
  await browser.refresh();
  await browser.waitFor('tr[data-result-id]');
  assert.equal((await browser.findAll('tr[data-result-id]')).length, 5);
});

test('a file that is not a backup is refused with a reason and changes nothing', async () => {
  await fresh(results(1));
  const bad = join(downloads, 'not-a-backup.json');
  const cases = [
    ['{"schema":1,"results":[]}', 'That file is not a ServeWell backup.'],
    ['this is not json', 'That is not a backup file: it could not be read as JSON.'],
    ['{"format":"servewell-backup","version":9,"results":[]}', /newer version of ServeWell \(format 9\)/],
    ['', 'That file is empty.'],
  ];
  await browser.goto(`${server.url}#/data`);
  for (const [content, message] of cases) {
    writeFileSync(bad, content);
    await browser.waitFor('#import-file');
    await sendFile(bad);
    await browser.waitUntil(async () => {
      const text = await textOf('#import-error');
      return typeof message === 'string' ? text === message : message.test(text);
    }, `the message for ${JSON.stringify(content)}`);
  }
  writeFileSync(bad, 'x'.repeat(1024 * 1024 + 1));
  await sendFile(bad);
  await browser.waitUntil(async () => /1,024 KB/.test(await textOf('#import-error')), 'the size refusal');
  await browser.goto(`${server.url}#/history`);
  assert.equal((await browser.findAll('tr[data-result-id]')).length, 1);
});

test('printing hides navigation and buttons and shows the numbers', { skip: lacks('printMedia') }, async () => {
  await fresh(results(3));
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('#latest-overall');
  await browser.printMedia(true);
  try {
    const shown = (css) => browser.exec(
      'return [...document.querySelectorAll(arguments[0])].some(e => getComputedStyle(e).display !== "none")', css);
    assert.equal(await shown('.site-header nav'), false);
    assert.equal(await shown('button'), false);
    assert.equal(await shown('#trend-numbers'), true);
    assert.equal(await shown('#wheel-numbers'), true);
  } finally {
    await browser.printMedia(false);
  }
});

test('a long history is drawn a page at a time, newest first, and every result stays in reach', async () => {
  const all = results(60, { stepDays: 7 });
  await fresh(all);
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('#latest-overall');
  const rows = () => browser.exec('return [...document.querySelectorAll(".history-table tr[data-result-id]")].map(r => r.dataset.resultId)');
  const newestFirst = all.map((r) => r.id).reverse();
  assert.deepEqual(await rows(), newestFirst.slice(0, 25));
  assert.equal(await textOf('#results-more [role=status]'), 'Showing the latest 25 of 60.');
  assert.equal((await trendTable()).length, 25, 'the numbers under the trends too');
  await browser.click(await browser.find('button[aria-controls=trend-numbers]'));
  assert.equal(await textOf('#trend-numbers-more [role=status]'), 'Showing the latest 25 of 60.');

  // The wheel is compared with one of the 25 results before the latest, or the first.
  const offered = await browser.exec('return [...document.querySelectorAll("#wheel-compare option")].map(o => o.value)');
  assert.deepEqual(offered, [...newestFirst.slice(1, 26), newestFirst.at(-1), '']);

  await browser.click(await browser.find('#results-more .more-rows'));
  await browser.waitUntil(async () => (await rows()).length === 50, 'twice as many rows');
  assert.deepEqual(await rows(), newestFirst.slice(0, 50));
  assert.equal(await textOf('#results-more [role=status]'), 'Showing the latest 50 of 60.');
  await browser.click(await browser.find('#results-more .all-rows'));
  await browser.waitUntil(async () => (await rows()).length === 60, 'every row');
  assert.deepEqual(await rows(), newestFirst);
  assert.equal(await browser.exists('#results-more'), false, 'no line once every row is drawn');

  await browser.click(await browser.find('#trend-numbers-more .all-rows'));
  await browser.waitUntil(async () => (await trendTable()).length === 60, 'every row of numbers');
});
