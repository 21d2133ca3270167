// Offline: after a first visit the record opens with no network, and a new deployment still
// shows on the next visit (the service worker never serves a stale page when it can fetch).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, launch, newPage, startServer } from './harness.mjs';

const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
let dir;
let server;
let browser;

// A copy of the site, so the test can deploy a new version of it.
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrc-offline-'));
  await cp(DIST, dir, { recursive: true });
  server = await startServer(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const ready = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    // Controlled, so the next loads go through the worker.
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return registration.active.scriptURL;
  });

test('after one visit the record opens offline, in any view', async () => {
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  assert.match(await ready(page), /\/hrc\/sw\.js$/);
  await page.context().setOffline(true);
  const response = await page.goto(`${server.url}?theme=Education`);
  assert.equal(response.fromServiceWorker(), true, 'the page came from the worker');
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
  // The source texts open offline too.
  await page.getByRole('article').first().getByText(/^Sources \(\d+\)$/).click();
  await page.getByRole('link', { name: 'Show in the source text' }).first().click();
  await page.locator('mark#quote').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('a new deployment shows on the next visit, and the old copy is dropped', async () => {
  const page = await newPage(browser, { serviceWorkers: 'allow' });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  await ready(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  // Deploy: new data, and the worker a new build would write (its version changes with it).
  const record = JSON.parse(await readFile(join(dir, 'data/kazakhstan-hrc-2022-2024.json'), 'utf8'));
  record.profile.title = 'A newly deployed title';
  await writeFile(join(dir, 'data/kazakhstan-hrc-2022-2024.json'), JSON.stringify(record));
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), worker.replace(/const VERSION = "hrc-[0-9a-f]+"/, 'const VERSION = "hrc-newdeployment0"'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'A newly deployed title' }).waitFor();
  await page.waitForFunction(async () => (await caches.keys()).join() === 'hrc-newdeployment0', null, { timeout: 15_000 });
  await page.context().close();
});
