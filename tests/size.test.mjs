// The download, against the release build in dist/ (make dist first; make test does).
// Bytes are deterministic, so the budget is a test; times stay in make bench.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BUDGET, DIST, brotli, files, gzip, isTwin, measure } from '../scripts/size.mjs';

test(`a first visit downloads at most ${BUDGET} bytes gzipped`, () => {
  const { first_visit: first, files: sizes } = measure();
  const heaviest = Object.entries(sizes).filter(([, s]) => !s.later)
    .sort(([, a], [, b]) => b.gzip - a.gzip).slice(0, 3)
    .map(([file, s]) => `${file} ${s.gzip}`).join(', ');
  assert.ok(first.gzip <= BUDGET, `first visit ${first.gzip} B gzip, over the budget of ${BUDGET} by ${first.gzip - BUDGET} (heaviest: ${heaviest})`);
});

test('every file has gzip and brotli twins with the same contents, where they are smaller', () => {
  const originals = files(DIST).filter((f) => !isTwin(f));
  assert.ok(originals.includes('index.html'), 'dist/ holds a build');
  for (const file of originals) {
    const bytes = readFileSync(join(DIST, file));
    for (const [suffix, pack, unpack] of [['gz', gzip, gunzipSync], ['br', brotli, brotliDecompressSync]]) {
      const twin = join(DIST, `${file}.${suffix}`);
      if (!existsSync(twin)) {
        assert.ok(pack(bytes).length >= bytes.length, `${file}.${suffix} is missing`);
        continue;
      }
      const packed = readFileSync(twin);
      assert.ok(packed.length < bytes.length, `${file}.${suffix} is smaller`);
      assert.ok(unpack(packed).equals(bytes), `${file}.${suffix} holds ${file}`);
    }
  }
  for (const twin of files(DIST).filter(isTwin)) {
    assert.ok(originals.includes(twin.replace(/\.(gz|br)$/, '')), `${twin} is the twin of a file of the build`);
  }
});

test('the service worker keeps the files, not their twins', () => {
  const precache = JSON.parse(/PRECACHE = (\[[^\]]*\])/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))[1]);
  assert.deepEqual(precache.filter(isTwin), []);
  assert.ok(precache.includes('index.html') && precache.some((f) => f.endsWith('.wasm')), precache.join(' '));
});
