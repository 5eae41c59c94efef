// Trunk post-build hook (see Trunk.toml): finishes what only the built files can tell.
//
// 1. The Content-Security-Policy in index.html gets the hash of each inline script (the
//    loader of item 5 and its import map, which name the hashed files, so they change
//    every build, and the prerendered page's).
//    Development builds, served by `trunk serve`, go without it.
// 2. In release builds, sw.js is written: static/sw.js after the list of every file
//    to precache, the integrity of those named by their contents' hash, and a version
//    hashed from their contents. Debug builds have none.
// 3. The catalogues (questions/<code>.json) are written as the app downloads them,
//    questions/<code>.txt: their shape, then their texts in order, without the keys.
//    The page's and the manifest's texts come from them: index.html gets English's title
//    and description, which the app replaces with the reader's once it starts, and a
//    <noscript> message in every language, since without a script nothing can choose
//    one; each language gets its own manifest, which the app links to, so that an
//    installed app is named in its reader's language.
// 4. index.html's <body> gets the landing page as plain HTML (`prerender`), readable and
//    usable before the WebAssembly arrives.
// 5. In release builds, the first-visit build is made beside Trunk's full one (the same
//    crate with the `first-visit` feature, through the same wasm-bindgen and wasm-opt),
//    and Trunk's bootstrap gives way to scripts/loader.js, which picks one of the two
//    before either is fetched. Its preloads go, since they would fetch the full build.
// 6. In release builds, the style sheet loses its comments and layout, a fifth of its
//    download, and index.html's link to it gets its new integrity.
// 7. In release builds, every file gets a gzip and a brotli twin (file.gz, file.br) for
//    hosts that serve precompressed files; a twin that would not be smaller is left out.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotli, files, gzip, isTwin } from './size.mjs';

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

/** Runs a command in the project's folder, failing the build if it fails; returns its output. */
function run(command, args) {
  const { status, stdout, error } = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  if (error || status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${error?.message ?? `exit ${status}`}`);
  return stdout;
}

/** The attributes of the page template's `<link data-trunk rel="rust">`, which Trunk built from. */
function rustLink(template) {
  const link = readFileSync(template, 'utf8').match(/<link\b(?=[^>]*\bdata-trunk\b)(?=[^>]*\brel="rust")[^>]*>/);
  if (!link) throw new Error(`${template}: no <link data-trunk rel="rust">`);
  return Object.fromEntries([...link[0].matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [name, value]));
}

/**
 * Builds the first-visit app into dir as Trunk built the full one from `link`: cargo in
 * release with the `first-visit` feature, wasm-bindgen for the web, wasm-opt at the same
 * level, and terser for the script; the files are named by a hash of their contents.
 * Returns their names.
 */
function buildFirstVisit(dir, link) {
  const features = ['first-visit', ...(link['data-cargo-features'] ?? '').split(/[\s,]+/)].filter(Boolean).join(',');
  const bin = link['data-bin'];
  // Offline: Trunk's own build has just fetched all there is to fetch.
  const messages = run('cargo', ['build', '--release', '--target=wasm32-unknown-unknown', '--offline', '--message-format=json-render-diagnostics',
    '--features', features, ...(bin ? ['--bin', bin] : [])]);
  const wasm = messages.split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .find((m) => m.reason === 'compiler-artifact' && m.executable?.endsWith('.wasm'))?.executable;
  if (!wasm) throw new Error('cargo built no wasm for the first-visit build');
  const out = mkdtempSync(join(tmpdir(), 'servewell-first-visit-'));
  try {
    run('wasm-bindgen', ['--target=web', `--out-dir=${out}`, '--out-name=app', wasm, '--no-typescript']);
    const level = link['data-wasm-opt'];
    if (level && level !== '0') {
      const params = (link['data-wasm-opt-params'] ?? '').split(/\s+/).filter(Boolean);
      run('wasm-opt', [`--output=${join(out, 'app_opt.wasm')}`, `-O${level}`, join(out, 'app_bg.wasm'), ...params]);
      copyFileSync(join(out, 'app_opt.wasm'), join(out, 'app_bg.wasm'));
    }
    // Trunk leaves its script as wasm-bindgen wrote it; this one is on the first visit's path.
    run('terser', [join(out, 'app.js'), '--module', '--compress', 'passes=2', '--mangle', `--output=${join(out, 'app.min.js')}`]);
    copyFileSync(join(out, 'app.min.js'), join(out, 'app.js'));
    const hash = createHash('sha256');
    for (const file of ['app.js', 'app_bg.wasm']) hash.update(readFileSync(join(out, file)));
    const base = `${bin ?? 'app'}-first-${hash.digest('hex').slice(0, 16)}`;
    copyFileSync(join(out, 'app.js'), join(dir, `${base}.js`));
    copyFileSync(join(out, 'app_bg.wasm'), join(dir, `${base}_bg.wasm`));
    return { js: `${base}.js`, wasm: `${base}_bg.wasm` };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const LOADER_SOURCE = fileURLToPath(new URL('loader.js', import.meta.url));

/**
 * Puts the loader (scripts/loader.js) in place of Trunk's bootstrap in dir/index.html,
 * choosing between the first-visit build `first` and Trunk's, and drops Trunk's preloads.
 * Each file keeps the integrity Trunk gave its own (the wasm's checked by the loader's
 * fetch, the script's by an import map), in the same hash function.
 */
export function writeLoader(dir, first) {
  const path = join(dir, 'index.html');
  let html = readFileSync(path, 'utf8');
  const bootstrap = html.match(/<script type="module">\s*import init\b[^]*?from '([^']+)';[^]*?module_or_path: '([^']+)'[^]*?<\/script>/);
  if (!bootstrap) throw new Error(`${path}: Trunk's bootstrap script not found`);
  const [, js, wasm] = bootstrap;
  const base = js.slice(0, js.lastIndexOf('/') + 1);
  const integrities = {};
  html = html.replace(/<link rel="(?:modulepreload|preload)" href="([^"]+)"[^>]*>/g, (preload, href) => {
    integrities[href] = preload.match(/\bintegrity="([^"]+)"/)?.[1];
    return '';
  });
  const algorithm = integrities[wasm]?.split('-')[0];
  const integrity = (file) => algorithm && `${algorithm}-${createHash(algorithm).update(readFileSync(join(dir, file))).digest('base64')}`;
  const builds = [[`${base}${first.js}`, `${base}${first.wasm}`, integrity(first.wasm) ?? ''], [js, wasm, integrities[wasm] ?? '']];
  const map = algorithm ? `<script type="importmap">${JSON.stringify({ integrity: { [builds[0][0]]: integrity(first.js), [js]: integrities[js] } })}</script>\n` : '';
  const loader = readFileSync(LOADER_SOURCE, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('//')).join('\n');
  const script = `${map}<script type="module">\nconst BUILDS = ${JSON.stringify(builds)};\n${loader}\n</script>`;
  writeFileSync(path, html.replace(bootstrap[0], () => script));
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

/** Writes dir/sw.js: the worker's source, after the precache list of every file in dir but the twins. */
export function writeServiceWorker(dir) {
  const precached = files(dir).filter((file) => file !== 'sw.js' && !isTwin(file));
  const version = createHash('sha256');
  for (const file of precached) version.update(file).update(readFileSync(join(dir, file)));
  // Files named by a hash of their contents (Trunk's and the first-visit build's), with
  // the integrity the worker checks the copy it keeps against.
  const hashed = Object.fromEntries(precached.filter((file) => /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file))
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`]));
  const header = `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};\n`
    + `const PRECACHE = ${JSON.stringify(['./', ...precached])};\n`
    + `const HASHED = ${JSON.stringify(hashed)};\n\n`;
  writeFileSync(join(dir, 'sw.js'), header + readFileSync(WORKER_SOURCE, 'utf8'));
}

/**
 * CSS without what only its readers need: comments go, each run of white space becomes
 * one space, and none is kept beside `{ } ; , >` or after `:`, where it never means
 * anything (the style sheet has no string with two spaces or one of those in it).
 */
export const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
  .replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}').trim();

/** Minifies each style sheet index.html links to, and puts its new integrity on the link. */
function minifyStyles(dir) {
  const path = join(dir, 'index.html');
  const links = /<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="sha384-[^"]+"/g;
  const html = readFileSync(path, 'utf8').replace(links, (link, file) => {
    const css = minifyCss(readFileSync(join(dir, file), 'utf8'));
    writeFileSync(join(dir, file), css);
    return `<link rel="stylesheet" href="./${file}" integrity="sha384-${createHash('sha384').update(css).digest('base64')}"`;
  });
  writeFileSync(path, html);
}

/** Writes file.gz and file.br beside each file of dir, where they are smaller. */
export function writeTwins(dir) {
  for (const file of files(dir).filter((f) => !isTwin(f))) {
    const bytes = readFileSync(join(dir, file));
    for (const [suffix, pack] of [['gz', gzip], ['br', brotli]]) {
      const packed = pack(bytes);
      if (packed.length < bytes.length) writeFileSync(join(dir, `${file}.${suffix}`), packed);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('run by Trunk as a post_build hook: TRUNK_STAGING_DIR is not set');
  localise(staging);
  if (process.env.TRUNK_PROFILE === 'release') {
    writeLoader(staging, buildFirstVisit(staging, rustLink(process.env.TRUNK_HTML_FILE)));
    minifyStyles(staging);
    hashInlineScripts(staging);
    writeServiceWorker(staging);
    writeTwins(staging);
  } else {
    // `trunk serve` rewrites its live-reload script after this hook, so no hash can
    // match it: development builds go without the policy (and without a worker).
    dropPolicy(staging);
  }
}
