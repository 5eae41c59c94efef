// axe-core's WCAG 2.0–2.2 A and AA rules on every screen, in light and dark themes,
// against the release build.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from './harness.mjs';
import { results, storedHistory } from './fixtures.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
});

/** The violations axe finds on the page as it is now, as readable lines. */
async function violations() {
  // Run through WebDriver, so no page policy has to allow it.
  await browser.exec(`${AXE}\nwindow.axe = axe;`);
  const found = await browser.execAsync(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
      .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
      .catch(e => done(['axe failed: ' + e]));`, TAGS);
  return found;
}

/** Stored data for a result page and a history page with something on them. */
const history = storedHistory([...results(2), {
    id: 'axe-1', taken_at: 1.8e12, variant: 'full', bank_version: 1,
    // Uneven answers, with one characteristic short of answers, so every part shows.
    answers: { lis1: 5, lis2: 4, lis3: 2, lis4: 1, emp1: 3, emp2: 3, emp3: 4, emp4: 2, hea1: 1, hea2: 2,
      awa1: 4, awa2: 4, awa3: 5, awa4: 5, per1: 2, per2: 3, per3: 3, per4: 4, con1: 5, con2: 5, con3: 4, con4: 1,
      for1: 3, for2: 2, for3: 3, for4: 3, ste1: 4, ste2: 4, ste3: 4, ste4: 2, gro1: 2, gro2: 1, gro3: 2, gro4: 4,
      com1: 5, com2: 4, com3: 4, com4: 1 },
  }]);

async function screens() {
  const url = server.url;
  await browser.goto(url);
  await browser.exec('localStorage.clear(); localStorage.setItem("servewell.v1.history", arguments[0])', history);
  const seen = {};
  const check = async (name) => { seen[name] = await violations(); };

  await browser.goto(`${url}#/`);
  await browser.refresh();
  await browser.waitFor('#start-full');
  await check('landing');
  await browser.click(await browser.find('#start-pulse'));
  await browser.waitFor('fieldset[data-item]');
  await browser.click(await browser.find('fieldset[data-item] input[value="3"]'));
  await check('questionnaire');
  await browser.click(await browser.find('#next'));
  await browser.click(await browser.waitFor('#finish'));
  await browser.waitFor('#unanswered');
  await check('unanswered list');
  await browser.goto(`${url}#/`);
  await browser.waitFor('.continue');
  await check('landing with an unfinished assessment');
  await browser.goto(`${url}#/results/axe-1`);
  await browser.waitFor('#overall-score');
  await check('result');
  await browser.goto(`${url}#/history`);
  await browser.waitFor('tr[data-result-id]');
  await check('history');
  await browser.click(await browser.find('tr[data-result-id] button.link'));
  await browser.waitFor('.confirm');
  await check('delete confirmation');
  await browser.goto(`${url}#/goals`);
  await browser.waitFor('#goal-listening');
  await check('goals');
  await browser.goto(`${url}#/data`);
  await browser.waitFor('#export');
  await check('data');
  await browser.goto(`${url}#/compare/fixture-0/axe-1`);
  await browser.waitFor('#compare-table');
  await check('compare');
  await browser.goto(`${url}#/workshops`);
  await browser.type(await browser.waitFor('#workshop-title'), 'Axe day');
  await browser.click(await browser.find('#create-workshop'));
  const link = await browser.prop(await browser.waitFor('#workshop-link'), 'value');
  await check('workshop');
  await browser.click(await browser.find('a[href^="#/present/"]'));
  await browser.waitFor('.present-qr');
  await check('present');
  await browser.goto(link);
  await browser.waitFor('#join-start');
  await check('join');
  await browser.goto(`${url}#/nowhere`);
  await browser.waitFor('h1');
  await check('not found');
  return seen;
}

test('the checker itself sees a violation when there is one', async () => {
  await browser.goto(server.url);
  await browser.waitFor('#start-full');
  await browser.exec('const i = document.createElement("img"); i.src = "x.png"; document.body.append(i)');
  const found = await violations();
  assert.ok(found.some((v) => v.startsWith('image-alt')), found.join('\n'));
});

for (const scheme of ['light', 'dark']) {
  test(`every screen passes axe's WCAG A and AA rules in the ${scheme} theme`, async () => {
    await browser.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    const seen = await screens();
    assert.equal(Object.keys(seen).length, 14);
    for (const [screen, found] of Object.entries(seen)) {
      assert.deepEqual(found, [], `${screen} (${scheme})`);
    }
  });
}
