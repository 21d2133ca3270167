// Accessibility checks with axe-core (WCAG 2.2 A and AA rules, contrast included) on the
// release build, in both colour schemes, at phone and desktop widths, with folded parts open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useSite } from './harness.mjs';

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
