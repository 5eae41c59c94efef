// A minimal W3C WebDriver client for Chromium, Firefox and WebKit (see ENGINE).
// Plain Node 20 (global fetch), no npm packages.
//
//   import { launch, Key } from './webdriver.mjs';
//   const browser = await launch();            // the engine's driver + a fresh profile
//   await browser.goto(url);
//   const button = await browser.waitFor('#start-full');
//   await browser.click(button);
//   await browser.keys(Key.Tab + Key.Enter);
//   await browser.quit();                      // always, e.g. in `after()` or `finally`
//
// Elements are W3C element references: plain objects `{ [ELEMENT]: id }`, which can be
// passed straight to `exec` as arguments and come back from it as results. Every method
// that takes an element also accepts a CSS selector (the first match is used).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The W3C key under which an element reference carries its id. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Special keys for `keys()` (W3C WebDriver code points). Concatenate with text. */
export const Key = Object.freeze({
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
});
const MODIFIERS = new Set([Key.Shift, Key.Control, Key.Alt, Key.Meta]);

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMEDRIVER = '/usr/bin/chromedriver';
/** Chromium flags that work on these machines (see docs: toolchain). */
export const DEFAULT_ARGS = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--window-size=1280,800',
]);

/** The phone profile of `launch({ phone: true })`: a 390×844 touch screen at 3×, as an Android phone. */
export const PHONE = Object.freeze({
  deviceMetrics: { width: 390, height: 844, pixelRatio: 3, touch: true },
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
});

/** An error answered by the WebDriver server (`error` is the W3C error code). */
export class WebDriverError extends Error {
  constructor(command, error, message, status) {
    super(`${command}: ${error}: ${message}`);
    this.name = 'WebDriverError';
    this.command = command;
    this.error = error;
    this.status = status;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Scrolls `arguments[0]` to the middle of the viewport at once, smooth scrolling or not. */
const TO_CENTRE = "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });";

function isElement(value) {
  return value !== null && typeof value === 'object' && typeof value[ELEMENT] === 'string';
}

/**
 * The browser engine `launch()` drives, from E2E_BROWSER: 'chromium' (the default),
 * 'firefox' (firefox-esr through geckodriver) or 'webkit' (WebKitGTK's MiniBrowser
 * through WebKitWebDriver, on a virtual X display of its own).
 */
export const ENGINE = process.env.E2E_BROWSER || 'chromium';

export const FIREFOX = '/usr/bin/firefox-esr';
/** Installed by `cargo install`: found on PATH (scripts/env.sh puts ~/.cargo/bin there). */
export const GECKODRIVER = 'geckodriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKITDRIVER = '/usr/bin/WebKitWebDriver';

/**
 * Per engine: the driver, the session's capabilities, and what is set once the session
 * is up. `setup` is launch's options with the profile folder.
 */
const ENGINES = {
  chromium: {
    driver: CHROMEDRIVER,
    capabilities: ({ profile, args, colorScheme, reducedMotion, phone }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: CHROMIUM,
        args: [...DEFAULT_ARGS, ...(colorScheme === 'dark' ? ['--force-dark-mode'] : []),
          ...(reducedMotion ? ['--force-prefers-reduced-motion'] : []), ...args, `--user-data-dir=${profile}`],
        ...(phone && { mobileEmulation: PHONE }),
      },
      'goog:loggingPrefs': { browser: 'ALL' },
    }),
    printMedia: (browser, on) => browser.cdp('Emulation.setEmulatedMedia', { media: on ? 'print' : '' }),
    async started(browser, { downloads }) {
      if (downloads) await browser.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    },
  },
  firefox: {
    driver: GECKODRIVER,
    // Chrome-context scripts (print emulation) need it.
    driverArgs: ['--allow-system-access'],
    capabilities: ({ profile, args, downloads, colorScheme, reducedMotion }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless', '-profile', profile, ...args],
        prefs: {
          // 0 dark, 1 light: the same light theme as the other engines unless asked.
          'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
          'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
          ...(downloads ? {
            'browser.download.dir': downloads,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.start_downloads_in_tmp_dir': false,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv,text/plain,application/octet-stream',
          } : {}),
        },
      },
    }),
    // What Firefox's developer tools use for print simulation, on the current tab.
    async printMedia(browser, on) {
      await browser.command('POST', '/moz/context', { context: 'chrome' });
      try {
        await browser.exec('gBrowser.selectedBrowser.browsingContext.mediumOverride = arguments[0]', on ? 'print' : '');
      } finally {
        await browser.command('POST', '/moz/context', { context: 'content' });
      }
    },
    started: (browser) => browser.setWindowSize(1280, 800),
    // Firefox's WebDriver Refresh bypasses the service worker, as a forced reload does.
    scriptedReload: true,
    lacks: {
      phone: 'geckodriver cannot emulate a phone (a touch screen, its size and user agent): only chromedriver can',
    },
  },
  webkit: {
    driver: WEBKITDRIVER,
    display: true,
    capabilities: ({ args, colorScheme }) => ({
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: ['--automation', ...(colorScheme === 'dark' ? ['--dark-mode'] : []), ...args],
      },
    }),
    // MiniBrowser keeps nothing of its own in automation mode; GTK reads its settings and
    // the download folder from the XDG folders, which the profile stands in for.
    environment({ profile, downloads, reducedMotion }) {
      const config = join(profile, 'config');
      mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
      writeFileSync(join(config, 'gtk-3.0', 'settings.ini'),
        `[Settings]\ngtk-enable-animations=${reducedMotion ? 'false' : 'true'}\n`);
      if (downloads) writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
      return {
        HOME: profile, XDG_CONFIG_HOME: config, XDG_DATA_HOME: join(profile, 'data'), XDG_CACHE_HOME: join(profile, 'cache'),
        // Nothing written after the browser has gone, when the profile is removed.
        MESA_SHADER_CACHE_DISABLE: 'true',
      };
    },
    started: (browser) => browser.setWindowSize(1280, 800),
    lacks: {
      printMedia: 'WebKitWebDriver has no way to emulate print media',
      phone: 'WebKitWebDriver cannot emulate a phone (a touch screen, its size and user agent): only chromedriver can',
      eagerLoad: 'WebKitWebDriver runs no script in a page before it has loaded (seen: a page whose wasm is held times out every command)',
      oneDownload: 'WebKitGTK downloads the wasm three times on a first visit (seen: page and worker each, whatever cache mode the worker asks)',
    },
  },
};
if (!ENGINES[ENGINE]) throw new Error(`E2E_BROWSER=${ENGINE}: expected one of ${Object.keys(ENGINES).join(', ')}`);

/**
 * Why ENGINE lacks `capability` (a Browser method such as 'printMedia'), or false: for
 * node:test's `{ skip }`, so that the output names the test and the reason.
 */
export function lacks(capability) {
  return ENGINES[ENGINE].lacks?.[capability] ?? false;
}

/** Starts Xvfb on a display it picks itself; resolves to { child, display }. */
function startXvfb(timeout) {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`Xvfb gave no display within ${timeout} ms: ${err}`)); }, timeout);
    child.stderr.on('data', (chunk) => { err = (err + chunk).slice(-2000); });
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`Xvfb: ${e.message}`)); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited (${code}): ${err}`)); });
  });
}

/** Starts `command` on a free port and waits until it reports ready; resolves to { child, base }. */
async function startDriver(command, args, env, startTimeout) {
  let lastError;
  // A port found free can be taken before the driver binds it: retry a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(command, [`--port=${port}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const collect = (chunk) => { output = (output + chunk).slice(-4000); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let exited = null;
    child.on('exit', (code, signal) => { exited = signal ?? code; });
    child.on('error', (err) => { exited = err.message; });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + startTimeout;
    while (Date.now() < deadline && exited === null) {
      try {
        const res = await fetch(`${base}/status`);
        const body = await res.json();
        if (body?.value?.ready) return { child, base };
      } catch { /* not listening yet */ }
      await sleep(50);
    }
    child.kill('SIGKILL');
    lastError = new Error(exited !== null
      ? `${command} exited (${exited}) before it was ready:\n${output}`
      : `${command} did not report ready within ${startTimeout} ms:\n${output}`);
  }
  throw lastError;
}

/**
 * Starts the driver of ENGINE and a session with a fresh temporary profile.
 * @param {object} [options]
 * @param {string[]} [options.args]        extra browser arguments (engine-specific)
 * @param {[number, number]} [options.viewport] if given, `setViewportSize(...viewport)` after start
 * @param {string} [options.downloads]     a folder that downloads go to, without asking
 * @param {'light'|'dark'} [options.colorScheme] what prefers-color-scheme matches (default light)
 * @param {boolean} [options.reducedMotion] whether prefers-reduced-motion matches 'reduce'
 * @param {boolean} [options.phone]        a phone: a 390×844 touch screen at 3× with a phone's user agent
 *                                         (Chromium only: see `lacks('phone')`)
 * @param {'normal'|'eager'} [options.pageLoad] what navigation waits for: the load event (default), or only the
 *                                        document parsed (so a held file does not hold the driver)
 * @param {number} [options.startTimeout]  ms to wait for the driver (default 30 s)
 * @returns {Promise<Browser>}
 */
export async function launch(options = {}) {
  const { args = [], viewport, startTimeout = 30_000, pageLoad = 'normal' } = options;
  const engine = ENGINES[ENGINE];
  const profile = mkdtempSync(join(tmpdir(), `servewell-${ENGINE}-`));
  const setup = { ...options, args, profile };
  const children = [];
  let browser;
  try {
    const env = { ...process.env, ...engine.environment?.(setup) };
    if (engine.display) {
      const xvfb = await startXvfb(startTimeout);
      children.push(xvfb.child);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startDriver(engine.driver, engine.driverArgs ?? [], env, startTimeout);
    children.unshift(driver.child);
    browser = new Browser(driver.base, children, profile);
    const value = await browser.command('POST', '/session', {
      capabilities: { alwaysMatch: { pageLoadStrategy: pageLoad, ...engine.capabilities(setup) } },
    }, '');
    browser.sessionId = value.sessionId;
    browser.capabilities = value.capabilities;
    await engine.started?.(browser, setup);
    if (viewport) await browser.setViewportSize(...viewport);
  } catch (err) {
    if (browser) await browser.quit();
    else {
      for (const child of children) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    }
    throw err;
  }
  return browser;
}

const live = new Set();
process.on('exit', () => {
  // Last resort if a test forgot quit(): don't leave drivers, displays or profiles behind.
  for (const b of live) {
    for (const child of b.children) {
      try { child.kill('SIGKILL'); } catch { /* already gone */ }
    }
    try { rmSync(b.profile, { recursive: true, force: true }); } catch { /* best effort */ }
  }
});

export class Browser {
  /** `children`: the driver first, then what it needs (a virtual display), stopped in that order. */
  constructor(base, children, profile) {
    this.base = base;
    this.children = children;
    this.profile = profile;
    this.sessionId = null;
    this.capabilities = null;
    live.add(this);
  }

  /** Sends a raw WebDriver command; `path` is relative to the session unless `prefix` is given. */
  async command(method, path, body, prefix = `/session/${this.sessionId}`) {
    const label = `${method} ${path || '/'}`;
    const res = await fetch(`${this.base}${prefix}${path}`, {
      // Past the drivers' own 300 s page-load limit: a browser that stopped answering fails the test, not the run.
      signal: AbortSignal.timeout(360_000),
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch {
      throw new WebDriverError(label, 'invalid response', `HTTP ${res.status}: ${text.slice(0, 500)}`, res.status);
    }
    const value = json?.value;
    if (!res.ok || (value && typeof value === 'object' && typeof value.error === 'string')) {
      throw new WebDriverError(label, value?.error ?? `HTTP ${res.status}`, value?.message ?? text.slice(0, 500), res.status);
    }
    return value;
  }

  async #el(target) {
    if (isElement(target)) return target[ELEMENT];
    if (typeof target === 'string') return (await this.find(target))[ELEMENT];
    throw new TypeError(`expected an element reference or a CSS selector, got ${JSON.stringify(target)}`);
  }

  // --- navigation ---------------------------------------------------------------
  /** Navigates and waits for the page load (document.readyState complete). */
  async goto(url) { await this.command('POST', '/url', { url }); }
  async url() { return this.command('GET', '/url'); }
  async title() { return this.command('GET', '/title'); }
  /** Reloads the page as its user would (through the service worker), and waits for its load. */
  async refresh() {
    if (!ENGINES[ENGINE].scriptedReload) {
      await this.command('POST', '/refresh', {});
      return;
    }
    try {
      await this.exec('window.__beforeRefresh = true; setTimeout(() => location.reload())');
    } catch { /* the driver may see the page go; the wait below says whether it came back */ }
    await this.waitUntil(() => this.exec('return !window.__beforeRefresh && document.readyState === "complete"'),
      'the page to reload', { timeout: 30_000 });
  }
  async back() { await this.command('POST', '/back', {}); }
  async forward() { await this.command('POST', '/forward', {}); }
  /** The URL's fragment including '#', or '' (convenient with hash routing). */
  async hash() { return this.exec('return location.hash'); }

  // --- finding ------------------------------------------------------------------
  /** The first element matching `css` (inside `within` if given); throws if none. */
  async find(css, within) {
    const prefix = within ? `/element/${await this.#el(within)}` : '';
    try {
      return await this.command('POST', `${prefix}/element`, { using: 'css selector', value: css });
    } catch (err) {
      if (err.error === 'no such element') throw new Error(`find: no element matches ${JSON.stringify(css)}`);
      throw err;
    }
  }

  /** All elements matching `css` (inside `within` if given), possibly []. */
  async findAll(css, within) {
    const prefix = within ? `/element/${await this.#el(within)}` : '';
    return this.command('POST', `${prefix}/elements`, { using: 'css selector', value: css });
  }

  /** Whether any element matches `css`. */
  async exists(css) { return (await this.findAll(css)).length > 0; }

  /**
   * Polls until an element matches `css` (and, with `visible: true`, is displayed).
   * @returns the element
   */
  async waitFor(css, { timeout = 10_000, interval = 100, visible = false } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const el of await this.findAll(css)) {
        try {
          if (!visible || await this.displayed(el)) return el;
        } catch (err) {
          if (err.error !== 'stale element reference') throw err;
        }
      }
      if (Date.now() >= deadline) {
        throw new Error(`waitFor: no ${visible ? 'visible ' : ''}element matched ${JSON.stringify(css)} within ${timeout} ms (url: ${await this.url().catch(() => '?')})`);
      }
      await sleep(interval);
    }
  }

  /** Polls until no element matches `css`. */
  async waitForGone(css, { timeout = 10_000, interval = 100 } = {}) {
    await this.waitUntil(async () => (await this.findAll(css)).length === 0,
      `an element matching ${JSON.stringify(css)} to disappear`, { timeout, interval });
  }

  /**
   * Polls `fn` until it returns a truthy value, which is returned. Errors thrown by `fn`
   * count as "not yet" and are reported if the time runs out.
   */
  async waitUntil(fn, message = 'condition', { timeout = 10_000, interval = 100 } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        const value = await fn();
        if (value) return value;
        lastError = undefined;
      } catch (err) {
        lastError = err;
      }
      if (Date.now() >= deadline) {
        throw new Error(`waitUntil: timed out after ${timeout} ms waiting for ${message}` +
          (lastError ? ` (last error: ${lastError.message})` : ''));
      }
      await sleep(interval);
    }
  }

  // --- elements -----------------------------------------------------------------
  /** Rendered (visible) text, as a user would read it. */
  async text(el) { return this.command('GET', `/element/${await this.#el(el)}/text`); }
  /**
   * A real click at the element's centre; fails if it is covered or hidden. The element is
   * first scrolled to the middle of the viewport instantly: with CSS `scroll-behavior: smooth`
   * chromedriver's own scrolling is still under way when it clicks, and the click misses.
   * Returns once the page has received the click: WebKitWebDriver answers before it has.
   */
  async click(el) {
    const id = await this.#el(el);
    await this.exec(`${TO_CENTRE}
      window.__clicked = false;
      document.addEventListener('click', () => { window.__clicked = true; }, { capture: true, once: true });`, { [ELEMENT]: id });
    await this.command('POST', `/element/${id}/click`, {});
    // A click that loads another page leaves no flag behind: that page has it.
    await this.waitUntil(() => this.exec('return window.__clicked !== false'), 'the page to receive the click');
  }
  /** Scrolls the element to the middle of the viewport without smooth-scrolling animation. */
  async scrollIntoView(el) {
    await this.exec(TO_CENTRE, { [ELEMENT]: await this.#el(el) });
  }
  /** `element.click()` in JavaScript: for inputs that are visually hidden behind custom styling. */
  async jsClick(el) { await this.exec('arguments[0].click()', { [ELEMENT]: await this.#el(el) }); }
  /** The HTML attribute (string or null). */
  async attr(el, name) { return this.command('GET', `/element/${await this.#el(el)}/attribute/${encodeURIComponent(name)}`); }
  /** The DOM property (e.g. 'checked', 'value', 'disabled'). */
  async prop(el, name) { return this.command('GET', `/element/${await this.#el(el)}/property/${encodeURIComponent(name)}`); }
  async css(el, name) { return this.command('GET', `/element/${await this.#el(el)}/css/${encodeURIComponent(name)}`); }
  async tag(el) { return this.command('GET', `/element/${await this.#el(el)}/name`); }
  async displayed(el) { return this.command('GET', `/element/${await this.#el(el)}/displayed`); }
  async enabled(el) { return this.command('GET', `/element/${await this.#el(el)}/enabled`); }
  async selected(el) { return this.command('GET', `/element/${await this.#el(el)}/selected`); }
  async rect(el) { return this.command('GET', `/element/${await this.#el(el)}/rect`); }
  /** Clears and types into an input (W3C element send keys). */
  async type(el, text) {
    const id = await this.#el(el);
    await this.command('POST', `/element/${id}/clear`, {});
    await this.command('POST', `/element/${id}/value`, { text });
  }
  /** The focused element (document.activeElement). */
  async activeElement() { return this.command('GET', '/element/active'); }
  /** Whether `el` is the focused element. */
  async isFocused(el) {
    return this.exec('return document.activeElement === arguments[0]', { [ELEMENT]: await this.#el(el) });
  }

  /**
   * Types `keys` into whatever has focus, with the actions API: each character is a key
   * press; Key.* constants are special keys; modifiers (Shift, Control, Alt, Meta) stay
   * held until the end of the string. Pass several strings to concatenate them.
   */
  async keys(...parts) {
    const actions = [];
    const held = [];
    for (const ch of parts.join('')) {
      actions.push({ type: 'keyDown', value: ch });
      if (MODIFIERS.has(ch)) held.push(ch);
      else actions.push({ type: 'keyUp', value: ch });
    }
    for (const ch of held.reverse()) actions.push({ type: 'keyUp', value: ch });
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  // --- scripts ------------------------------------------------------------------
  /** Runs `script` (a function body; use `return`) synchronously in the page; `arguments[i]` are `args`. */
  async exec(script, ...args) { return this.command('POST', '/execute/sync', { script, args }); }
  /** Like exec, but the script calls `arguments[arguments.length - 1](result)` when done. */
  async execAsync(script, ...args) { return this.command('POST', '/execute/async', { script, args }); }
  /** A Chrome DevTools Protocol command through chromedriver (Chromium only; e.g. 'Network.clearBrowserCache'). */
  async cdp(cmd, params = {}) { return this.command('POST', '/goog/cdp/execute', { cmd, params }); }
  /** Browser console messages since the last call (Chromium only). */
  async consoleLogs() { return this.command('POST', '/se/log', { type: 'browser' }); }

  /** Makes the page match `@media print` (or, with `on` false, the screen again). See `lacks('printMedia')`. */
  async printMedia(on) {
    const emulate = ENGINES[ENGINE].printMedia;
    if (!emulate) throw new Error(`printMedia: ${lacks('printMedia')}`);
    await emulate(this, on);
  }

  // --- window -------------------------------------------------------------------
  /** Opens a new tab in the same browser (same profile, same storage) and returns its handle. */
  async newTab() { return (await this.command('POST', '/window/new', { type: 'tab' })).handle; }
  /** The handle of the current tab. */
  async windowHandle() { return this.command('GET', '/window'); }
  /** Makes the tab with `handle` the one commands go to. */
  async switchTo(handle) { await this.command('POST', '/window', { handle }); }

  /** Sets the outer window size. */
  async setWindowSize(width, height) { return this.command('POST', '/window/rect', { width, height }); }
  /** Sets the window so that the page's viewport (innerWidth × innerHeight) is exactly width × height. */
  async setViewportSize(width, height) {
    await this.setWindowSize(width, height);
    for (let i = 0; i < 3; i++) {
      const [w, h] = await this.exec('return [window.innerWidth, window.innerHeight]');
      if (w === width && h === height) return;
      const rect = await this.command('GET', '/window/rect');
      await this.setWindowSize(rect.width + (width - w), rect.height + (height - h));
    }
    const [w, h] = await this.exec('return [window.innerWidth, window.innerHeight]');
    if (w !== width || h !== height) throw new Error(`setViewportSize(${width}, ${height}): viewport is ${w}×${h}`);
  }

  /**
   * Takes a PNG screenshot of the viewport (or, with `fullPage: true` in Chromium, of the whole
   * page), writes it to `path` if given (creating directories), and returns the bytes.
   */
  async screenshot(path, { fullPage = false } = {}) {
    let base64;
    if (fullPage) {
      const { width, height } = await this.exec(
        'const e = document.documentElement; return { width: Math.max(e.scrollWidth, innerWidth), height: Math.max(e.scrollHeight, document.body ? document.body.scrollHeight : 0, innerHeight) }');
      ({ data: base64 } = await this.cdp('Page.captureScreenshot', {
        format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 },
      }));
    } else {
      base64 = await this.command('GET', '/screenshot');
    }
    const png = Buffer.from(base64, 'base64');
    if (path) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
    }
    return png;
  }

  /** Ends the session, stops the driver (and display) and deletes the temporary profile. Safe to call twice. */
  async quit() {
    if (!live.has(this)) return;
    live.delete(this);
    if (this.sessionId) {
      try {
        await this.command('DELETE', '');
      } catch { /* the browser may already be gone */ }
      this.sessionId = null;
    }
    for (const child of this.children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    // The browser's helper processes can still be writing their caches for a moment.
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (err) {
      console.error(`quit: could not remove ${this.profile}: ${err.message}`);
    }
  }
}
