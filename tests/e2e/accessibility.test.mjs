// axe-core's WCAG 2.0–2.2 A and AA rules on every screen and state of tour.mjs (shared
// results, a group's profile, a code made, storage notices included), in light and dark
// themes, against the release build.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from './harness.mjs';
import { tour } from './tour.mjs';

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
    const found = {};
    const seen = await tour(browser, server, async (screen) => { found[screen] = await violations(); });
    assert.equal(seen.length, 29);
    for (const screen of seen) assert.deepEqual(found[screen], [], `${screen} (${scheme})`);
  });
}
