// axe-core's WCAG 2.0–2.2 A and AA rules on every screen and state of tour.mjs (shared
// results, a group's profile, a code made, storage notices included), in light and dark
// themes and in every language, against the release build; and the page before the app
// arrives (index.html's own copy of the landing page).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, beforeEveryLoad, withApp } from './harness.mjs';
import { tour } from './tour.mjs';
import { lacks, launch } from './webdriver.mjs';

let server;
let browser;

withApp(async (s, b) => {
  server = s;
  browser = b;
});


test('the checker itself sees a violation when there is one', async () => {
  await browser.goto(server.url);
  await browser.waitFor('#start-full');
  await browser.exec('const i = document.createElement("img"); i.src = "x.png"; document.body.append(i)');
  const found = await axeViolations(browser);
  assert.ok(found.some((v) => v.startsWith('image-alt')), found.join('\n'));
});

// Both themes in English, and every screen in each other language (longer words, other
// quotes, `lang` on the page) in the light theme.
const runs = [['en', 'light'], ['en', 'dark'], ['es', 'light'], ['de', 'light'], ['fr', 'light'], ['pt', 'light']];
for (const [language, scheme] of runs) {
  test(`every screen passes axe's WCAG A and AA rules in ${language}, ${scheme} theme`, async () => {
    // The theme is the browser's from its start: dark in a browser of its own.
    const on = scheme === 'dark' ? await launch({ colorScheme: 'dark' }) : browser;
    // Chosen before the app starts on every page the tour loads, storage cleared or not.
    const stop = beforeEveryLoad(server, `localStorage.setItem('servewell.v1.language', ${JSON.stringify(language)});`);
    try {
      assert.equal(await on.exec('return matchMedia("(prefers-color-scheme: dark)").matches'), scheme === 'dark');
      const found = {};
      const seen = await tour(on, server, async (screen) => {
        assert.equal(await on.exec('return document.documentElement.lang'), language, screen);
        found[screen] = await axeViolations(on);
      });
      assert.equal(seen.length, 30);
      for (const screen of seen) assert.deepEqual(found[screen], [], `${screen} (${language}, ${scheme})`);
    } finally {
      stop();
      if (on !== browser) await on.quit();
    }
  });
}

test('the page before the app (the landing page, elsewhere its header and footer) passes them too, in both themes and every language', { skip: lacks('eagerLoad') }, async () => {
  // Its wasm held, as on a slow network; a browser that does not wait for it.
  const release = server.hold(/\.wasm$/);
  try {
    for (const scheme of ['light', 'dark']) {
      const on = await launch({ colorScheme: scheme, pageLoad: 'eager' });
      try {
        for (const language of ['en', 'es', 'de', 'fr', 'pt']) {
          for (const hash of ['', '#/workshops']) {
            // A new document each time (a reload would wait for the wasm), the language stored before it.
            for (const search of [`?${language}`, `?${language}-again`]) {
              await on.goto(`${server.url}${search}${hash}`);
              // Geckodriver may answer before the new document is there.
              await on.waitUntil(async () => (await on.exec('return location.search')) === search, `the page ${search}`);
              await on.exec('localStorage.setItem("servewell.v1.language", arguments[0])', language);
            }
            await on.waitFor(hash ? 'body > .page .site-header' : 'body > .page h1');
            assert.equal(await on.exists('#language'), false, 'the page\'s own copy, not the app');
            assert.equal(await on.exec('return document.documentElement.lang'), language);
            assert.deepEqual(await axeViolations(on), [], `${language}, ${scheme}, ${hash || 'the landing page'}`);
          }
        }
      } finally {
        await on.quit();
      }
    }
  } finally {
    release();
  }
});
