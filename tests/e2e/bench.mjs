// Benchmark, not a test (make bench): prints one table of figures and writes the same as
// JSON to target/bench.json. Times are measured in headless Chromium against dist/ on
// 127.0.0.1, each the median (and spread) of several runs; bytes are exact.
//
//   download   every file raw, gzip -9 and brotli -11, and what a first visit fetches
//   start      first paint, first actionable control (the page's own start link, before
//              the wasm, or the app's), the app up and first question, over cold loads, on
//              127.0.0.1 and on a slow phone connection
//   answer     click → saved, per answer of a full assessment
//   history    start (a cold load of #/history) and draw (from the landing page) with
//              1, 100 and 1,000 stored results, and the bytes stored per result
//   codes      500 result codes pasted into a workshop, checked and profiled
//   lengths    the longest result, feedback and summary codes, a typical workshop link

import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, measure } from '../../scripts/size.mjs';
import { launch } from './webdriver.mjs';
import { serve } from './server.mjs';
import { HISTORY_KEY, results, storedHistory } from './fixtures.mjs';
import { feedbackCode, resultCode, summaryCode } from './codes.mjs';
import { createWorkshop } from './tour.mjs';
import { openApp } from './harness.mjs';
import { bank } from './scoring-oracle.mjs';

const OUT = fileURLToPath(new URL('../../target/bench.json', import.meta.url));
const COLD_LOADS = 10;
const figures = {};
const rows = [];
const row = (section, what, value) => rows.push([section, what, value]);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const ms = (xs) => ({ median: Math.round(median(xs)), min: Math.round(Math.min(...xs)), max: Math.round(Math.max(...xs)), runs: xs.length });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// --- download ---------------------------------------------------------------------
const download = measure(DIST);
for (const [file, sizes] of Object.entries(download.files)) {
  row('download', `${file}${sizes.later ? ' (later)' : ''}`, `${sizes.raw} / ${sizes.gzip} / ${sizes.brotli} B`);
}
row('download', 'first visit, raw / gzip / brotli', `${kb(download.first_visit.raw)} / ${kb(download.first_visit.gzip)} / ${kb(download.first_visit.brotli)}`);
row('download', 'fetched later, raw / gzip / brotli', `${kb(download.later.raw)} / ${kb(download.later.gzip)} / ${kb(download.later.brotli)}`);
figures.download = download;

const server = await serve(DIST);
try {
  // --- start ------------------------------------------------------------------------
  // Times from the navigation's start, taken in the page, each once the element is in the
  // document and the page has had its first contentful paint. The first actionable control
  // is the first start link on screen: the page's own copy (index.html, before the wasm) or
  // the app's (#start-full). Like a person, the watcher taps the first it sees; the first
  // question is when the questionnaire appears after that tap. "The app up" is its first
  // frame (its language control, which has an id the page's copy lacks), whatever it shows.
  const WATCH = `window.__seen = {};
    const seen = (name) => { if (!(name in window.__seen)) window.__seen[name] = performance.now(); };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__seen.paint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver(() => {
      const start = [...document.querySelectorAll('a[href="#/start/full"], #start-full')].find((a) => a.getClientRects().length);
      if (start) {
        seen('control');
        if (!window.__clicked) { window.__clicked = true; start.click(); }
      }
      if (document.querySelector('#language')) seen('app');
      if (document.querySelector('fieldset[data-item]')) seen('question');
    }).observe(document, { childList: true, subtree: true });`;
  // On 127.0.0.1 as it is, and on a phone's slow connection (Chrome's "Slow 4G" with a 4× slower CPU).
  const profiles = [
    { name: '127.0.0.1', runs: COLD_LOADS },
    { name: 'slow 4G, CPU 4×', runs: 5, network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }, cpu: 4 },
  ];
  figures.start = {};
  for (const profile of profiles) {
    const times = { first_paint: [], first_actionable_control: [], app_up: [], first_question: [] };
    for (let run = 0; run < profile.runs; run++) {
      const browser = await launch();
      try {
        await browser.cdp('Page.addScriptToEvaluateOnNewDocument', { source: WATCH });
        if (profile.network) {
          await browser.cdp('Network.enable');
          await browser.cdp('Network.emulateNetworkConditions', profile.network);
          await browser.cdp('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
        }
        await browser.goto(server.url);
        await browser.waitFor('fieldset[data-item]', { timeout: 60_000 });
        const seen = await browser.exec('return window.__seen');
        const shown = (at) => Math.max(at, seen.paint);
        times.first_paint.push(seen.paint);
        times.first_actionable_control.push(shown(seen.control));
        times.app_up.push(shown(seen.app));
        times.first_question.push(shown(seen.question));
      } finally {
        await browser.quit();
      }
    }
    figures.start[profile.name] = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, ms(xs)]));
    const show = (what, xs) => row('start', `${what} (${profile.name}, ${profile.runs} cold loads)`, `${median(xs).toFixed(0)} ms (${spread(xs)})`);
    show('first contentful paint', times.first_paint);
    show('first actionable control', times.first_actionable_control);
    show('the app up', times.app_up);
    show('first question, tapped at once', times.first_question);
  }

  const browser = await launch();
  try {
    // --- answer -----------------------------------------------------------------------
    await openApp(browser, server.url);
    await browser.exec('localStorage.clear()');
    await browser.refresh();
    await browser.click(await browser.waitFor('#start-full'));
    await browser.waitFor('fieldset[data-item]');
    await browser.exec(`window.__saved = [];
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        set.call(this, key, value);
        if (key === 'servewell.v1.progress') window.__saved.push(performance.now());
      };`);
    const saves = [];
    for (;;) {
      const ids = await browser.exec('return [...document.querySelectorAll("fieldset[data-item]")].map(f => f.dataset.item)');
      for (const id of ids) {
        // The click and the time it was made, in one script; the save is waited for.
        const clicked = await browser.exec(`const at = performance.now(); window.__saved.length = 0;
          document.querySelector(arguments[0]).click(); return at;`, `#answer-${id}-3`);
        const saved = await browser.waitUntil(() => browser.exec('return window.__saved[0]'), `${id} saved`);
        saves.push(saved - clicked);
      }
      const [next] = await browser.findAll('#next');
      if (!next) break;
      await browser.click(next);
      await browser.waitUntil(async () => (await browser.exec('return document.querySelector("fieldset[data-item]").dataset.item')) !== ids[0], 'the next page');
    }
    figures.answer = { click_to_saved: { ...ms(saves), p95: Math.round(quantile(saves, 0.95) * 10) / 10 } };
    row('answer', `click → saved (${saves.length} answers)`, `median ${median(saves).toFixed(1)} ms, p95 ${quantile(saves, 0.95).toFixed(1)} ms`);

    // --- history ----------------------------------------------------------------------
    figures.history = {};
    for (const count of [1, 100, 1000]) {
      const list = results(count, { stepDays: 7 });
      const stored = storedHistory(list);
      const starts = [];
      const draws = [];
      for (let run = 0; run < 5; run++) {
        await openApp(browser, server.url);
        await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])', HISTORY_KEY, stored);
        // Start: the page opened at #/history, from the navigation's start.
        await browser.goto(`${server.url}#/history`);
        await browser.refresh();
        await browser.waitFor('#latest-overall', { timeout: 60_000 });
        await browser.execAsync('requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))');
        starts.push(await browser.exec('return performance.now()'));
        // Draw: from the landing page, once the app is up.
        await browser.goto(`${server.url}#/`);
        await browser.waitFor('#start-full');
        const at = await browser.exec('const at = performance.now(); location.hash = "#/history"; return at;');
        await browser.waitFor('#latest-overall', { timeout: 60_000 });
        await browser.execAsync('requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))');
        draws.push((await browser.exec('return performance.now()')) - at);
      }
      const bytes = await browser.exec('return localStorage.getItem(arguments[0]).length', HISTORY_KEY);
      const full = list.filter((r) => r.variant === 'full').length;
      figures.history[count] = { start: ms(starts), draw: ms(draws), stored_bytes: bytes };
      row('history', `${count} results: start / draw`, `${median(starts).toFixed(0)} ms (${spread(starts)}) / ${median(draws).toFixed(0)} ms (${spread(draws)})`);
      row('history', `${count} results: stored`, `${kb(bytes)} (${full} full, ${count - full} pulse)`);
    }
    // One full result, as the app keeps it once it has read (and rewritten) the history.
    if (results(1)[0].variant !== 'full') throw new Error('the first fixture result is expected to be a full one');
    const one = figures.history[1].stored_bytes - '{"schema":2,"results":[],"removed":[]}'.length;
    figures.history.bytes_per_full_result = one;
    row('history', 'bytes stored per full result', `${one} B`);

    // --- codes and lengths ----------------------------------------------------------------
    await openApp(browser, server.url);
    await browser.exec('localStorage.clear()');
    await browser.refresh();
    await browser.waitFor('#start-full');
    const workshop = await createWorkshop(browser, server, { title: 'Leadership day, Lisbon', message: 'Answer for the last three months.', variant: 'full' });
    const link = await browser.prop(await browser.find('#workshop-link'), 'value');
    const codes = Array.from({ length: 500 }, (_, n) => resultCode({ workshop, variant: 'full', level: 1 + (n % 5), nonce: n + 1 }));
    await browser.exec('document.querySelector("#codes").value = arguments[0]', codes.join('\n'));
    const at = await browser.exec('const at = performance.now(); document.querySelector("#add-codes").click(); return at;');
    await browser.waitUntil(async () => (await browser.exec('return document.querySelector("#group-count")?.textContent ?? ""')).includes('500'), 'the group of 500', { timeout: 60_000 });
    const profiled = (await browser.exec('return performance.now()')) - at;
    figures.codes = { check_and_profile_500_ms: Math.round(profiled) };
    row('codes', '500 codes checked and profiled', `${profiled.toFixed(0)} ms`);

    const longest = {
      result_code: resultCode({ workshop, variant: 'full', name: 'Ana-Sofia Gonçalves', nonce: 65535 }).length,
      feedback_code: feedbackCode({ request: workshop, variant: 'full', nonce: 65535 }).length,
      summary_code: summaryCode({ request: workshop, variant: 'full', colleagues: 63, characteristics: bank.characteristics.map(() => [63, 5]) }).length,
      workshop_link_query: link.slice(link.indexOf('#')).length,
    };
    figures.lengths = longest;
    row('lengths', 'longest result code (a 20-byte name)', `${longest.result_code} characters`);
    row('lengths', 'feedback code (full)', `${longest.feedback_code} characters`);
    row('lengths', 'summary code', `${longest.summary_code} characters`);
    row('lengths', 'workshop link, after the address', `${longest.workshop_link_query} characters (${link.slice(link.indexOf('#'))})`);
  } finally {
    await browser.quit();
  }
} finally {
  await server.close();
}

const width = Math.max(...rows.map(([, what]) => what.length));
let section = '';
for (const [s, what, value] of rows) {
  if (s !== section) console.log(`\n${(section = s)}`);
  console.log(`  ${what.padEnd(width)}  ${value}`);
}
mkdirSync(fileURLToPath(new URL('../../target/', import.meta.url)), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ machine: { cores: (await import('node:os')).cpus().length, node: process.version }, ...figures }, null, 2)}\n`);
console.log(`\nwritten to ${relative(process.cwd(), OUT)}`);
