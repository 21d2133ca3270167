// Print and the theme: the printed page holds the record without the controls, and the reader
// can choose light or dark, which the page remembers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite, quotesOnCards } from './harness.mjs';

const site = useSite();
const title = { level: 1, name: data.profile.title };

test('printing hides the controls and shows the cards, their sources and the timeline', async () => {
  const page = await newPage(site.browser, { viewport: { width: 390, height: 800 } });
  await page.goto(site.url);
  await page.getByRole('heading', title).waitFor();
  const quotes = quotesOnCards(data);
  assert.ok(quotes > 0);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // Every source list is open and mounted, and the timeline unfolded (it starts folded on phones).
  await page.waitForFunction((n) => document.querySelectorAll('article .citation blockquote').length === n, quotes);
  assert.equal(await page.locator('details:not([open])').count(), 0);
  await page.getByRole('region', { name: 'Timeline' }).getByRole('heading', { name: 'HRC 54' }).waitFor();
  for (const control of [
    page.getByRole('searchbox', { name: 'Search resolutions' }),
    page.getByRole('button', { name: 'Export CSV' }),
    page.getByRole('switch', { name: 'Dark theme' }),
    page.getByRole('link', { name: 'Skip to the resolutions' }),
    page.getByRole('link', { name: 'Show in the source text' }).first(),
  ]) {
    assert.equal(await control.isVisible(), false, String(control));
  }
  for (const r of data.resolutions) {
    assert.equal(await page.getByRole('heading', { name: r.title, exact: true }).isVisible(), true, r.title);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
  // After printing, what was opened for it folds again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => document.querySelectorAll('article .citation blockquote').length === 0);
  await page.context().close();
});

test('printed without the app\'s preparation, each card still carries its sources with their addresses, and the page says what it is', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}?theme=Education`);
  await page.getByRole('heading', title).waitFor();
  // A tool's own "save as PDF" may print with no beforeprint event: the sources stay folded.
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  assert.ok(await header.isVisible(), 'the page says where and when it was printed');
  const said = await header.innerText();
  assert.ok(said.includes(`Printed from ${site.url}?theme=Education on `), said);
  assert.ok(said.includes('Theme: Education'), said);
  const shown = data.resolutions.filter((r) => [...(r.themes ?? []), ...(r.editorial_themes ?? [])].includes('Education'));
  for (const r of shown) {
    const card = page.getByRole('article', { name: r.title });
    const printed = card.locator(':scope > .print-sources');
    assert.ok(await printed.isVisible(), `${r.id}: its sources are printed`);
    const text = await printed.innerText();
    const ids = [...new Set(r.citations.map((c) => c.source))];
    assert.equal(await printed.locator('li').count(), ids.length, `${r.id}: each source once`);
    for (const id of ids) {
      const s = data.sources.find((x) => x.id === id);
      assert.ok(text.includes(s.title), `${r.id}: ${s.title}`);
      assert.ok(text.includes(`<${s.url ?? new URL(s.file, site.url).href}>`), `${r.id}: the address of ${id}`);
    }
  }
  // Every link that leaves the page prints its address after its words.
  // Every link that leaves the page (the cards' official texts, the footer's sources and data)
  // prints its address after its words.
  const links = await page.locator(':is(article, footer) a[href^="http"]').evaluateAll((as) =>
    as.filter((a) => a.getClientRects().length > 0).map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]),
  );
  assert.ok(links.length >= data.sources.length, `${links.length} links`);
  for (const [href, after] of links) assert.equal(after, `" <${href}>"`, href);
  await page.context().close();
});

test('in Russian, the printed view line names the theme as the page does', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}?lang=ru&theme=Education&q=peace`);
  await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const said = await page.locator('.print-header').innerText();
  assert.ok(said.startsWith(`Напечатано с ${site.url}?lang=ru&q=peace&theme=Education, `), said);
  assert.ok(said.includes('Поиск: «peace»'), said);
  assert.ok(said.includes('Тема: Образование'), said);
  assert.ok(!said.includes('Education.'), said);
  await page.context().close();
});

test('printed with the sources opened, each source heads its quotes once and the short list steps aside', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', title).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('article .citation blockquote').length === n, quotesOnCards(data));
  const r = data.resolutions[0];
  const card = page.getByRole('article', { name: r.title });
  assert.equal(await card.locator(':scope > .print-sources').isVisible(), false);
  const ids = [...new Set(r.citations.map((c) => c.source))];
  const heads = await card.locator(':scope > .citations .citation-source cite').allInnerTexts();
  assert.deepEqual(heads, ids.map((id) => data.sources.find((s) => s.id === id).title));
  await page.context().close();
});

test('printing a long result mounts every card, not only the first page', async () => {
  const page = await newPage(site.browser);
  const many = structuredClone(data);
  for (let i = 0; i < 20; i++) {
    many.resolutions.push({ ...structuredClone(data.resolutions[0]), id: `copy-${i}`, title: `Copy ${i}`, follow_ups: [] });
  }
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(many) }),
  );
  await page.goto(site.url);
  await page.getByRole('status').filter({ hasText: `All ${many.resolutions.length} resolutions` }).waitFor();
  assert.equal(await page.getByRole('article').count(), 10);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('article').length === n, many.resolutions.length);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => document.querySelectorAll('article').length === 10);
  await page.context().close();
});

test('the theme follows the system, and the "Dark theme" switch says its state, switches it and is remembered', async () => {
  const page = await newPage(site.browser, { colorScheme: 'light' });
  await page.goto(site.url);
  await page.getByRole('heading', title).waitFor();
  const toggle = page.getByRole('switch', { name: 'Dark theme' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await toggle.getAttribute('aria-checked'), 'false');
  assert.equal(await toggle.isChecked(), false);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await toggle.click();
  assert.equal(await toggle.isChecked(), true);
  assert.equal(await background(), 'rgb(18, 20, 23)');
  // Remembered: a reload starts dark, before and after the app mounts.
  await page.reload();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.getByRole('heading', title).waitFor();
  assert.equal(await background(), 'rgb(18, 20, 23)');
  assert.equal(await page.getByRole('switch', { name: 'Dark theme' }).isChecked(), true);
  await page.context().close();
  // A dark system with no choice made starts dark, pressed.
  const dark = await newPage(site.browser, { colorScheme: 'dark' });
  await dark.goto(site.url);
  await dark.getByRole('heading', title).waitFor();
  assert.equal(await dark.getByRole('switch', { name: 'Dark theme' }).isChecked(), true);
  assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 20, 23)');
  await dark.context().close();
});

test('with reduced motion, nothing animates or scrolls smoothly', async () => {
  const page = await newPage(site.browser, { reducedMotion: 'reduce' });
  await page.goto(`${site.url}#${data.resolutions[3].id}`);
  await page.getByRole('heading', title).waitFor();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.scrollBehavior === 'smooth' || (s.transitionDuration !== '0s' && s.transitionProperty !== 'none' && parseFloat(s.transitionDuration) > 0.01) || s.animationName !== 'none';
    }).map((el) => el.tagName + '.' + el.className),
  );
  assert.deepEqual(moving, []);
  await page.context().close();
});
