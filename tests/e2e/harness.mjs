// What every end-to-end test file shares: the release build, served on 127.0.0.1, and
// a Chromium to drive it.

import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from './webdriver.mjs';
import { serve } from './server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Serves dist/ and opens a browser before the file's tests, and closes both after;
 * `ready(server, browser)` receives them once they are up.
 */
export function withApp(ready) {
  let server;
  let browser;
  before(async () => {
    server = await serve(DIST);
    browser = await launch();
    await ready(server, browser);
  });
  after(async () => {
    await browser?.quit();
    await server?.close();
  });
}
