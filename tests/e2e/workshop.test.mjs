// A workshop without a server: the facilitator's link, three participants in their own
// browsers handing back codes, and the group's profile, hidden below three.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './webdriver.mjs';
import { nextPage, withApp } from './harness.mjs';
import { bank, expectedMeans } from './scoring-oracle.mjs';

let server;
let browser;
withApp((s, b) => {
  server = s;
  browser = b;
});

async function textOf(on, css) {
  return (await on.text(await on.waitFor(css))).trim();
}

/** A participant in a fresh browser: opens the link, answers `level` (keyed), returns the code. */
async function participant(link, level) {
  const own = await launch();
  try {
    await own.goto(link);
    await own.waitFor('#join-start');
    assert.equal(await textOf(own, 'h1'), 'Team day <b>&', 'the title is shown as text');
    assert.equal(await own.exec('return document.querySelectorAll("h1 b").length'), 0, 'never as HTML');
    await own.click(await own.find('#join-start'));
    const given = {};
    for (const last of [false, true]) {
      await own.waitFor('fieldset[data-item]');
      assert.match(await textOf(own, '#workshop-banner'), /^Workshop: Team day/);
      const ids = await own.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
      for (const id of ids) {
        const item = bank.items.find((i) => i.id === id);
        given[id] = item.key > 0 ? level(id) : 6 - level(id);
        await own.click(await own.find(`#answer-${id}-${given[id]}`));
      }
      if (last) await own.click(await own.find('#finish'));
      else await nextPage(own, ids[0]);
    }
    await own.click(await own.waitFor('#make-code'));
    const code = await own.prop(await own.waitFor('#result-code'), 'value');
    assert.ok(code.length <= 48 && code.startsWith('SW'), code);
    return { code, given };
  } finally {
    await own.quit();
  }
}

test('a facilitator collects three codes and sees the group, never less than three', async () => {
  await browser.goto(`${server.url}#/workshops`);
  await browser.type(await browser.waitFor('#workshop-title'), 'Team day <b>&');
  await browser.exec('document.querySelector("#workshop-variant").value = "pulse"');
  await browser.click(await browser.find('#create-workshop'));
  const link = await browser.prop(await browser.waitFor('#workshop-link'), 'value');
  assert.match(link, /#\/join\?id=[0-9A-Z]{6}&t=Team%20day%20%3Cb%3E%26&v=pulse&q=2&l=en$/);
  assert.equal((await browser.findAll('svg.qr')).length, 1);

  const people = [];
  for (const level of [(id) => 2, (id) => (id.startsWith('lis') ? 5 : 3), (id) => 4]) people.push(await participant(link, level));

  const paste = async (text) => {
    await browser.type(await browser.waitFor('#codes'), text);
    await browser.click(await browser.find('#add-codes'));
    await browser.waitFor('#code-report');
  };
  await paste(`${people[0].code}\n  ${people[1].code.toLowerCase()}  `);
  assert.match(await textOf(browser, '#group-waiting'), /at least 3 results.*so far: 2/);
  assert.equal((await browser.findAll('#group-table')).length, 0, 'nothing of the group below three');
  assert.equal((await browser.findAll('#group-csv')).length, 0, 'no export below three either');

  await paste(people[2].code);
  await browser.waitFor('#group-table');
  assert.equal(await textOf(browser, '#group-count'), 'Participants: 3');
  const means = people.map((p) => expectedMeans(p.given, 'pulse').byCharacteristic);
  const shown = await browser.exec(`return Object.fromEntries([...document.querySelectorAll('#group-table tr[data-characteristic]')]
    .map(r => [r.dataset.characteristic, r.querySelector('td.mean').textContent.trim()]))`);
  for (const id of bank.characteristics) {
    const mean = means.reduce((sum, m) => sum + m[id], 0) / 3;
    assert.equal(shown[id], (Math.round(mean * 10) / 10).toFixed(1), id);
  }
  assert.equal((await browser.findAll('#group-table circle.person')).length, 30, 'one dot per person and characteristic');

  await paste(people[1].code);
  assert.match(await textOf(browser, '#code-report'), /already added/);
  assert.equal(await textOf(browser, '#group-count'), 'Participants: 3');

  // The group is kept.
  await browser.refresh();
  await browser.waitFor('#group-table');
});

test('a result link shows the result read-only and keeps it only on request', async () => {
  await browser.goto(`${server.url}#/workshops`);
  await browser.type(await browser.waitFor('#workshop-title'), 'Shared');
  await browser.exec('document.querySelector("#workshop-variant").value = "pulse"');
  await browser.click(await browser.find('#create-workshop'));
  const link = await browser.prop(await browser.waitFor('#workshop-link'), 'value');
  const { code } = await participant(link.replace('t=Shared', 't=Team%20day%20%3Cb%3E%26'), () => 3);
  await browser.goto(`${server.url}#/r/${code}`);
  assert.equal(await textOf(browser, '#overall-score'), '3.0');
  await browser.goto(`${server.url}#/history`);
  const before = (await browser.findAll('tr[data-result-id]')).length;
  await browser.goto(`${server.url}#/r/${code}`);
  await browser.click(await browser.waitFor('#keep-shared'));
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('tr[data-result-id]');
  assert.equal((await browser.findAll('tr[data-result-id]')).length, before + 1);
  await browser.goto(`${server.url}#/r/${code.slice(0, -1)}`);
  assert.match(await textOf(browser, '#shared-error'), /damaged/);
});

test('bad workshop links are refused with a reason', async () => {
  for (const [query, reason] of [
    ['id=K3M9QX&t=x&v=full&evil=1', /does not know \(evil\)/],
    ['id=K3M9QX&t=x&v=javascript:alert(1)', /variant is missing/],
    [`id=K3M9QX&t=${'a'.repeat(3000)}&v=full`, /too long/],
  ]) {
    await browser.goto(`${server.url}#/join?${query}`);
    assert.match(await textOf(browser, '#join-error'), reason);
  }
});

test('a workshop link never overwrites an assessment in progress without asking', async () => {
  await browser.goto(`${server.url}#/workshops`);
  await browser.type(await browser.waitFor('#workshop-title'), 'Careful');
  await browser.click(await browser.find('#create-workshop'));
  const link = await browser.prop(await browser.waitFor('#workshop-link'), 'value');
  await browser.goto(`${server.url}#/`);
  await browser.click(await browser.waitFor('#start-full'));
  const first = await browser.exec('return document.querySelector("fieldset[data-item]").dataset.item');
  await browser.click(await browser.waitFor(`#answer-${first}-4`));

  await browser.goto(link);
  await browser.waitFor('.confirm');
  await browser.click(await browser.find('.confirm button:not(.primary)'));
  await browser.waitFor(`#answer-${first}-4`);
  assert.equal(await browser.prop(await browser.find(`#answer-${first}-4`), 'checked'), true, 'the answer is still there');
  assert.equal((await browser.findAll('#workshop-banner')).length, 0);

  await browser.goto(link);
  await browser.click(await browser.waitFor('.confirm #join-start'));
  assert.equal(await textOf(browser, '#workshop-banner'), 'Workshop: Careful');
});
