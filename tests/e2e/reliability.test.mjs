// The promises of docs/reliability.md that only a real browser can check, each as a test
// that fails when the promise is broken. Test names start with the promise's number.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT, Key, launch } from './webdriver.mjs';
import { serve } from './server.mjs';
import { DIST, beforeEveryLoad, fresh, recordViolations, takePulse, textOf, waitForControl, waitForDownload, withAppAndDownloads } from './harness.mjs';
import { results } from './fixtures.mjs';
import { resultCode } from './codes.mjs';
import { addCodes, createWorkshop, tour, tourResults } from './tour.mjs';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
/** The texts the user reads, as the app has them. */
const ui = JSON.parse(read('questions/en.json')).ui;
const title = (text) => `${text} — ${ui.app_name}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let server;
let browser;
const downloads = withAppAndDownloads((s, b) => {
  server = s;
  browser = b;
});

/** Storage that throws on every write, as when it is full or a private window refuses it. */
const REFUSING = "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };";

/** Runs `fn` with `source` run before the app in every page loaded meanwhile. */
async function withStartScript(source, fn) {
  const stop = beforeEveryLoad(server, source);
  try {
    return await fn();
  } finally {
    stop();
  }
}

/** Reloads, so that a script added with withStartScript runs before the app. */
async function restart(hash = '#/') {
  await browser.goto(`${server.url}${hash}`);
  await browser.refresh();
}

async function checked() {
  return browser.exec('return Object.fromEntries([...document.querySelectorAll("input[type=radio]:checked")].map(r => [r.name, Number(r.value)]))');
}

// ---- 11 and 10: storage that lets the user down -----------------------------------------

test('11: a write that silently does not stick is caught by reading it back', async () => {
  await fresh(browser, server);
  await withStartScript('Storage.prototype.setItem = function () {};', async () => {
    await restart();
    await browser.click(await browser.waitFor('#start-pulse'));
    const id = await browser.attr(await browser.waitFor('fieldset[data-item]'), 'data-item');
    await browser.click(await browser.find(`#answer-${id}-2`));
    assert.equal(await textOf(browser, '.storage-notices .notice'), ui.save_failed);
    assert.equal(await browser.exec('return localStorage.length'), 0, 'the write did not throw, and stored nothing');
    assert.equal(await textOf(browser, '#progress-text'), '1 of 10 answered', 'the answer is kept in the page');
  });
});

test('10: the backup can still be downloaded while storage refuses every write', async () => {
  await fresh(browser, server, results(3));
  await withStartScript(REFUSING, async () => {
    await restart('#/data');
    await browser.click(await browser.waitFor('#export'));
    const { text } = await waitForDownload(browser, downloads, 'servewell-backup-', (t) => t.endsWith('}'));
    assert.deepEqual(JSON.parse(text).results.map((r) => r.id), ['fixture-0', 'fixture-1', 'fixture-2']);
    // Noting the backup's date is a write, which fails: the user is told.
    assert.equal(await textOf(browser, '.storage-notices .notice'), ui.save_failed);
  });
});

test('10: where merely touching localStorage throws, the app runs in memory and says so', async () => {
  await fresh(browser, server);
  await withStartScript(`Object.defineProperty(window, 'localStorage', { configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`, async () => {
    await restart();
    assert.equal(await browser.exec('try { window.localStorage; return false; } catch { return true; }'), true);
    assert.equal(await textOf(browser, '.storage-notices .notice'), ui.storage_unavailable);
    const { id } = await takePulse(browser, () => 3);
    assert.equal(await textOf(browser, '#overall-score'), '3.0');
    await browser.goto(`${server.url}#/history`);
    await browser.waitFor(`tr[data-result-id="${id}"]`);
    assert.equal(await textOf(browser, '.storage-notices .notice'), ui.storage_unavailable, 'still said');
  });
});

// ---- 4: XSS canaries stay text -------------------------------------------------------

const CANARIES = ['<img src=x onerror=window.__xss=1>', '<svg onload=window.__xss=1>'];

/** Every canary in `texts` is on the page as text, and none ran or became an element. */
async function assertInert(where, texts) {
  // An image error or an SVG load fires after the element is made: give it the chance.
  await sleep(300);
  const page = await browser.exec(`return { xss: typeof window.__xss, elements: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
    text: document.body.innerText }`);
  assert.equal(page.xss, 'undefined', `${where}: nothing ran`);
  assert.equal(page.elements, 0, `${where}: no element made of the text`);
  for (const text of texts) assert.ok(page.text.includes(text), `${where}: ${text} shown as text`);
}

test('4: the XSS check fails on a page where a canary became markup', async () => {
  await fresh(browser, server);
  await browser.exec('document.querySelector("main").insertAdjacentHTML("beforeend", arguments[0])', CANARIES[0]);
  await assert.rejects(assertInert('a broken page', []), /no element made of the text/);
});

test('4: HTML in an imported backup is shown as text', async () => {
  await fresh(browser, server);
  const file = join(downloads, 'canaries.json');
  writeFileSync(file, JSON.stringify({ format: 'servewell-backup', version: 1, exported_at: 1, results: [{
    id: 'xss-1', taken_at: 1.7e12, variant: 'pulse', bank_version: 1, note: CANARIES.join(' '),
    answers: { lis1: 4, emp1: 3, hea1: 2, awa1: 5, per1: 3, con1: 4, for1: 2, ste1: 3, gro1: 4, com1: 5 },
    workshop: { id: 'K3M9QX', title: CANARIES[0], variant: 'pulse', message: CANARIES[1], date: '' },
  }] }));
  await browser.goto(`${server.url}#/data`);
  const input = await browser.waitFor('#import-file');
  await browser.command('POST', `/element/${input[ELEMENT]}/value`, { text: file });
  assert.equal(await textOf(browser, '#import-report p'), 'Added 1, already had 0, skipped 0.');
  await browser.goto(`${server.url}#/history`);
  await browser.waitFor('tr[data-result-id="xss-1"]');
  await assertInert('history', [CANARIES[0]]);
  await browser.goto(`${server.url}#/results/xss-1`);
  assert.equal(await browser.prop(await browser.waitFor('#note'), 'value'), CANARIES.join(' '));
  await assertInert('result', [CANARIES[0]]);
});

test('4: HTML in a workshop title and message, and in a result code name, is shown as text', async () => {
  await fresh(browser, server);
  const id = await createWorkshop(browser, server, { title: CANARIES[0], message: CANARIES[1], variant: 'pulse' });
  const link = await browser.prop(await browser.find('#workshop-link'), 'value');
  await assertInert('workshop', [CANARIES[0]]);
  await browser.click(await browser.find('a[href^="#/present/"]'));
  await browser.waitFor('.present-qr');
  await assertInert('present', CANARIES);
  await browser.goto(`${server.url}#/workshops`);
  await browser.waitFor('.workshop-list li');
  await assertInert('workshops', [CANARIES[0]]);
  await browser.goto(link);
  await browser.waitFor('#join-start');
  await assertInert('join', CANARIES);

  // A name the form would never make (longer than its field), straight into a code.
  const code = resultCode({ workshop: id, name: CANARIES.join(' ') });
  await browser.goto(`${server.url}#/r/${code}`);
  await browser.waitFor('#add-to-group');
  await assertInert('shared result', [...CANARIES, `${ui.shared_by.replace('{name}', CANARIES.join(' '))}`]);
  await browser.click(await browser.find('#add-to-group'));
  await browser.waitFor('#code-report li.accepted');
  await assertInert('group', [CANARIES[0]]);
});

test('4: no view writes HTML from text: no inner_html or the like anywhere in src/', () => {
  const files = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
  const risky = /inner_html|outer_html|insert_adjacent_html|from_html_unchecked|dangerously|VRaw|document\.write|innerHTML/;
  const found = files(new URL('src/', ROOT).pathname).filter((f) => f.endsWith('.rs'))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => [`${f}:${i + 1}`, line]))
    .filter(([, line]) => risky.test(line))
    .map(([where, line]) => `${where}: ${line.trim()}`);
  assert.deepEqual(found, []);
  assert.ok(risky.test('element.set_inner_html(&text)'), 'the pattern would see one');
});

// ---- 7: the group's cap, and one person once across tabs --------------------------------

const MAX_GROUP = Number(/pub const MAX_GROUP: usize = ([\d_]+);/.exec(read('src/model/sharing/group.rs'))[1].replaceAll('_', ''));

test(`7: a group takes at most ${MAX_GROUP} codes and says so for the rest`, async () => {
  await fresh(browser, server);
  const id = await createWorkshop(browser, server, { title: 'A big room', variant: 'pulse' });
  const codes = Array.from({ length: MAX_GROUP + 1 }, (_, nonce) => resultCode({ workshop: id, nonce, level: 1 + (nonce % 5) }));
  await addCodes(browser, codes.join('\n'));
  const verdicts = await browser.exec(`return [...document.querySelectorAll('#code-report li')]
    .map(li => li.classList.contains('accepted') ? 'accepted' : li.textContent)`);
  assert.equal(verdicts.length, MAX_GROUP + 1);
  assert.equal(verdicts.filter((v) => v === 'accepted').length, MAX_GROUP);
  assert.equal(verdicts.at(-1), `${codes.at(-1)}: ${ui.verdict_full}`);
  assert.equal(await textOf(browser, '#group-count'), `Participants: ${MAX_GROUP}`);
  await browser.refresh();
  assert.equal(await textOf(browser, '#group-count'), `Participants: ${MAX_GROUP}`, 'and so it was kept');
});

test('7: the same code added in two tabs counts one person', async () => {
  await fresh(browser, server);
  const id = await createWorkshop(browser, server, { title: 'Two tabs', variant: 'pulse' });
  const [a, b] = [1, 2].map((nonce) => resultCode({ workshop: id, nonce }));
  const waiting = (count) => ui.group_waiting.replace('{count}', count);
  const first = await browser.windowHandle();
  const second = await browser.newTab();
  try {
    await browser.switchTo(second);
    await browser.goto(`${server.url}#/workshops/${id}`);
    await browser.waitFor('#codes');
    await addCodes(browser, a);
    await browser.switchTo(first);
    await addCodes(browser, `${a}\n${b}`);
    await browser.waitUntil(async () => (await textOf(browser, '#group-waiting')) === waiting(2), 'two people in the first tab');
    await browser.switchTo(second);
    await browser.waitUntil(async () => (await textOf(browser, '#group-waiting')) === waiting(2), 'two people in the second tab');
    await browser.refresh();
    assert.equal(await textOf(browser, '#group-waiting'), waiting(2), 'two people stored');
  } finally {
    await browser.switchTo(second);
    await browser.command('DELETE', '/window');
    await browser.switchTo(first);
  }
});

// ---- 21: a burst of answer changes ------------------------------------------------------

test('21: holding an arrow key for 100 changes leaves the last answer saved', async () => {
  await fresh(browser, server);
  await browser.click(await browser.find('#start-full'));
  const id = await browser.attr(await browser.waitFor('fieldset[data-item]'), 'data-item');
  await browser.click(await browser.waitFor(`#answer-${id}-3`));
  // Mostly down, sometimes back up; the radio group wraps around at either end.
  const presses = Array.from({ length: 100 }, (_, i) => (i % 7 === 3 ? Key.ArrowUp : Key.ArrowDown));
  const steps = presses.filter((k) => k === Key.ArrowDown).length - presses.filter((k) => k === Key.ArrowUp).length;
  const last = ((2 + steps) % 5 + 5) % 5 + 1;
  await browser.keys(presses.join(''));
  await browser.waitUntil(async () => (await checked())[id] === last, `the answer ${last} shown`);
  await browser.refresh();
  await browser.waitFor(`#answer-${id}-1`);
  assert.deepEqual(await checked(), { [id]: last });
});

// ---- 26: focus and title after every view change -----------------------------------------

test('26: after every view change on every route, focus is on the new h1 and the title is the page\'s', async () => {
  await fresh(browser, server, results(3));
  const id = await createWorkshop(browser, server, { title: 'Focus day', variant: 'pulse' });
  const query = (await browser.prop(await browser.find('#workshop-link'), 'value')).split('#/join?')[1];
  // Every Route of src/model/route.rs, and the ways each can fail; no two in a row alike.
  const views = [
    ['#/', ui.landing_title],
    ['#/assessment', ui.no_progress],
    ['#/results/fixture-0', ui.result_title],
    ['#/compare/fixture-0/fixture-2', ui.compare_title],
    ['#/history', ui.history_title],
    ['#/goals', ui.goals_title],
    ['#/data', ui.data_title],
    ['#/about', ui.about_title],
    ['#/workshops', ui.workshops_title],
    [`#/workshops/${id}`, 'Focus day'],
    [`#/present/${id}`, ui.present],
    [`#/join?${query}`, ui.join_title],
    [`#/r/${resultCode({ workshop: id })}`, ui.shared_title],
    ['#/nowhere', ui.not_found_title],
    ['', ui.history_title],
    ['#/results/no-such-result', ui.result_title],
    ['#/workshops/ZZZZZZ', ui.workshops_title],
    ['#/present/ZZZZZZ', ui.present],
    ['#/join?id=bad', ui.join_title],
    ['#/r/SW123', ui.shared_title],
    ['#/compare/no-such/result', ui.compare_title],
    ['#/', ui.landing_title],
  ];
  let before = await browser.title();
  const arrived = async (where, expected) => {
    await browser.waitUntil(async () => (await browser.title()) === title(expected), `the title of ${where}`);
    assert.notEqual(title(expected), before, `${where}: the title changed`);
    before = title(expected);
    assert.equal(await browser.exec('const a = document.activeElement; return a.tagName === "H1" && a === document.querySelector("main h1")'),
      true, `${where}: focus on the new h1`);
  };
  for (const [hash, expected] of views) {
    await browser.exec('location.hash = arguments[0]', hash);
    await arrived(hash || 'the bare address', expected);
  }
  // Within the questionnaire: each page is a view of its own.
  await browser.click(await browser.find('#start-pulse'));
  await arrived('page 1', ui.page_title.replace('{page}', 1).replace('{pages}', 2));
  await browser.click(await browser.find('#next'));
  await arrived('page 2', ui.page_title.replace('{page}', 2).replace('{pages}', 2));
});

// ---- 27: every chart has a title, a description and its numbers as a table -----------------

/**
 * Every chart on the page: its accessible title and description, and the numbers it draws
 * next to those of its table, per kind of chart.
 */
async function charts() {
  return browser.exec(`
    const words = (ids) => (ids || '').split(/\\s+/).filter(Boolean)
      .map(id => document.getElementById(id)?.textContent.trim() ?? '').join(' ').trim();
    const cells = (rows, column) => Object.fromEntries([...rows].map(r => [r.querySelector('th').textContent.trim(),
      r.querySelectorAll('td')[column].textContent.trim()]));
    const number = (a, name) => Number(a.getAttribute(name));
    return [...document.querySelectorAll('svg[role=img]:not(.qr)')].map(svg => {
      const chart = {
        title: words(svg.getAttribute('aria-labelledby')) || svg.getAttribute('aria-label') || svg.querySelector(':scope > title')?.textContent.trim() || '',
        description: words(svg.getAttribute('aria-describedby')) || svg.querySelector(':scope > desc')?.textContent.trim() || '',
      };
      if (svg.closest('.score-chart')) {
        chart.kind = 'score';
        chart.drawn = Object.fromEntries([...svg.querySelectorAll('.bar-row')].map(g =>
          [g.querySelector('.bar-label').textContent.trim(), g.querySelector('.bar-value').textContent.trim()]));
        chart.table = cells(svg.closest('section, article').querySelectorAll('#score-table tbody tr'), 0);
      } else if (svg.closest('.wheel-chart')) {
        // A dot's distance from the centre along its spoke is its value: 1 at the centre, 5 at the spoke's end.
        chart.kind = 'wheel';
        const spokes = [...svg.querySelectorAll('.spoke line')];
        const [cx, cy] = [number(spokes[0], 'x1'), number(spokes[0], 'y1')];
        const radius = Math.hypot(number(spokes[0], 'x2') - cx, number(spokes[0], 'y2') - cy);
        const names = [...svg.closest('figure').querySelectorAll('tbody th')].map(th => th.textContent.trim());
        chart.drawn = Object.fromEntries([...svg.querySelectorAll('.series-latest-dot')].map(dot => {
          const [dx, dy] = [number(dot, 'cx') - cx, number(dot, 'cy') - cy];
          const spoke = spokes.findIndex(s => Math.abs(Math.atan2(number(s, 'y2') - cy, number(s, 'x2') - cx) - Math.atan2(dy, dx)) < 0.01);
          return [names[spoke], 1 + 4 * Math.hypot(dx, dy) / radius];
        }));
        chart.table = Object.fromEntries(Object.entries(cells(svg.closest('figure').querySelectorAll('tbody tr'), 0))
          .filter(([, value]) => /^\\d/.test(value)).map(([name, value]) => [name, Number(value)]));
      } else if (svg.closest('[data-trend]')) {
        // The latest score over each small chart, and a mark per score, against the table's
        // column (newest first; '–' where a result has no score for it).
        const panel = svg.closest('[data-trend]');
        const column = [...document.querySelectorAll('.trend')].indexOf(panel);
        const scores = [...document.querySelectorAll('#trend-numbers tbody tr')]
          .map(r => r.querySelectorAll('td.num')[column].textContent.trim()).filter(v => v !== '–');
        chart.kind = 'trend';
        chart.drawn = { latest: panel.querySelector('h3 .num').textContent.trim(), marks: svg.querySelectorAll('circle.mark').length };
        chart.table = { latest: scores[0], marks: scores.length };
      } else if (svg.closest('.change-chart')) {
        chart.kind = 'change';
        chart.drawn = Object.fromEntries([...svg.querySelectorAll('.change-row')].map(g =>
          [g.querySelector('text').textContent.trim(), g.querySelector('.change-value').textContent.trim()]));
        chart.table = Object.fromEntries(Object.entries(cells(document.querySelectorAll('#compare-table tbody tr'), 2))
          .map(([name, change]) => [name, change.split(' ')[0] || ${JSON.stringify(ui.not_enough)}]));
      } else {
        chart.kind = 'unknown: ' + svg.outerHTML.slice(0, 80);
      }
      return chart;
    });`);
}

test('27: every chart has a title, a description and a table with the same numbers', async () => {
  await fresh(browser, server, tourResults);
  const id = await createWorkshop(browser, server, { title: 'Charts', variant: 'full' });
  const codes = [2, 3, 5].map((level, nonce) => resultCode({ workshop: id, variant: 'full', level, nonce }));
  await addCodes(browser, codes.join(' '));
  await browser.waitFor('#group-table');
  const pages = [
    [`#/workshops/${id}`, { wheel: 1 }],
    ['#/results/axe-1', { score: 1 }],
    [`#/r/${codes[0]}`, { score: 1 }],
    ['#/history', { wheel: 1, trend: 11 }],
    ['#/compare/fixture-0/axe-1', { change: 1 }],
  ];
  for (const [hash, kinds] of pages) {
    await browser.goto(`${server.url}${hash}`);
    await browser.waitFor('svg[role=img]:not(.qr)');
    const found = await charts();
    const counts = {};
    for (const chart of found) counts[chart.kind] = (counts[chart.kind] ?? 0) + 1;
    assert.deepEqual(counts, kinds, hash);
    for (const chart of found) {
      assert.ok(chart.title, `${hash}: a ${chart.kind} chart has a title`);
      assert.ok(chart.description && chart.description !== chart.title, `${hash}: a ${chart.kind} chart (${chart.title}) has a description`);
      assert.ok(Object.keys(chart.table).length > 0, `${hash}: a ${chart.kind} chart has numbers in a table`);
      const where = `${hash}: the ${chart.kind} chart (${chart.title}) draws the table's numbers`;
      if (chart.kind !== 'wheel') {
        assert.deepEqual(chart.drawn, chart.table, where);
        continue;
      }
      // The table rounds to a tenth, positions to a tenth of a pixel: within 0.06.
      assert.deepEqual(Object.keys(chart.drawn).sort(), Object.keys(chart.table).sort(), where);
      for (const [name, value] of Object.entries(chart.drawn)) assert.ok(Math.abs(value - chart.table[name]) <= 0.06, `${where}: ${name}`);
    }
  }
  // The group's strips: each person's dot where the row's numbers say.
  await browser.goto(`${server.url}#/workshops/${id}`);
  const strips = await browser.exec(`return [...document.querySelectorAll('#group-table tbody tr')].map(r => [
    [...r.querySelectorAll('circle.person')].map(c => ((Number(c.getAttribute('cx')) - 120) / 260 * 4 + 1).toFixed(1)).join(', '),
    r.querySelector('th .visually-hidden').textContent])`);
  assert.equal(strips.length, 10);
  for (const [drawn, listed] of strips) assert.equal(drawn, listed);
});

// ---- 28 and 18: every screen, with reduced motion, and under the page's policy ------------

/** Everything that moves on the page `on` shows now: animations, transitions, smooth scrolling. */
async function moving(on) {
  return on.exec(`
    const moves = (list) => list.split(',').some(d => parseFloat(d) > 0);
    const found = document.getAnimations().map(a => 'running: ' + (a.animationName || a.transitionProperty || a.constructor.name));
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (pseudo || '');
        if (style.animationName !== 'none' && moves(style.animationDuration)) found.push(name + ' animation ' + style.animationName);
        if (moves(style.transitionDuration)) found.push(name + ' transition ' + style.transitionProperty);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling');
    return found;`);
}

/** Runs `fn(on)` in a browser of its own that asks for reduced motion from its start. */
async function withReducedMotion(fn) {
  const on = await launch({ reducedMotion: true });
  try {
    assert.equal(await on.exec('return matchMedia("(prefers-reduced-motion: reduce)").matches'), true);
    return await fn(on);
  } finally {
    await on.quit();
  }
}

test('28: the motion check sees a transition, which reduced motion then stops', async () => {
  // Set through the CSSOM: the page's policy refuses an inline <style>.
  const addMotion = (on) => on.exec(`document.querySelector('.site-header a').style.transition = 'color 2s';
    document.documentElement.style.scrollBehavior = 'smooth';`);
  await fresh(browser, server);
  assert.equal(await browser.exec('return matchMedia("(prefers-reduced-motion: no-preference)").matches'), true);
  await addMotion(browser);
  const seen = await moving(browser);
  assert.ok(seen.some((m) => /transition color/.test(m)), seen.join('\n'));
  assert.ok(seen.includes('smooth scrolling'), seen.join('\n'));
  await withReducedMotion(async (on) => {
    await fresh(on, server);
    await addMotion(on);
    assert.deepEqual(await moving(on), []);
  });
});

test('28: with reduced motion requested nothing on any screen moves', async () => {
  await withReducedMotion(async (on) => {
    const found = {};
    const seen = await tour(on, server, async (screen) => { found[screen] = await moving(on); });
    assert.equal(seen.length, 30);
    for (const screen of seen) assert.deepEqual(found[screen], [], screen);
  });
});

test('18: the built page carries its Content-Security-Policy', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(policy, 'a policy in dist/index.html');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  // Only the app's own scripts, Trunk's hashed bootstrap and WebAssembly.
  const scripts = directives['script-src'];
  assert.deepEqual(scripts.filter((s) => !/^'sha(256|384|512)-/.test(s)), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(scripts.some((s) => s.startsWith("'sha")), scripts.join(' '));
});

test('18: no screen causes a policy violation, and the check would see one', async () => {
  const stop = recordViolations(server);
  try {
    const found = {};
    const seen = await tour(browser, server, async (screen) => { found[screen] = await browser.exec('return window.__violations'); });
    for (const screen of seen) assert.deepEqual(found[screen], [], screen);

    await browser.exec(`const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.alt = '';
      image.src = 'http://servewell-canary.invalid/pixel.png';
      document.body.append(image);`);
    const violations = await browser.waitUntil(async () => {
      const list = await browser.exec('return window.__violations');
      return list.length >= 2 && list;
    }, 'the two violations');
    assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
    assert.ok(violations.includes('img-src http://servewell-canary.invalid/pixel.png'), violations.join('\n'));
    assert.equal(await browser.exec('return window.__ran'), null, 'the inline script did not run');
  } finally {
    stop();
  }
});

// ---- 19: the service worker's own requests ------------------------------------------------

/** Lets a test ask the worker what it requested (its resource timing) and make a request. */
const WORKER_PROBE = `// Added by reliability.test.mjs.
self.addEventListener('message', (event) => {
  const reply = (data) => event.source.postMessage({ probe: data });
  if (event.data?.probe === 'requests') reply(performance.getEntriesByType('resource').map((e) => e.name));
  if (event.data?.probe === 'fetch') fetch(event.data.url, { mode: 'no-cors' }).then(() => reply('fetched'), () => reply('failed'));
});
`;

/** Sends `message` to the worker controlling the page and returns its reply. */
async function askWorker(on, message) {
  return on.execAsync(`const done = arguments[arguments.length - 1];
    navigator.serviceWorker.addEventListener('message', (e) => done(e.data.probe), { once: true });
    navigator.serviceWorker.controller.postMessage(arguments[0]);`, message);
}

test('19: the service worker asks nothing of any other origin', async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precache = JSON.parse(/PRECACHE = (\[[^\]]*\])/.exec(sw)[1]);
  assert.ok(precache.length > 3 && precache.every((url) => !/^[a-z]+:|^\/\//i.test(url)), precache.join(' '));
  assert.equal(/[a-z]+:\/\/|importScripts/i.test(sw.replace(/^\s*\/\/.*$/gm, '')), false, 'no other origin, no imported script');

  // The build with a probe in its worker; a second server is "another origin".
  const probed = mkdtempSync(join(tmpdir(), 'servewell-probed-'));
  cpSync(DIST, probed, { recursive: true });
  writeFileSync(join(probed, 'sw.js'), WORKER_PROBE + sw);
  const app = await serve(probed);
  const other = await serve(DIST);
  const own = await launch();
  try {
    await own.goto(app.url);
    await waitForControl(own);
    // Done when its cache holds the app. (Its resource timings need not list a file it
    // took from the HTTP cache, as WebKit's do not.)
    await own.waitUntil(() => own.execAsync(`const done = arguments[arguments.length - 1];
      caches.keys().then(async (names) => done(names.length === 1 && (await (await caches.open(names[0])).keys()).length))`)
      .then((kept) => kept >= precache.length), 'the worker to cache the app');
    await takePulse(own);
    // The worker looks for a new version whenever the page comes back to the foreground.
    await own.exec('document.dispatchEvent(new Event("visibilitychange"))');
    await own.refresh();
    await own.waitFor('#overall-score');
    await waitForControl(own);
    const requested = await askWorker(own, { probe: 'requests' });
    // The check sees the worker's requests: at least every file it asks the server about.
    const hashed = JSON.parse(/HASHED = (\{[^}]*\})/.exec(sw)[1]);
    for (const url of precache.filter((file) => !(file in hashed))) {
      assert.ok(requested.includes(new URL(url, app.url).href), `${url} in ${requested.join(' ')}`);
    }
    assert.deepEqual(requested.filter((url) => !url.startsWith(app.url)), [], 'the worker asked only its own origin');
    const files = new Set(['', ...precache.map((url) => url.replace(/^\.\//, '')), 'sw.js']);
    const strays = app.requests.map((r) => r.path.split('?')[0].slice(1)).filter((path) => !files.has(path));
    assert.deepEqual(strays, [], 'every request the server saw was for a file of the app');
    assert.deepEqual(other.requests, []);

    // And the check would see one: the worker, which no page policy governs, asks the other origin.
    assert.equal(await askWorker(own, { probe: 'fetch', url: `${other.url}index.html` }), 'fetched');
    const now = await askWorker(own, { probe: 'requests' });
    assert.deepEqual(now.filter((url) => !url.startsWith(app.url)), [`${other.url}index.html`]);
  } finally {
    await own.quit();
    await app.close();
    await other.close();
    rmSync(probed, { recursive: true, force: true });
  }
});
