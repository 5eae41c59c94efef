// Saves PNG screenshots of the built app (dist/) into tests/e2e/screenshots/:
// the landing page, the first questionnaire page and one with a situational item, a flat,
// a tied and a pulse result and a first-edition one, the history across two editions,
// workshops, print, the notice and data page for unreadable data and About the science
// (light and dark), each at a phone (390×844) and a desktop (1280×800) viewport. Run `make screenshots` (builds dist/ first).
//
// To reach a result page it starts the full assessment (#start-full), answers 4 ("Often")
// on every item (fieldset[data-item]) of each page, and goes on with #next (#finish on
// the last page) until the URL hash starts with #/results/.
//
// Options: --full-page (capture whole pages, not just the viewport);
//          --dist DIR (serve another build than dist/).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './webdriver.mjs';
import { HISTORY_KEY, results, storedHistory } from './fixtures.mjs';
import { askedItems, bank } from './scoring-oracle.mjs';
import { feedbackCode } from './codes.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const distFlag = process.argv.indexOf('--dist');
const DIST = distFlag > 0 && process.argv[distFlag + 1] ? resolve(process.argv[distFlag + 1]) : `${ROOT}dist`;
const OUT = fileURLToPath(new URL('./screenshots/', import.meta.url));
const SIZES = [[390, 844], [1280, 800]];
const fullPage = process.argv.includes('--full-page');

/** Waits two animation frames, so that the last render is painted. */
async function settle(browser) {
  await browser.execAsync(
    'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));');
}

/** Clicks a radio; falls back to its label, then to a script click, if custom styling hides it. */
async function choose(browser, css) {
  const input = await browser.waitFor(css);
  try {
    await browser.click(input);
  } catch (err) {
    if (!/not interactable|click intercepted/.test(err.message)) throw err;
    const label = await browser.exec(
      'const i = arguments[0]; return (i.id && document.querySelector(`label[for="${CSS.escape(i.id)}"]`)) || i.closest("label");',
      input);
    if (label) await browser.click(label).catch(() => browser.jsClick(input));
    else await browser.jsClick(input);
  }
  await browser.waitUntil(() => browser.prop(css, 'checked'), `${css} to be checked`);
}

async function answerAllWithFour(browser) {
  for (let page = 1; page <= 60; page++) {
    if ((await browser.hash()).startsWith('#/results/')) return page - 1;
    await browser.waitFor('fieldset[data-item]');
    const ids = [];
    for (const fieldset of await browser.findAll('fieldset[data-item]')) ids.push(await browser.attr(fieldset, 'data-item'));
    for (const id of ids) await choose(browser, `fieldset[data-item="${id}"] input[value="4"]`);
    const next = (await browser.findAll('#finish'))[0] ?? await browser.waitFor('#next');
    await browser.click(next);
    await browser.waitUntil(async () => {
      if ((await browser.hash()).startsWith('#/results/')) return true;
      const first = (await browser.findAll('fieldset[data-item]'))[0];
      return first !== undefined && (await browser.attr(first, 'data-item')) !== ids[0];
    }, `the page after ${JSON.stringify(ids)} (or the results)`);
  }
  throw new Error('still no #/results/ after 60 pages');
}

/**
 * A result whose characteristics score `levels` (in canonical order, whole numbers), every
 * reverse item answered so that it keys to its characteristic's level.
 */
function resultAt(id, variant, levels, takenAt) {
  const answers = {};
  for (const item of askedItems(variant)) {
    const level = levels[bank.characteristics.indexOf(item.characteristic)];
    answers[item.id] = item.key > 0 ? level : 6 - level;
  }
  return { id, taken_at: takenAt, variant, bank_version: bank.version, answers };
}

/** The same levels answered to the first edition's items. */
function firstEdition(result) {
  const levels = bank.characteristics.map((c) => {
    const keyed = askedItems(result.variant).filter((i) => i.characteristic === c)
      .map((i) => (i.key > 0 ? result.answers[i.id] : 6 - result.answers[i.id]));
    return Math.round(keyed.reduce((a, b) => a + b, 0) / keyed.length);
  });
  const answers = {};
  for (const item of askedItems(result.variant, 1)) {
    const level = levels[bank.characteristics.indexOf(item.characteristic)];
    answers[item.id] = item.key > 0 ? level : 6 - level;
  }
  return answers;
}

async function main() {
  if (!existsSync(`${DIST}/index.html`)) {
    console.error(`${DIST}/index.html missing: run \`make dist\` first`);
    process.exit(1);
  }
  const server = await serve(DIST);
  const saved = [];
  try {
    for (const [width, height] of SIZES) {
      // A fresh profile per size: no saved answers. Reduced motion: no smooth scrolling or
      // transitions half-way through when a screenshot is taken.
      const browser = await launch({ viewport: [width, height], reducedMotion: true });
      try {
        const shot = async (name) => {
          await settle(browser);
          const path = `${OUT}${name}-${width}x${height}.png`;
          await browser.screenshot(path, { fullPage });
          saved.push(path);
        };
        await browser.goto(server.url);
        await browser.waitFor('#start-full', { visible: true, timeout: 30_000 });
        await shot('landing');

        await browser.click('#start-full');
        await browser.waitFor('fieldset[data-item]', { visible: true });
        await shot('questionnaire');

        await browser.click(await browser.find('#next'));
        await browser.waitFor('.not-come-up', { visible: true });
        await browser.scrollIntoView(await browser.find('.not-come-up'));
        await shot('questionnaire-situational');
        await browser.click(await browser.find('#back'));
        const pages = await answerAllWithFour(browser);
        await browser.waitUntil(async () => (await browser.hash()).startsWith('#/results/'), 'the URL hash #/results/…');
        await shot('results');

        // A profile with ties at both cuts, and a pulse, which is led by its overall score.
        const tied = resultAt('shot-tied', 'full', [5, 4, 4, 4, 4, 3, 3, 2, 2, 2], Date.UTC(2026, 10, 1));
        const pulse = resultAt('shot-pulse', 'pulse', [5, 4, 2, 4, 3, 4, 1, 3, 4, 5], Date.UTC(2026, 10, 8));
        await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])',
          HISTORY_KEY, storedHistory([tied, pulse]));
        for (const [id, name] of [['shot-tied', 'result-tied'], ['shot-pulse', 'result-pulse']]) {
          await browser.goto(`${server.url}#/results/${id}`);
          await browser.refresh();
          await browser.waitFor('#overall-score', { visible: true });
          await shot(name);
        }
        console.log(`${width}×${height}: answered ${pages} pages, result at ${await browser.hash()}`);

        // The other languages on a phone: the landing page, a questionnaire page (German and
        // French are long) and the tied result.
        if (width < 400) {
          for (const code of ['es', 'de', 'fr', 'pt']) {
            // Nothing in progress, so that the start button starts at once.
            await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]); localStorage.setItem("servewell.v1.language", arguments[2])',
              HISTORY_KEY, storedHistory([tied, pulse]), code);
            await browser.goto(`${server.url}#/`);
            await browser.refresh();
            await browser.waitFor('#start-full', { visible: true });
            await shot(`landing-${code}`);
            await browser.click('#start-full');
            await browser.waitFor('fieldset[data-item]', { visible: true });
            await shot(`questionnaire-${code}`);
            await browser.goto(`${server.url}#/results/shot-tied`);
            await browser.waitFor('#overall-score', { visible: true });
            await shot(`result-${code}`);
          }
          await browser.exec('localStorage.removeItem("servewell.v1.language")');
        }

        for (const count of [1, 12]) {
          await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])',
            HISTORY_KEY, storedHistory(results(count)));
          await browser.goto(`${server.url}#/history`);
          await browser.refresh();
          await browser.waitFor('#latest-overall', { visible: true });
          await shot(`history-${count}`);
        }
        // The first six answered with the first edition: a break in every trend, and a
        // first-edition result with its note.
        const editions = results(12).map((r, n) => (n < 6 ? { ...r, bank_version: 1, answers: firstEdition(r) } : r));
        await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])',
          HISTORY_KEY, storedHistory(editions));
        await browser.goto(`${server.url}#/history`);
        await browser.refresh();
        await browser.scrollIntoView(await browser.waitFor('#trends-editions', { visible: true }));
        await shot('history-editions');
        await browser.goto(`${server.url}#/results/${editions[4].id}`);
        await browser.waitFor('#result-edition', { visible: true });
        await shot('result-first-edition');
        await browser.goto(`${server.url}#/workshops`);
        await browser.type(await browser.waitFor('#workshop-title', { visible: true }), 'Leadership offsite, Lisbon');
        await browser.click(await browser.find('#create-workshop'));
        await browser.waitFor('svg.qr', { visible: true });
        await shot('workshop');
        await browser.click(await browser.find('a[href^="#/present/"]'));
        await browser.waitFor('.present-qr', { visible: true });
        await shot('present');
        await browser.goto(`${server.url}#/history`);
        await browser.waitFor('#latest-overall', { visible: true });
        await browser.cdp('Emulation.setEmulatedMedia', { media: 'print' });
        await shot('history-print');
        await browser.cdp('Emulation.setEmulatedMedia', { media: '' });

        // A history with one unreadable result: the notice, and the data page's copy of it.
        const damaged = results(12);
        damaged[5].answers = { lis1: 9 };
        await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])',
          HISTORY_KEY, storedHistory(damaged));
        await browser.goto(`${server.url}#/history`);
        await browser.refresh();
        await browser.waitFor('.storage-notices .download-kept', { visible: true });
        await shot('damaged-notice');
        for (const scheme of ['light', 'dark']) {
          await browser.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
          await browser.goto(`${server.url}#/data`);
          await browser.scrollIntoView(await browser.waitFor('#kept-aside', { visible: true }));
          await shot(`data-kept-${scheme}`);
        }
        // Asking colleagues: the view beside one's own, and what a colleague sees.
        await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])',
          HISTORY_KEY, storedHistory(results(12)));
        await browser.goto(`${server.url}#/ask`);
        await browser.refresh();
        await browser.type(await browser.waitFor('#ask-name', { visible: true }), 'Maria');
        await shot('ask');
        await browser.click(await browser.find('#ask-create'));
        await browser.waitFor('#codes', { visible: true });
        const request = (await browser.hash()).replace('#/requests/', '');
        const colleague = (n) => Object.fromEntries(askedItems('full').map((item, i) => [item.id, 1 + ((i * (n + 2) + n) % 5)]));
        const codes = [0, 1, 2].map((n) => feedbackCode({ request, variant: 'full', answers: colleague(n), nonce: n }));
        await browser.exec('document.querySelector("#codes").value = arguments[0]', codes.join(' '));
        await browser.click(await browser.find('#add-codes'));
        await browser.scrollIntoView(await browser.waitFor('#self-other', { visible: true }));
        await shot('self-other');
        await browser.goto(await browser.prop(await browser.find('#request-link'), 'value'));
        await browser.waitFor('#give-start', { visible: true });
        await shot('give');
        await browser.click(await browser.find('#give-start'));
        await browser.waitFor('fieldset[data-item]', { visible: true });
        await shot('giving');
        // Without the damaged history, whose notice would stand above the page.
        await browser.exec('localStorage.clear()');
        await browser.refresh();
        for (const scheme of ['light', 'dark']) {
          await browser.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
          await browser.goto(`${server.url}#/about`);
          await browser.waitFor('#about-sources', { visible: true });
          await shot(`about-${scheme}`);
        }
        await browser.cdp('Emulation.setEmulatedMedia', { features: [] });
      } finally {
        await browser.quit();
      }
    }
  } finally {
    await server.close();
  }
  for (const path of saved) console.log(`saved ${path.slice(ROOT.length)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
