// Sharing: each card and the view hand their address, filters kept, to the system share sheet
// where the browser has one, or to the clipboard with a visible, announced "Link copied".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';

const site = useSite();

const QUERY = '?q=domestic%20violence';
const first = data.resolutions.find((r) => r.id === 'res-domestic-violence');

/** A page with no share sheet (as desktop Chromium on Linux has none) and a clipboard the test
 *  can read back. */
async function clipboardPage() {
  const page = await newPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  return page;
}

async function openSearch(page) {
  await page.goto(`${site.url}${QUERY}`);
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
}

test('a card is shared from the keyboard: its link, search kept, goes to the clipboard and "Link copied" is shown and announced', async () => {
  const page = await clipboardPage();
  await openSearch(page);
  const card = page.getByRole('article', { name: first.title });
  // From the card's permalink, one Tab reaches its share button.
  await card.getByRole('link', { name: `Permalink to “${first.title}”` }).focus();
  await page.keyboard.press('Tab');
  const button = card.getByRole('button', { name: `Share “${first.title}”` });
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'Tab reaches the share button');
  await page.keyboard.press('Enter');
  const note = card.getByText('Link copied');
  await note.waitFor();
  assert.ok(await note.isVisible());
  // The note sits in a polite live region, so a screen reader hears it without moving.
  assert.equal(await note.evaluate((n) => n.closest('[aria-live]')?.getAttribute('aria-live')), 'polite');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.url}${QUERY}#${first.id}`);
  // Pressing it changed nothing on the page: same address, same results.
  assert.equal(new URL(page.url()).search, QUERY);
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('where the browser has a share sheet, "Share this view" hands it the view\'s address and title', async () => {
  const page = await newPage(site.browser);
  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.share = async function share(d) {
      window.__shared.push({ title: d.title, url: d.url });
    };
  });
  await openSearch(page);
  await page.getByRole('button', { name: 'Share this view' }).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const [shared] = await page.evaluate(() => window.__shared);
  assert.deepEqual(shared, { title: data.profile.title, url: `${site.url}${QUERY}` });
  // The sheet is its own confirmation: nothing claims a copy that was not made.
  assert.equal(await page.getByText('Link copied').count(), 0);
  await page.context().close();
});

test('closing the share sheet copies nothing; a refused clipboard shows the link to copy by hand', async () => {
  const page = await newPage(site.browser);
  await page.addInitScript(() => {
    window.__copies = 0;
    Navigator.prototype.share = async () => {
      throw new DOMException('closed', 'AbortError');
    };
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({
        writeText: async () => {
          window.__copies += 1;
          throw new DOMException('denied', 'NotAllowedError');
        },
      }),
    });
  });
  await openSearch(page);
  const card = page.getByRole('article', { name: first.title });
  await card.getByRole('button', { name: `Share “${first.title}”` }).click();
  // The reader closed the sheet: no copy was tried and nothing is said.
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__copies), 0);
  assert.equal(await card.locator('.share-note').innerText(), '');
  // Without a share sheet, the clipboard is tried; when it refuses, the link is shown instead.
  await page.evaluate(() => {
    delete Navigator.prototype.share;
  });
  await card.getByRole('button', { name: `Share “${first.title}”` }).click();
  await card.getByText('Could not copy the link.').waitFor();
  const url = `${site.url}${QUERY}#${first.id}`;
  assert.equal(await card.getByRole('link', { name: url }).getAttribute('href'), url);
  assert.equal(await page.evaluate(() => window.__copies), 1);
  await page.context().close();
});

test('following a card\'s permalink keeps the search', async () => {
  const page = await newPage(site.browser);
  await openSearch(page);
  const card = page.getByRole('article', { name: first.title });
  await card.getByRole('link', { name: `Permalink to “${first.title}”` }).click();
  await page.waitForURL((u) => u.hash === `#${first.id}`);
  assert.equal(new URL(page.url()).search, QUERY);
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), 'domestic violence');
  await page.context().close();
});
