// Accessibility checks with axe-core (WCAG 2.2 A and AA rules, contrast included) on the
// release build, in both colour schemes, at phone and desktop widths, with folded parts open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { data, useSite } from './harness.mjs';

const site = useSite();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark']) {
  for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
    test(`no WCAG A/AA violations: ${name}, ${colorScheme}, with a filter and sources open`, async () => {
      // The helper needs a page from a context of its own.
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(site.url + '?role=main_sponsor');
      await page.getByRole('article').first().waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await page.getByRole('blockquote').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
      assert.deepEqual(summary, []);
      await context.close();
    });
  }
}

test('no WCAG A/AA violations in the source viewer, with a quote marked', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url + '?source=mfa-kz-2024-12&quote=' + encodeURIComponent('Volker Türk') + '&from=res-education-peace-tolerance#quote');
  await page.locator('mark#quote').waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});

/** Axe's WCAG A/AA violations on `page`, one line each. */
async function violationsOf(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

// The states a reader meets besides the record itself: nothing matching, a failed load, a file
// with bad records, and a local preview.
const STATES = [
  ['the empty state', async (page) => {
    await page.goto(`${site.url}?q=${encodeURIComponent('no such words anywhere')}`);
    await page.getByRole('button', { name: 'Show all resolutions' }).waitFor();
  }],
  ['the error state', async (page) => {
    await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 500, body: 'down' }));
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Try again' }).waitFor();
  }],
  ['a file with bad records', async (page) => {
    const bad = structuredClone(data);
    for (let i = 0; i < 12; i++) bad.resolutions.push({ ...structuredClone(data.resolutions[0]), id: `bad-${i}`, session: 'x', follow_ups: [] });
    await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }),
    );
    await page.goto(site.url);
    await page.getByText('Show 2 more problems').click();
    await page.getByText(/"bad-11"/).waitFor();
  }],
  ['a local preview', async (page) => {
    await page.goto(site.url);
    await page.getByLabel('Preview a data file from your computer').setInputFiles({
      name: 'draft.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await page.getByRole('heading', { name: 'Preview of draft.json' }).waitFor();
  }],
];

for (const colorScheme of ['light', 'dark']) {
  for (const [name, reach] of STATES) {
    test(`no WCAG A/AA violations in ${name}, ${colorScheme}`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      await reach(page);
      assert.deepEqual(await violationsOf(page), []);
      await context.close();
    });
  }
}
