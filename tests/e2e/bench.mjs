// Benchmark, not a test: loads a history of 1,000 results into the release build and
// prints how long the history page takes to appear and how much storage it uses.
//   node tests/e2e/bench.mjs   (make bench)

import { fileURLToPath } from 'node:url';
import { launch } from './webdriver.mjs';
import { serve } from './server.mjs';
import { HISTORY_KEY, results, storedHistory } from './fixtures.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = await serve(DIST);
const browser = await launch();
try {
  for (const count of [12, 1000]) {
    const stored = storedHistory(results(count, { stepDays: 7 }));
    await browser.goto(server.url);
    await browser.exec('localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])', HISTORY_KEY, stored);
    const times = [];
    for (let run = 0; run < 3; run++) {
      await browser.goto(`${server.url}#/`);
      await browser.refresh();
      await browser.waitFor('#start-full');
      const start = await browser.exec('return performance.now()');
      await browser.exec('location.hash = "#/history"');
      await browser.waitFor('#latest-overall', { timeout: 60_000 });
      await browser.execAsync('requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))');
      times.push((await browser.exec('return performance.now()')) - start);
    }
    const bytes = await browser.exec('return localStorage.getItem(arguments[0]).length', HISTORY_KEY);
    times.sort((a, b) => a - b);
    console.log(`${String(count).padStart(5)} results: history page in ${times[1].toFixed(0)} ms (median of 3; `
      + `${times.map((t) => t.toFixed(0)).join(', ')}), stored history ${(bytes / 1024).toFixed(0)} KB of about 5,120 KB`);
  }
} finally {
  await browser.quit();
  await server.close();
}
