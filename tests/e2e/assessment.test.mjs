// The assessment end to end, in a real browser over WebDriver, against the release build
// in dist/ served on 127.0.0.1: keyboard only, a known answer pattern, every shown score
// checked against an independent oracle, and answers surviving a reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from './webdriver.mjs';
import { fresh, withApp } from './harness.mjs';
import { bank, expectedScores } from './scoring-oracle.mjs';

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
});

/**
 * A known, uneven answer for every item: 1..5 by its position in the bank, and "hasn't
 * come up" (0) for two situational items of different characteristics.
 */
const notComeUp = ['hea3', 'com6'];
const pattern = Object.fromEntries(bank.items.map((item, i) => [item.id, notComeUp.includes(item.id) ? 0 : ((i * 3) % 5) + 1]));

async function activeId() {
  return browser.exec('return document.activeElement && document.activeElement.id');
}

async function activeTag() {
  return browser.exec('return document.activeElement && document.activeElement.tagName');
}

/** Presses Tab until the element with `id` has focus, as a keyboard user would. */
async function tabTo(id, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if ((await activeId()) === id) return;
    await browser.keys(Key.Tab);
  }
  assert.fail(`Tab never reached #${id}`);
}

async function textOf(css) {
  return (await browser.text(await browser.waitFor(css))).trim();
}

async function answeredText() {
  return textOf('#progress-text');
}

/** Waits for questionnaire page `n` (from 1) with focus on its heading. */
async function onPage(n, pages) {
  const heading = `Questions, page ${n} of ${pages}`;
  await browser.waitUntil(async () => (await browser.title()) === `${heading} — ServeWell`, `page ${n}`);
  assert.equal(await activeTag(), 'H1', 'focus moves to the page heading');
  assert.equal(await textOf('h1'), heading);
}

/** Ids of the items on the current page, in order. */
async function itemsOnPage() {
  return browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
}

/**
 * Answers one item with the keyboard: Tab into its radio group (focus lands on the first
 * radio when none is checked), Space to check "Never", then ArrowRight to the answer.
 */
async function answerByKeyboard(id, value) {
  await browser.keys(Key.Tab);
  assert.equal(await activeId(), `answer-${id}-1`, `Tab reaches the first answer of ${id}`);
  // "Hasn't come up" is the sixth choice, after the scale.
  await browser.keys(Key.Space, Key.ArrowRight.repeat(value === 0 ? 5 : value - 1));
  await browser.waitUntil(
    () => browser.exec(`return document.querySelector('input[name="${id}"]:checked')?.value`)
      .then((v) => v === String(value)),
    `${id} answered ${value}`);
}

async function checkedAnswers() {
  return browser.exec('return Object.fromEntries([...document.querySelectorAll("input[type=radio]:checked")].map(r => [r.name, Number(r.value)]))');
}

async function shownScores() {
  return browser.exec(`return Object.fromEntries([...document.querySelectorAll('#score-table tr[data-characteristic]')]
    .map(r => [r.dataset.characteristic, r.querySelector('td.score').textContent.trim()]))`);
}

test('the full assessment can be completed by keyboard alone, survives a reload, and scores as expected', async () => {
  await fresh(browser, server);
  // A view's title and focus are set together once it is drawn, as onPage expects.
  await browser.waitUntil(async () => (await browser.title()) === 'How do you serve the people you lead? — ServeWell', 'the landing page\'s title');
  assert.equal(await activeTag(), 'H1', 'the landing page focuses its heading');
  await tabTo('start-full');
  await browser.keys(Key.Enter);

  const given = {};
  for (let page = 1; page <= 8; page++) {
    await onPage(page, 8);
    const ids = await itemsOnPage();
    assert.equal(ids.length, 5, 'five items a page');
    for (const [i, id] of ids.entries()) {
      await answerByKeyboard(id, pattern[id]);
      given[id] = pattern[id];
      // Halfway through page 5, close the page and come back.
      if (page === 5 && i === 1) {
        await browser.refresh();
        await browser.waitFor('#resumed-notice');
        await onPage(5, 8);
        assert.equal(await answeredText(), '22 of 40 answered');
        const kept = await checkedAnswers();
        assert.deepEqual(kept, Object.fromEntries(ids.slice(0, 2).map((x) => [x, pattern[x]])),
          'every answer on the page is kept');
        // Focus is back on the heading: Tab past the notice's buttons to the third item.
        await tabTo(`answer-${ids[1]}-${pattern[ids[1]]}`);
      }
    }
    assert.equal(await answeredText(), `${page * 5} of 40 answered`);
    await tabTo(page === 8 ? 'finish' : 'next');
    await browser.keys(Key.Enter);
  }

  await browser.waitUntil(async () => (await browser.hash()).startsWith('#/results/'), 'the result page');
  const hash = await browser.hash();
  const expected = expectedScores(given, 'full');
  assert.equal(await textOf('#overall-score'), expected.overall);
  const shown = await shownScores();
  assert.deepEqual(shown, expected.byCharacteristic, 'every characteristic as the oracle scores it');
  assert.match(await textOf('#not-come-up-note'), /“Hasn’t come up” to 2 of the statements/);
  assert.equal(Object.keys(shown).length, 10);
  assert.equal(await activeTag(), 'H1');
  assert.match(await browser.title(), /^Your result — ServeWell$/);

  // The result has its own address, which survives a reload.
  await browser.refresh();
  await browser.waitFor('#overall-score');
  assert.equal(await browser.hash(), hash);
  assert.equal(await textOf('#overall-score'), expected.overall);

  // And it is in the history.
  await browser.goto(`${server.url}#/history`);
  const id = hash.replace('#/results/', '');
  const row = await browser.waitFor(`tr[data-result-id="${id}"]`);
  assert.equal((await browser.text(await browser.find('td.overall', row))).trim(), expected.overall);
  assert.match(await browser.text(row), /Full assessment/);
});

test('unanswered questions are listed before the result, and too few answers show as such', async () => {
  await fresh(browser, server);
  await browser.click(await browser.find('#start-pulse'));
  await onPage(1, 2);
  const first = await itemsOnPage();
  // Answer everything on page 1 but its first item, and all of page 2.
  for (const id of first.slice(1)) await browser.click(await browser.find(`#answer-${id}-4`));
  await browser.click(await browser.find('#next'));
  await onPage(2, 2);
  for (const id of await itemsOnPage()) await browser.click(await browser.find(`#answer-${id}-4`));
  await browser.click(await browser.find('#finish'));

  await browser.waitFor('#unanswered');
  assert.equal(await activeId(), 'unanswered-title', 'focus moves to the list');
  const links = await browser.findAll('#unanswered li button');
  assert.equal(links.length, 1);
  assert.match(await browser.text(links[0]), /^Page 1: /);

  // The link leads to the question, focused.
  await browser.click(links[0]);
  await browser.waitUntil(async () => (await activeId()) === `answer-${first[0]}-1`, 'focus on the skipped item');
  assert.equal(await textOf('h1'), 'Questions, page 1 of 2');

  // Finish without it: its characteristic has no score.
  await browser.click(await browser.find('#next'));
  await onPage(2, 2);
  await browser.click(await browser.find('#finish'));
  await browser.click(await browser.waitFor('#finish-anyway'));
  await browser.waitFor('#overall-score');
  const skipped = bank.items.find((item) => item.id === first[0]).characteristic;
  const shown = await shownScores();
  assert.equal(shown[skipped], 'not enough answers');
  assert.equal(Object.values(shown).filter((s) => s === '4.0').length, 9);
});

test('a result can be deleted from the history after confirmation', async () => {
  await fresh(browser, server);
  const saved = (id, takenAt) => ({ id, taken_at: takenAt, variant: 'pulse', bank_version: 1, answers: { lis1: 4 } });
  await browser.exec('localStorage.setItem("servewell.v1.history", arguments[0])',
    JSON.stringify({ schema: 1, results: [saved('first-1', 1.7e12), saved('second-2', 1.71e12)] }));
  await browser.goto(`${server.url}#/history`);
  await browser.refresh();
  await browser.waitFor('tr[data-result-id]');
  const before = (await browser.findAll('tr[data-result-id]')).length;
  assert.equal(before, 2);
  await browser.click(await browser.find('tr[data-result-id] button.link'));
  await browser.waitFor('.confirm');
  assert.equal(await textOf('.confirm button:not(.danger)'), 'Cancel');
  assert.equal(await browser.exec('return document.activeElement.textContent'), 'Cancel', 'focus on the safe choice');
  await browser.click(await browser.find('.confirm button.danger'));
  await browser.waitUntil(async () => (await browser.findAll('tr[data-result-id]')).length === before - 1, 'one row fewer');
  await browser.refresh();
  await browser.waitFor('h1');
  assert.equal((await browser.findAll('tr[data-result-id]')).length, before - 1, 'the deletion was saved');
});

test('an unknown address and a missing result show a message, not a blank page', async () => {
  await browser.goto(`${server.url}#/results/no-such-result`);
  assert.match(await textOf('#result-missing'), /not saved in this browser/);
  await browser.goto(`${server.url}#/nowhere/<script>`);
  assert.equal(await textOf('h1'), 'Page not found');
});

test('when storage refuses writes the user is told, keeps working, and saving resumes', async () => {
  await fresh(browser, server);
  await browser.click(await browser.find('#start-pulse'));
  await onPage(1, 2);
  const [first, second] = await itemsOnPage();
  await browser.exec(`window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`);
  await browser.click(await browser.find(`#answer-${first}-2`));
  assert.match(await textOf('.storage-notices'), /Could not save in this browser/);
  assert.equal(await answeredText(), '1 of 10 answered', 'the answer is kept in the page');

  await browser.exec('Storage.prototype.setItem = window.__setItem;');
  await browser.click(await browser.find(`#answer-${second}-5`));
  await browser.waitUntil(async () => (await browser.findAll('.storage-notices .notice')).length === 0, 'the notice to go');
  await browser.refresh();
  await onPage(1, 2);
  assert.deepEqual(await checkedAnswers(), { [first]: 2, [second]: 5 }, 'both answers were saved once storage worked');
});

test('two tabs stay in step and neither overwrites the answers of the other', async () => {
  await fresh(browser, server);
  const first = await browser.windowHandle();
  await browser.click(await browser.find('#start-pulse'));
  await onPage(1, 2);
  const [a, b] = await itemsOnPage();

  const second = await browser.newTab();
  await browser.switchTo(second);
  await browser.goto(`${server.url}#/assessment`);
  await browser.waitFor(`#answer-${a}-1`);
  await browser.click(await browser.find(`#answer-${a}-4`));

  await browser.switchTo(first);
  await browser.waitUntil(async () => (await checkedAnswers())[a] === 4, 'the first tab to show the answer given in the second');
  await browser.click(await browser.find(`#answer-${b}-2`));

  await browser.switchTo(second);
  await browser.waitUntil(async () => (await checkedAnswers())[b] === 2, 'the second tab to show the answer given in the first');
  await browser.refresh();
  await browser.waitFor(`#answer-${a}-1`);
  assert.deepEqual(await checkedAnswers(), { [a]: 4, [b]: 2 }, 'both answers are stored');
  await browser.command('DELETE', '/window');
  await browser.switchTo(first);
});
