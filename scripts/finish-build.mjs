// Trunk post-build hook (see Trunk.toml): finishes what only the built files can tell.
//
// 1. The Content-Security-Policy in index.html gets the hash of each inline script
//    (Trunk's bootstrap, which names the hashed files, so it changes every build).
//    Development builds, served by `trunk serve`, go without it.
// 2. In release builds, sw.js is written: static/sw.js after the list of every file
//    to precache and a version hashed from their contents. Debug builds have none.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLACEHOLDER = "'inline-script-hashes'";
export const WORKER_SOURCE = fileURLToPath(new URL('../static/sw.js', import.meta.url));

/** Puts the hashes of index.html's inline scripts in place of its CSP placeholder. */
export function hashInlineScripts(dir) {
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8');
  if (!html.includes(PLACEHOLDER)) throw new Error(`${path}: the CSP has no ${PLACEHOLDER} placeholder`);
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  writeFileSync(path, html.replace(PLACEHOLDER, hashes.join(' ')));
}

/** Removes the CSP meta element, for development builds only. */
function dropPolicy(dir) {
  const path = join(dir, 'index.html');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
}

/** Writes dir/sw.js: the worker's source, after the precache list of every file in dir. */
export function writeServiceWorker(dir) {
  const files = walk(dir, dir).filter((file) => file !== 'sw.js').sort();
  const version = createHash('sha256');
  for (const file of files) version.update(file).update(readFileSync(join(dir, file)));
  const header = `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};\n`
    + `const PRECACHE = ${JSON.stringify(['./', ...files])};\n\n`;
  writeFileSync(join(dir, 'sw.js'), header + readFileSync(WORKER_SOURCE, 'utf8'));
}

function walk(root, dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(root, path);
    return [relative(root, path).split(sep).join('/')];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('run by Trunk as a post_build hook: TRUNK_STAGING_DIR is not set');
  if (process.env.TRUNK_PROFILE === 'release') {
    hashInlineScripts(staging);
    writeServiceWorker(staging);
  } else {
    // `trunk serve` rewrites its live-reload script after this hook, so no hash can
    // match it: development builds go without the policy (and without a worker).
    dropPolicy(staging);
  }
}
