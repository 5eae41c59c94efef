// Asking colleagues, end to end: a person asks, three colleagues answer in their own
// browsers (one code sent twice, one for another request), and the self–other view shows
// what the independent oracle computes; then the same through a collector, ending with a
// summary code. Nothing leaves a browser but what a test carries from one to another.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { answerEveryPage, fresh, openApp, textOf, withApp } from './harness.mjs';
import { launch } from './webdriver.mjs';
import { feedbackCode } from './codes.mjs';
import { results } from './fixtures.mjs';
import { askColleagues } from './tour.mjs';
import { bank, expectedMeans, shown } from './scoring-oracle.mjs';

let server;
let asker;
let colleague;

withApp(async (s, b) => {
  server = s;
  asker = b;
  // A second browser with its own storage: the colleagues' devices.
  colleague = await launch();
});
after(() => colleague?.quit());

const own = results(1)[0];

/** Creates a pulse request set beside `own` from the ask form; returns its page's hash. */
async function ask({ collector } = {}) {
  await fresh(asker, server, [own]);
  return `#/requests/${await askColleagues(asker, server.url, { result: own.id, collector })}`;
}

/** The colleague answers the request at `link` on their own device; returns their code. */
async function answerAsColleague(link, answer) {
  await openApp(colleague, server.url);
  await colleague.exec('localStorage.clear()');
  // Another colleague's device: loaded afresh, with nothing of the last one's.
  await colleague.goto(link);
  await colleague.refresh();
  await colleague.click(await colleague.waitFor('#give-start'));
  const given = await answerEveryPage(colleague, answer);
  const code = await colleague.prop(await colleague.waitFor('#give-code'), 'value');
  return { code, given };
}

/** Colleagues' means as shown, per characteristic: what the oracle makes of `givens`. */
function expectedView(givens) {
  const scores = givens.map((given) => expectedMeans(given, 'pulse').byCharacteristic);
  return Object.fromEntries(bank.characteristics.map((id) => {
    const values = scores.map((s) => s[id]).filter((v) => v !== null);
    const seen = values.length >= 3 && values.length * 2 > givens.length;
    return [id, seen ? shown(values.reduce((a, b) => a + b, 0) / values.length) : 'not seen'];
  }));
}

async function shownView() {
  return asker.exec(`return Object.fromEntries([...document.querySelectorAll('#self-other-table tbody tr[data-characteristic]')]
    .map(r => [r.dataset.characteristic, r.querySelector('td.theirs').textContent.trim()]))`);
}

async function paste(text) {
  await asker.waitFor('#codes');
  await asker.exec('document.querySelector("#codes").value = arguments[0]', text);
  await asker.click(await asker.find('#add-codes'));
  await asker.waitFor('#received-report');
  return asker.exec('return [...document.querySelectorAll("#received-report li")].map(li => li.textContent.trim())');
}

test('three colleagues answer in their own browsers and their view stands beside mine', async () => {
  const page = await ask();
  const link = await asker.prop(await asker.waitFor('#request-link'), 'value');
  assert.match(link, /#\/give\?id=[0-9A-Z]{6}&n=Maria&v=pulse&q=2&l=en$/);
  // Three colleagues, uneven answers; the third has not seen two of the behaviours.
  const patterns = [
    (id) => 1 + (id.charCodeAt(2) % 5),
    (id) => 5 - (id.charCodeAt(0) % 3),
    (id) => (['lis1', 'per1'].includes(id) ? 0 : 3),
  ];
  const answered = [];
  for (const pattern of patterns) answered.push(await answerAsColleague(link, pattern));
  const own = await colleague.exec('return localStorage.getItem("servewell.v1.history")');
  assert.equal(own, null, 'answering as a colleague keeps nothing in their own results');

  await asker.goto(`${server.url}${page}`);
  assert.match(await textOf(asker, '#others-waiting'), /Their view appears from three/);
  const elsewhere = feedbackCode({ request: 'ZZZZZZ', level: 4 });
  const report = await paste([answered[0].code, answered[1].code.toLowerCase(), answered[0].code, elsewhere, answered[2].code].join('\n'));
  assert.equal(report.length, 5);
  assert.match(report[0], /: added$/);
  assert.match(report[1], /: added$/, 'a code is read whatever its case');
  assert.match(report[2], /already added/);
  assert.match(report[3], /another request/);
  assert.match(report[4], /: added$/);

  await asker.waitFor('#self-other-table');
  const expected = expectedView(answered.map((a) => a.given));
  const view = await shownView();
  for (const id of bank.characteristics) {
    if (expected[id] === 'not seen') assert.match(view[id], /not seen/, id);
    else assert.equal(view[id], expected[id], id);
  }
  assert.match(await textOf(asker, '#self-other-count'), /3/);
  // The colleague's device forgets their answers once they say they have sent them.
  await colleague.click(await colleague.find('#give-sent'));
  await colleague.waitFor('#give-thanks');
  assert.equal(await colleague.exec('return localStorage.getItem("servewell.v1.giving")'), null);
});

test('through a collector, the person who asked receives only a summary of whole groups of three', async () => {
  const page = await ask({ collector: 'Sam' });
  const collectLink = await asker.prop(await asker.waitFor('#collector-link'), 'value');
  const id = page.replace('#/requests/', '');
  // Four colleagues' codes reach Sam, who runs ServeWell on another device.
  const givens = [2, 3, 5, 4].map((level, n) => Object.fromEntries(
    bank.items.filter((i) => i.pulse).map((item, i) => [item.id, i === n ? 0 : level])));
  const codes = givens.map((answers, nonce) => feedbackCode({ request: id, answers, nonce }));
  // A colleague's own code is not for the person who asked.
  assert.match((await paste(codes[0]))[0], /Sam|summary/i);

  await openApp(colleague, server.url);
  await colleague.exec('localStorage.clear()');
  await colleague.goto(collectLink);
  await colleague.refresh();
  await colleague.click(await colleague.waitFor('#collector-start'));
  await colleague.exec('document.querySelector("#collector-codes").value = arguments[0]', codes.join(' '));
  await colleague.click(await colleague.find('#collector-add'));
  const summary = await colleague.prop(await colleague.waitFor('#collector-summary-code'), 'value');
  assert.match(summary, /^SS[0-9A-Z]+$/);
  assert.match(await textOf(colleague, '#collector-counted'), /3 of 4/);

  await asker.goto(`${server.url}${page}`);
  assert.match((await paste(summary))[0], /: added$/);
  await asker.waitFor('#self-other-table');
  const expected = expectedView(givens.slice(0, 3));
  const view = await shownView();
  for (const c of bank.characteristics) {
    if (expected[c] === 'not seen') assert.match(view[c], /not seen/, c);
    else assert.equal(view[c], expected[c], c);
  }
  assert.equal((await asker.findAll('#self-other-table td.range')).length, 0, 'a summary carries no range');
});

test('two tabs of the person who asked stay in step', async () => {
  const page = await ask();
  const id = page.replace('#/requests/', '');
  const first = await asker.windowHandle();
  const second = await asker.newTab();
  try {
    await asker.switchTo(second);
    await asker.goto(`${server.url}${page}`);
    const codes = [2, 3, 4].map((level, nonce) => feedbackCode({ request: id, level, nonce }));
    assert.equal((await paste(codes.join(' '))).length, 3);
    await asker.switchTo(first);
    await asker.waitFor('#self-other-table');
    await asker.click(await asker.find('#close-request'));
    await asker.click(await asker.waitFor('.confirm button.primary, .confirm button.danger'));
    await asker.waitFor('#request-closed');
    await asker.switchTo(second);
    await asker.waitFor('#request-closed');
  } finally {
    await asker.switchTo(second);
    await asker.command('DELETE', '/window');
    await asker.switchTo(first);
  }
});
