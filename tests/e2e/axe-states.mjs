// The states of the page that axe-core checks, shared by the accessibility tests (which fail on
// any violation) and `scripts/axe.mjs` (which writes the figures into BENCHMARKS.md).
import AxeBuilder from '@axe-core/playwright';
import { data, untilTakenOver } from './harness.mjs';

/** WCAG 2.2 A and AA, as axe-core tags them. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on `page`: violations one line each, how many rules passed, and the rules it could
 *  not decide (to review by hand). */
export async function audit(page) {
  const { violations, passes, incomplete } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return {
    violations: violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`),
    passes: passes.length,
    incomplete: incomplete.map((i) => i.id),
  };
}

/** Opens `url` and waits for the app to take the place of the build's copy of the record. */
const goto = async (page, url) => {
  await page.goto(url);
  await untilTakenOver(page);
};

const openEverything = (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));

/** The states a reader meets, each a name and a function that brings `page` there on `url`. */
export const STATES = [
  ['loaded, with a filter and every disclosure open', async (page, url) => {
    await goto(page, url + '?role=main_sponsor');
    await page.getByRole('article').first().waitFor();
    await openEverything(page);
    await page.getByRole('blockquote').first().waitFor();
  }],
  ['nothing matches (the empty state)', async (page, url) => {
    await goto(page, `${url}?q=${encodeURIComponent('no such words anywhere')}`);
    await page.getByRole('button', { name: 'Show all resolutions' }).waitFor();
  }],
  ['the record failed to load (the error state)', async (page, url) => {
    await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 500, body: 'down' }));
    await goto(page, url);
    await page.getByRole('button', { name: 'Try again' }).waitFor();
  }],
  ['a file with bad records, all listed', async (page, url) => {
    const bad = structuredClone(data);
    for (let i = 0; i < 12; i++) bad.resolutions.push({ ...structuredClone(data.resolutions[0]), id: `bad-${i}`, session: 'x', follow_ups: [] });
    await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }),
    );
    await goto(page, url);
    await page.getByText('Show 2 more problems').click();
    await page.getByText(/"bad-11"/).waitFor();
  }],
  ['a local file previewed', async (page, url) => {
    await goto(page, url);
    await page.getByLabel('Preview a data file from your computer').setInputFiles({
      name: 'draft.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await page.getByRole('heading', { name: 'Preview of draft.json' }).waitFor();
  }],
  ['a card shared where the clipboard refuses (the link shown to copy)', async (page, url) => {
    await goto(page, url);
    await page.getByRole('heading', { level: 2, name: 'Resolutions', exact: true }).waitFor();
    await page.evaluate(() => {
      delete Navigator.prototype.share;
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get: () => ({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      });
    });
    await page.getByRole('button', { name: /^Share “/ }).first().click();
    await page.getByText('Could not copy the link.').waitFor();
  }],
  ['a quote shown in its source', async (page, url) => {
    await goto(page, `${url}?source=mfa-kz-2024-12&quote=${encodeURIComponent('Volker Türk')}&from=res-education-peace-tolerance#quote`);
    await page.locator('mark#quote').waitFor();
  }],
  ['in Russian, every disclosure open', async (page, url) => {
    await goto(page, url + '?lang=ru');
    await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
    await openEverything(page);
    await page.getByRole('blockquote').first().waitFor();
  }],
  ['the error state, in Russian', async (page, url) => {
    await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await goto(page, url + '?lang=ru');
    await page.getByRole('button', { name: 'Повторить попытку' }).waitFor();
  }],
  ['in Kazakh, every disclosure open', async (page, url) => {
    await goto(page, url + '?lang=kk');
    await page.getByRole('heading', { level: 2, name: 'Қарарлар', exact: true }).waitFor();
    await openEverything(page);
    await page.getByRole('blockquote').first().waitFor();
  }],
];

/** The screens each state is checked on. */
export const SCREENS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
];
