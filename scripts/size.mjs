// What a first visit downloads: every file of dist/ raw, gzip -9 and brotli -11, and the
// first visit's total against the budget. `make size` prints it; tests/size.test.mjs holds
// the build to the budget; tests/e2e/bench.mjs reports the same figures.
//
// A first visit fetches the page, the first-visit build's script and wasm, the style sheet,
// the English texts and manifest, the page's icon and the service worker. Fetched later,
// once the app is running (the service worker's offline copy) or when needed: the full
// build (index.html's loader starts it for returning users and the pages the first-visit
// build lacks), the other languages and their manifests, and the icons only installing
// uses (the manifest's and the home screen's). The .gz and .br twins are the
// same files for hosts that serve precompressed ones, not more to fetch.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The most a first visit may weigh, gzipped: the size reached, so that nothing grows it unnoticed. */
export const BUDGET = 197 * 1024;

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const LATER = /^(servewell-[0-9a-f]{16}(_bg\.wasm|\.js)|questions\/(?!en\.)[a-z]{2}\.txt|manifest-(?!en\.)[a-z]{2}\.webmanifest|icons\/(icon-192|icon-512|maskable-512)\.png)$/;
export const isTwin = (file) => /\.(gz|br)$/.test(file);

export const gzip = (bytes) => gzipSync(bytes, { level: 9 });
export const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
});

/** Every file under dir, relative and with forward slashes, sorted. */
export function files(dir) {
  const walk = (at) => readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
  });
  return walk(dir).sort();
}

/** Each file's sizes and when it is fetched, and the totals of the first visit and of later. */
export function measure(dir = DIST) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const report = { files: {}, first_visit: zero(), later: zero() };
  for (const file of files(dir).filter((f) => !isTwin(f))) {
    const bytes = readFileSync(join(dir, file));
    const later = LATER.test(file);
    const sizes = { raw: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length, later };
    report.files[file] = sizes;
    const total = later ? report.later : report.first_visit;
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return report;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files: sizes, first_visit: first, later } = measure();
  const line = (name, s, note = '') => console.log(`${name.padEnd(40)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}${note}`);
  console.log(`${'file'.padEnd(40)} ${'bytes'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  for (const [file, s] of Object.entries(sizes)) line(file, s, s.later ? '  (later)' : '');
  line('first visit', first, `  (gzip ${kb(first.gzip)} of a ${kb(BUDGET)} budget; brotli ${kb(first.brotli)})`);
  line('fetched later', later);
}
