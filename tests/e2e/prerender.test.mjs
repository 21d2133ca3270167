// The copy of the record that the build writes into the page (src/prerender.rs,
// scripts/post-build.mjs): what it shows before the app runs and without scripts, and how the
// app takes its place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit } from './axe-states.mjs';
import { data, newPage, untilTakenOver, useSite } from './harness.mjs';

const site = useSite();

/** The record's title in `lang`: the editors' translation where the record gives one. */
const titleIn = (lang) => data.translations?.find((t) => t.lang === lang)?.title ?? data.profile.title;

/** What a reader meets in `root` (the copy, or the app's page), in order: headings, links with
 *  their addresses, buttons, form controls with their labels, and the text of each card.
 *  Paper-only parts are left out (the copy cannot know the day it is printed). */
const snapshot = (page, root) =>
  page.evaluate((root) => {
    const scope = document.querySelector(root);
    const name = (el) => (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
    return [...scope.querySelectorAll('h1, h2, h3, h4, a[href], button, input, select, summary, article')]
      .filter((el) => !el.closest('.print-only, .print-sources'))
      .map((el) => {
        const tag = el.tagName.toLowerCase();
        // Where the link goes, resolved: the app writes some addresses in full (for paper), the
        // copy relative to the page, which comes to the same.
        if (tag === 'a') return `a ${name(el)} → ${el.href}`;
        if (tag === 'input' || tag === 'select') return `${tag}#${el.id} ${el.labels?.[0] ? name(el.labels[0]) : ''}`;
        // As it reads on screen (paper-only lines are not drawn there).
        if (tag === 'article') return `article ${el.innerText.replace(/\s+/g, ' ').trim()}`;
        return `${tag} ${name(el)}`;
      });
  }, root);

test('without JavaScript the record reads: cards, sources, permalinks and the timeline, and it says what needs scripts', async () => {
  const page = await newPage(site.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  // Every initiative's card, by its title.
  const cards = page.getByRole('article');
  assert.equal(await cards.count(), data.resolutions.length);
  for (const r of data.resolutions) {
    await page.getByRole('article', { name: r.title, exact: true }).waitFor();
  }
  // A card's permalink is a fragment of this page, and following it goes to the card.
  const first = data.resolutions[0];
  await page.getByRole('link', { name: `Permalink to “${first.title}”` }).click();
  assert.equal(new URL(page.url()).hash, `#${first.id}`);
  assert.equal(await page.locator(':target').getAttribute('id'), first.id);
  // The sources list links to the kept text of the primary source, which is served.
  const fullText = page.getByRole('link', { name: 'full text' }).first();
  const href = await fullText.getAttribute('href');
  const response = await page.request.get(new URL(href, site.url).href);
  assert.equal(response.status(), 200, href);
  // Each card lists its sources with their addresses (the quotes need the app).
  const listed = page.getByRole('article', { name: first.title, exact: true }).locator('.print-sources').first();
  assert.ok(await listed.isVisible(), 'the card lists its sources');
  assert.match(await listed.innerText(), /sources\/mfa-kazakhstan-2024-12\.txt/);
  // The timeline opens without scripts (a <details>), and its events link to their places.
  await page.getByText(/^Sessions and events \(\d+ sessions\)$/).click();
  const event = page.locator('.timeline a[href^="#ev-"]').first();
  await event.waitFor();
  // The note says what needs scripts, and the controls that would do nothing say so by being
  // disabled.
  await page.getByText(/^Without JavaScript this is a fixed copy of the whole record/).waitFor();
  assert.equal(await page.getByRole('searchbox').isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: 'Export CSV' }).isDisabled(), true);
  // A filter link only the app can follow is not followed (it reads as text).
  const votes = page.getByRole('link', { name: /^Recorded votes/ });
  assert.equal(await votes.evaluate((a) => getComputedStyle(a).pointerEvents), 'none');
  await page.context().close();
});

test('without JavaScript the copy has no WCAG A/AA violations, on a phone and a desktop', async () => {
  for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
    // axe needs scripts, so the page is served as a browser without them would run it: with
    // none of its scripts (and so without the policy that allows them by hash).
    const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(site.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script\b[\s\S]*?<\/script>/g, '')
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await route.fulfill({ response, body });
    });
    await page.goto(site.url);
    await page.getByText(/^Without JavaScript this is a fixed copy/).waitFor();
    const { violations, passes } = await audit(page);
    assert.deepEqual(violations, [], `${viewport.width} px`);
    assert.ok(passes > 10, `only ${passes} rules applied`);
    await context.close();
  }
});

test('the app takes the copy’s place with no layout shift, keeping the scroll position, focus and open folds', async () => {
  // On a phone, where the timeline starts folded.
  const page = await newPage(site.browser, { copy: true, viewport: { width: 360, height: 780 } });
  await page.addInitScript(() => {
    // Shifts that follow the reader's own input (unfolding the timeline) do not count, as in
    // the Cumulative Layout Shift.
    window.shifts = [];
    new PerformanceObserver((list) =>
      window.shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value)),
    ).observe({ type: 'layout-shift', buffered: true });
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // The record is held back, so the reader has the copy to themselves for a while.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.url);
  const second = data.resolutions[1];
  const permalink = page.getByRole('link', { name: `Permalink to “${second.title}”` });
  await permalink.waitFor();
  assert.equal(await page.locator('#boot[data-prerendered]').count(), 1, 'the copy is on screen');
  // The reader unfolds the timeline, scrolls, and puts focus on a card's permalink.
  await page.getByText(/^Sessions and events \(\d+ sessions\)$/).click();
  await permalink.focus();
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => ({ y: window.scrollY, focus: document.activeElement?.getAttribute('aria-label') }));
  assert.ok(before.y > 0, 'scrolled');
  release();
  await untilTakenOver(page);
  const after = await page.evaluate(() => ({
    y: window.scrollY,
    focus: document.activeElement?.getAttribute('aria-label'),
    inApp: !!document.activeElement?.closest('#app'),
    timelineOpen: document.querySelector('.timeline details')?.open,
    mains: document.querySelectorAll('main').length,
    h1: document.querySelectorAll('h1').length,
    liveOutside: [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter((e) => !e.closest('#app')).length,
  }));
  assert.equal(after.y, before.y, 'the scroll position');
  assert.equal(after.focus, before.focus, 'focus on the same link');
  assert.ok(after.inApp, 'focus in the app');
  assert.equal(after.timelineOpen, true, 'the unfolded timeline stays open');
  assert.equal(after.mains, 1, 'one main landmark');
  assert.equal(after.h1, 1, 'one top heading');
  assert.equal(after.liveOutside, 0, 'live regions only in the app');
  assert.equal(await page.locator('#boot').count(), 0, 'the copy is gone');
  await page.waitForTimeout(500);
  const { shifts, violations } = await page.evaluate(() => ({ shifts: window.shifts, violations: window.violations }));
  assert.deepEqual(shifts, [], 'layout shifts');
  assert.deepEqual(violations, [], 'CSP violations');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an address asking for another view or record shows no false content before the app runs', async () => {
  const cases = [
    ['a filter', '?session=54', true],
    ['the votes view', '?view=votes', true],
    ['another record', `?data=${encodeURIComponent('data/other.json')}`, false],
  ];
  for (const [name, query, masthead] of cases) {
    const page = await newPage(site.browser, { copy: true });
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(site.url + query);
    await page.getByText('Preparing the view this address asks for…').waitFor();
    assert.equal(await page.getByRole('article').count(), 0, `${name}: no cards`);
    assert.equal(await page.locator('.timeline').isVisible(), false, `${name}: no timeline`);
    assert.equal(await page.getByRole('heading', { level: 1, name: data.profile.title }).isVisible(), masthead, `${name}: the masthead`);
    await page.context().close();
  }
  // A fragment alone names a part of the default view: the copy shows it.
  const page = await newPage(site.browser, { copy: true });
  await page.route('**/*.wasm', (route) => route.abort());
  const target = data.resolutions[2];
  await page.goto(`${site.url}#${target.id}`);
  await page.getByRole('article', { name: target.title, exact: true }).waitFor();
  assert.equal(await page.getByText('Preparing the view this address asks for…').isVisible(), false);
  assert.equal(await page.locator(':target').getAttribute('id'), target.id);
  await page.context().close();
});

test('each language’s copy is what the app draws in that language', async () => {
  for (const [lang, locale] of [['en', 'en-GB'], ['ru', 'ru-RU'], ['kk', 'kk-KZ']]) {
    for (const viewport of [{ width: 360, height: 800 }, { width: 1280, height: 900 }]) {
      const copy = await newPage(site.browser, { copy: true, locale, viewport });
      await copy.route('**/*.wasm', (route) => route.abort());
      await copy.goto(site.url);
      await copy.getByRole('heading', { level: 1, name: titleIn(lang) }).waitFor();
      const before = await snapshot(copy, '#boot');
      const folds = await copy.evaluate(() => [...document.querySelectorAll('#boot details')].map((d) => d.open));
      const title = await copy.title();
      await copy.context().close();

      const app = await newPage(site.browser, { locale, viewport });
      await app.goto(site.url);
      const drawn = await snapshot(app, '#app');
      assert.deepEqual(before, drawn, `${lang}, ${viewport.width} px`);
      assert.deepEqual(
        folds,
        await app.evaluate(() => [...document.querySelectorAll('#app details')].map((d) => d.open)),
        `${lang}, ${viewport.width} px: folds`,
      );
      assert.equal(title, await app.title(), `${lang}: the page title`);
      assert.equal(await app.evaluate(() => document.documentElement.lang), lang);
      await app.context().close();
    }
  }
});

test('a reader in another language fetches that language’s copy alone; without it the English copy shows, marked as English', async () => {
  const copies = (page) => {
    const asked = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.match(/boot-\w+\.html$/)?.[0];
      if (file) asked.push(file);
    });
    return asked;
  };
  // English: the copy in the page is the reader's; nothing else is fetched.
  const english = await newPage(site.browser, { copy: true, locale: 'en-GB' });
  const askedEnglish = copies(english);
  await english.route('**/*.wasm', (route) => route.abort());
  await english.goto(site.url);
  await english.getByRole('heading', { level: 1, name: titleIn('en') }).waitFor();
  assert.deepEqual(askedEnglish, []);
  await english.context().close();

  // Russian: only the Russian copy, shown in the English one's place with its title.
  const russian = await newPage(site.browser, { copy: true, locale: 'ru-RU' });
  const askedRussian = copies(russian);
  await russian.route('**/*.wasm', (route) => route.abort());
  await russian.goto(site.url);
  await russian.getByRole('heading', { level: 1, name: titleIn('ru') }).waitFor();
  assert.deepEqual(askedRussian, ['boot-ru.html']);
  assert.equal(await russian.locator('#boot').getAttribute('data-lang'), 'ru');
  assert.equal(await russian.title(), titleIn('ru'));
  // An address naming another record shows only the note that the view is being prepared: in
  // Russian too.
  await russian.goto(`${site.url}?data=${encodeURIComponent('data/other.json')}`);
  await russian.waitForFunction(() => document.querySelector('#boot')?.getAttribute('data-lang') === 'ru');
  assert.equal(await russian.locator('#boot').getAttribute('lang'), null);
  await russian.context().close();

  // The Russian copy cannot be had: the English one shows, marked as English on a Russian page,
  // and the app then draws the page in Russian.
  for (const app of [false, true]) {
    const page = await newPage(site.browser, { copy: true, locale: 'ru-RU' });
    await page.route('**/boot-ru.html', (route) => route.abort());
    // Held, not refused, so that the only failure logged is the copy's.
    if (!app) await page.route('**/*.wasm', () => new Promise(() => {}));
    await page.goto(site.url);
    if (!app) {
      await page.getByRole('heading', { level: 1, name: titleIn('en') }).waitFor();
      assert.equal(await page.locator('#boot').getAttribute('lang'), 'en');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    } else {
      await untilTakenOver(page);
      await page.getByRole('heading', { level: 1, name: titleIn('ru') }).waitFor();
    }
    // The refused fetches themselves are logged by the browser; nothing else may be.
    assert.deepEqual(page.errors.filter((e) => !/^Failed to load resource/.test(e)), []);
    await page.context().close();
  }
});

test('after the takeover a fragment’s target has focus, in the default view and in a filtered one', async () => {
  const card = data.resolutions[3];
  for (const address of [`#${card.id}`, `?role=main_sponsor#${card.id}`]) {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 780 } });
    await page.goto(site.url + address);
    await page.waitForFunction((id) => document.activeElement?.id === id, card.id);
    const box = await page.getByRole('article', { name: card.title, exact: true }).boundingBox();
    assert.ok(box.y >= -1 && box.y < 780, `${address}: the card is on screen at ${box.y}`);
    await page.context().close();
  }
});
