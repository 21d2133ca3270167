// Shared set-up for the end-to-end tests: a static server that hosts the release build under a
// sub-path (as GitHub Pages does, with 404.html for unknown paths), and headless Chromium.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE = '/hrc/';
const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `dist` under BASE on 127.0.0.1 at a free port; resolves to { origin, url, close }.
 *  With `gzip`, answers compressed when the browser accepts it, as static hosts such as GitHub
 *  Pages do (Lighthouse's network model counts the bytes actually sent). */
export async function startServer(dist = DIST, { gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site');
      return;
    }
    let rel = normalize(path.slice(BASE.length)).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(dist, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream') {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(body, { level: 9 }));
      } else {
        res.writeHead(200, { 'content-type': type }).end(body);
      }
    } catch {
      const body = await readFile(join(dist, '404.html'));
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + BASE, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Debian Chromium, with the flags this closed network needs (and any `extra`). */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      ...extra,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page that records console errors and uncaught exceptions into `page.errors`; service
 *  workers are blocked unless `options` allow them. Its `goto` and `reload` return once the app
 *  has taken the place of the build's copy of the record (see `untilTakenOver`), unless the
 *  test looks at the copy itself (`copy: true`, or scripts off). */
export async function newPage(browser, { copy = false, ...options } = {}) {
  // No service worker unless a test asks for one: once it controls a page, requests go through
  // it, and a test's routed faults and files would depend on what an earlier load cached.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  if (!copy && options.javaScriptEnabled !== false) {
    for (const method of ['goto', 'reload']) {
      const load = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await load(...args);
        await untilTakenOver(page);
        return response;
      };
    }
  }
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  return page;
}

/** Waits until the app has taken the place of the build's copy of the record: the copy's
 *  links and disabled controls look like the app's, and a test acting on them would act on
 *  a page that is about to go. */
export async function untilTakenOver(page) {
  await page.waitForFunction(() => document.readyState !== 'loading' && !document.querySelector('#boot[data-prerendered]'));
}

/** The shipped record, as the tests compare the page with it. */
export const data = JSON.parse(await readFile('public/data/kazakhstan-hrc-2022-2024.json', 'utf8'));

/** Serves the site and launches the browser before a test file's tests, and stops both after. */
export function useSite() {
  const site = {
    server: null,
    browser: null,
    get url() {
      return this.server.url;
    },
  };
  before(async () => {
    site.server = await startServer();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** How many quotes the cards of `record` show with every source list open: each resolution's
 *  own, and a group statement's on the card of each text it covers. */
export function quotesOnCards(record) {
  const quotes = (r) => r.citations.filter((c) => c.quote).length;
  return (
    record.resolutions.reduce((n, r) => n + quotes(r), 0) +
    (record.groups ?? []).reduce((n, g) => n + quotes(g) * g.resolutions.length, 0)
  );
}
