// Trunk post-build hook (see Trunk.toml): finishes what only the built files can tell.
//
// 1. The Content-Security-Policy in index.html gets the hash of each inline script
//    (Trunk's bootstrap, which names the hashed files, so it changes every build).
//    Development builds, served by `trunk serve`, go without it.
// 2. In release builds, sw.js is written: static/sw.js after the list of every file
//    to precache and a version hashed from their contents. Debug builds have none.
// 3. The catalogues (questions/<code>.json) are written as the app downloads them,
//    questions/<code>.txt: their shape, then their texts in order, without the keys.
//    The page's and the manifest's texts come from them: index.html gets English's title
//    and description, which the app replaces with the reader's once it starts, and a
//    <noscript> message in every language, since without a script nothing can choose
//    one; each language gets its own manifest, which the app links to, so that an
//    installed app is named in its reader's language.
// 4. index.html's <body> gets the landing page as plain HTML (`prerender`), readable and
//    usable before the WebAssembly arrives.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A catalogue as the app downloads it: its shape, then its texts in order, one a line.
 * The shape is the one src/model/present/catalogue_check.rs computes (`Shape`, `flatten`):
 * 64-bit FNV-1a over each key's UTF-8 bytes and 0xff after it, 0xfe for each text, and
 * 0xfd and 0xfc around each list. The app compares it with the one it was built with.
 */
export function flatten(catalogue) {
  let shape = 0xcbf29ce484222325n;
  const mix = (byte) => { shape = ((shape ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn; };
  const texts = [];
  const walk = (value) => {
    if (typeof value === 'string') {
      mix(0xfe);
      texts.push(value);
    } else if (Array.isArray(value)) {
      mix(0xfd);
      value.forEach(walk);
      mix(0xfc);
    } else {
      for (const [key, inner] of Object.entries(value)) {
        Buffer.from(key).forEach(mix);
        mix(0xff);
        walk(inner);
      }
    }
  };
  walk(catalogue);
  return `${shape.toString(16).padStart(16, '0')}\n${texts.join('\n')}\n`;
}

/** Writes dir/questions/<code>.txt from each catalogue, and the page's and the manifests' texts. */
export function localise(dir) {
  const sources = fileURLToPath(new URL('../questions/', import.meta.url));
  const codes = readdirSync(sources).filter((f) => /^[a-z]{2}\.json$/.test(f)).map((f) => f.slice(0, 2));
  const catalogues = Object.fromEntries(codes.map((code) => [code, JSON.parse(readFileSync(join(sources, `${code}.json`), 'utf8'))]));
  mkdirSync(join(dir, 'questions'), { recursive: true });
  for (const [code, catalogue] of Object.entries(catalogues)) {
    writeFileSync(join(dir, 'questions', `${code}.txt`), flatten(catalogue));
  }
  const texts = Object.fromEntries(Object.entries(catalogues).map(([code, catalogue]) => [code, catalogue.ui]));
  const template = join(dir, 'manifest.webmanifest');
  const manifest = JSON.parse(readFileSync(template, 'utf8'));
  for (const [code, ui] of Object.entries(texts)) {
    const localised = { name: ui.app_full_name, short_name: ui.app_name, description: ui.app_description, lang: code, ...manifest };
    writeFileSync(join(dir, `manifest-${code}.webmanifest`), `${JSON.stringify(localised, null, 2)}\n`);
  }
  unlinkSync(template);
  prerender(dir, texts);
  const noscript = Object.entries(texts).map(([code, ui]) => `<p lang="${code}">${escape(ui.noscript)}</p>`).join('');
  const ui = texts.en;
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8')
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(ui.app_name)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*/, `$1${escape(ui.app_description)}`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${noscript}</noscript>`);
  writeFileSync(path, html);
}

/** The app's languages, in its order and with their names (LANGUAGES in the catalogue's Rust module). */
function languages() {
  const source = readFileSync(new URL('../src/model/present/catalogue.rs', import.meta.url), 'utf8');
  const list = source.match(/pub const LANGUAGES[^=]*=\s*\[([^\]]*)\]/)?.[1];
  if (!list) throw new Error('src/model/present/catalogue.rs: no LANGUAGES list');
  return [...list.matchAll(/\("([a-z]{2})", "([^"]+)"\)/g)].map(([, code, name]) => ({ code, name }));
}

/**
 * The app's first frame for a new visitor, in one language: the shell of src/app/mod.rs
 * (`App`) around the landing page of src/app/pages/landing.rs, with the same elements,
 * classes and texts, so that nothing moves when the app draws its own in their place.
 * The start links are the app's own (`#/start/…`). Only the ids no markup refers to (the
 * start links' and the language control's) are left to the app: tests and the benchmark
 * tell the app from this copy by them.
 */
function landingPage(ui, names) {
  const t = (key) => escape(ui[key]);
  const card = (variant, classes) => `<section class="card" aria-labelledby="${variant}-title">`
    + `<h2 id="${variant}-title">${t(`${variant}_title`)}</h2><p>${t(`${variant}_text`)}</p>`
    + `<a href="#/start/${variant}" class="${classes}">${t(`start_${variant}`)}</a></section>`;
  const options = names.map(({ code, name }) => `<option value="${code}" lang="${code}">${escape(name)}</option>`).join('');
  return '<div class="page">'
    + `<a class="skip-link" href="#main">${t('skip_link')}</a>`
    + `<header class="site-header"><a href="#/" class="brand">${t('app_name')}</a>`
    + `<nav aria-label="${t('app_name')}"><a href="#/">${t('nav_home')}</a><a href="#/history">${t('nav_history')}</a>`
    + `<a href="#/data">${t('nav_data')}</a><a href="#/workshops">${t('nav_workshops')}</a></nav>`
    + `<label class="language"><span class="visually-hidden">${t('language_label')}</span><select>${options}</select></label></header>`
    + '<main id="main" tabindex="-1"><div role="status"></div><div class="storage-notices" role="alert"></div>'
    + `<section class="intro"><h1 tabindex="-1">${t('landing_title')}</h1><p class="lead">${t('landing_intro')}</p></section>`
    + `<div class="choices">${card('full', 'button primary')}${card('pulse', 'button')}</div>`
    + `<p class="workshops-link"><a href="#/workshops">${t('landing_workshops')}</a></p>`
    + `<section class="privacy" aria-labelledby="privacy-title"><h2 id="privacy-title">${t('privacy_title')}</h2>`
    + `<p>${t('privacy_text')}</p><p class="caveat">${t('caveat')}</p><p><a href="#/about">${t('about_link')}</a></p></section></main>`
    + `<footer class="site-footer"><p>${t('footer_privacy')}</p></footer></div>`;
}

/**
 * Shows the prerendered page, in the language the app will choose (src/app/language.rs,
 * `preferred`: a shared link's, the stored choice, the browser's, English). The landing
 * page only where the app first draws it for a new visitor: at the bare address, `#/` or
 * a start link (drawn there before the questionnaire), with no results and no assessment
 * in progress stored (src/model/kept/schema.rs keys); anywhere else only the header and
 * footer, whose links work already. Its language control works too: it remembers the
 * choice as the app does and shows that language. Links change only the fragment, as the
 * app's do, and the skip link moves focus (`#main` is no route). The app's renderer
 * empties <body>, this included, when it draws its first frame.
 */
function prerenderScript(codes) {
  return `(() => {
const d = document, h = location.hash, q = h.indexOf('?'), here = d.currentScript, key = 'servewell.v1.';
const get = (k) => { try { return localStorage.getItem(key + k); } catch (e) { return null; } };
const linked = q < 0 ? null : h.slice(q + 1).split('&').find((p) => p.startsWith('l='));
const code = [linked && linked.slice(2), get('language'), ...(navigator.languages || [])]
  .map((tag) => tag && tag.split('-')[0].toLowerCase()).find((c) => ${JSON.stringify(codes)}.includes(c)) || 'en';
let landing = /^#?(\\/|\\/start\\/(full|pulse))?\\/?$/.test(h) && !get('progress');
try { landing &&= !JSON.parse(get('history') || '{"results":[]}').results.length; } catch (e) { landing = false; }
const show = (code) => {
  const page = d.querySelector('template[lang=' + code + ']').content.firstChild.cloneNode(true);
  const main = page.querySelector('main'), select = page.querySelector('select');
  if (landing) d.title = page.querySelector('h1').textContent + ' — ' + page.querySelector('.brand').textContent;
  else main.replaceChildren();
  d.documentElement.lang = select.value = code;
  select.onchange = () => {
    try { localStorage.setItem(key + 'language', select.value); } catch (e) {}
    show(select.value);
  };
  page.onclick = (e) => {
    const a = e.target.closest('a');
    if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const to = a.getAttribute('href');
    if (to === '#main') main.focus(); else location.hash = to;
  };
  const shown = d.querySelector('body > .page');
  if (shown) { shown.replaceWith(page); page.querySelector('select').focus(); } else here.before(page);
};
show(code);
})();`;
}

/** Writes the prerendered landing page, in every language, and the script that shows one, into index.html's <body>. */
function prerender(dir, texts) {
  const names = languages();
  const templates = names.map(({ code }) => `<template lang="${code}">${landingPage(texts[code], names)}</template>`).join('');
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8');
  if (!html.includes('</body>')) throw new Error(`${path}: no </body>`);
  writeFileSync(path, html.replace('</body>', `${templates}\n<script>${prerenderScript(names.map(({ code }) => code))}</script>\n</body>`));
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
  localise(staging);
  if (process.env.TRUNK_PROFILE === 'release') {
    hashInlineScripts(staging);
    writeServiceWorker(staging);
  } else {
    // `trunk serve` rewrites its live-reload script after this hook, so no hash can
    // match it: development builds go without the policy (and without a worker).
    dropPolicy(staging);
  }
}
