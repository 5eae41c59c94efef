// A static file server for the end-to-end tests. Plain Node 20, no npm packages.
//
//   import { serve } from './server.mjs';
//   const server = await serve('dist', { base: '/some/path/' });
//   // server.url === 'http://127.0.0.1:<port>/some/path/'
//   await server.close();   // really stops it: later requests are refused (offline tests)
//
// Serves `dir` under the URL prefix `base` on 127.0.0.1: `index.html` for directory
// URLs (a directory without its trailing slash is redirected to it), 404 for anything
// else, including every URL outside `base`. No caching headers that would outlive a test:
// files carry an ETag, and `no-cache`, so a browser asks before it uses its copy.
//
//   const stop = server.beforeEveryLoad('window.__early = true');
//
// runs a script before the page's own in every HTML page served from then on, in every
// engine: it is written into the page itself, at the top of <head>, before the page's
// Content-Security-Policy (which governs only what follows it, so the policy stays as
// built), and so it is also in the copy of the page a service worker keeps for offline.
//
//   const release = server.hold(/\.wasm$/);
//
// keeps every request whose path matches waiting, unanswered, until release() is called
// (as a slow network would keep it).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
});

function normalizeBase(base) {
  let b = String(base);
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

async function statOrNull(path) {
  try { return await stat(path); } catch { return null; }
}

/**
 * Starts serving `dir`.
 * @param {string} dir                  the directory to serve (e.g. 'dist')
 * @param {object} [options]
 * @param {string} [options.base='/']   URL prefix the files appear under, e.g. '/some/path/'
 * @param {number} [options.port=0]     0 for an ephemeral port; pass a previous server's port
 *                                      to bring the "same origin" back after close()
 * @returns {Promise<{url: string, origin: string, port: number, base: string,
 *                    requests: {method: string, path: string, status: number}[],
 *                    beforeEveryLoad: (source: string) => () => void,
 *                    close: () => Promise<void>}>}
 */
export async function serve(dir, { base = '/', port = 0 } = {}) {
  const root = resolve(dir);
  const prefix = normalizeBase(base);
  const requests = [];
  const startScripts = new Set();
  const holds = new Set();

  const server = createServer(async (req, res) => {
    const send = (status, body = '', headers = {}) => {
      requests.push({ method: req.method, path: req.url, status });
      res.writeHead(status, { 'cache-control': 'no-cache', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      for (const held of [...holds]) if (held.pattern.test(req.url)) await held.released;
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { allow: 'GET, HEAD' });
      const { pathname, search } = new URL(req.url, 'http://localhost');
      let path;
      try { path = decodeURIComponent(pathname); } catch { return send(400, 'bad request\n'); }
      if (path.includes('\0')) return send(400, 'bad request\n');
      if (`${path}/` === prefix) return send(301, '', { location: `${pathname}/${search}` });
      if (!path.startsWith(prefix)) return send(404, 'not found\n', { 'content-type': 'text/plain; charset=utf-8' });

      let file = resolve(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return send(404, 'not found\n', { 'content-type': 'text/plain; charset=utf-8' });
      let info = await statOrNull(file);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) return send(301, '', { location: `${pathname}/${search}` });
        file = join(file, 'index.html');
        info = await statOrNull(file);
      }
      if (!info?.isFile()) return send(404, 'not found\n', { 'content-type': 'text/plain; charset=utf-8' });

      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (startScripts.size && type.startsWith('text/html')) {
        const html = (await readFile(file, 'utf8')).replace(/<head>/i, (head) =>
          `${head}\n${[...startScripts].map(({ source }) => `<script>${source}</script>`).join('\n')}`);
        return send(200, html, { 'content-type': type });
      }
      // A validator, as every static host sends: a browser may keep the file, but asks
      // again before each use.
      const etag = `"${info.size}-${Math.trunc(info.mtimeMs)}"`;
      if (req.headers['if-none-match'] === etag) return send(304, '', { etag });
      requests.push({ method: req.method, path: req.url, status: 200 });
      res.writeHead(200, { 'content-type': type, 'content-length': info.size, 'cache-control': 'no-cache', etag });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (err) {
      if (!res.headersSent) send(500, `internal error: ${err.message}\n`);
      else res.destroy();
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolveListen(); });
  });
  const actualPort = server.address().port;
  const origin = `http://127.0.0.1:${actualPort}`;
  let closing;
  return {
    url: `${origin}${prefix}`,
    origin,
    port: actualPort,
    base: prefix,
    requests,
    /** Runs `source` before the page's own scripts in every page served from now on; returns a function that stops it. */
    beforeEveryLoad(source) {
      const entry = { source: String(source) };
      startScripts.add(entry);
      return () => { startScripts.delete(entry); };
    },
    /** Keeps requests whose path matches `pattern` waiting; returns a function that lets them (and later ones) through. */
    hold(pattern) {
      let release;
      const held = { pattern, released: new Promise((done) => { release = done; }) };
      holds.add(held);
      return () => { holds.delete(held); release(); };
    },
    close() {
      closing ??= new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
