// The session timeline in the release build under /hrc/: order, dates at their precision, the
// membership term, links both ways to the cards, session filtering, dimming and the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';

const total = data.resolutions.length;

const site = useSite();

async function open(query = '', options = {}) {
  const page = await newPage(site.browser, options);
  page.setDefaultTimeout(10_000);
  await page.goto(site.url + query);
  await page.getByRole('region', { name: 'Timeline' }).waitFor();
  return page;
}
const timeline = (page) => page.getByRole('region', { name: 'Timeline' });
const status = (page) => page.getByRole('status').filter({ hasText: 'resolution' });

test('sessions 49–59 in order, with dates, the term marked', async () => {
  const page = await open();
  const headings = await timeline(page).getByRole('heading', { level: 3 }).allInnerTexts();
  const sessions = headings.filter((h) => h.startsWith('HRC '));
  assert.deepEqual(sessions, data.sessions.map((s) => `HRC ${s.number}`));
  const hrc49 = timeline(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'HRC 49' }) });
  // The year is written once, and each end keeps its whole date for machines.
  assert.match(await hrc49.innerText(), /28 February – 1 April 2022/);
  assert.deepEqual(await hrc49.locator('.tl-dates time').evaluateAll((ts) => ts.map((t) => t.dateTime)), [data.sessions[0].start, data.sessions[0].end]);
  assert.match(await hrc49.innerText(), /Member/);
  const hrc58 = timeline(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'HRC 58' }) });
  assert.doesNotMatch(await hrc58.innerText(), /Member/);
  await page.context().close();
});

test('every dated event holds a <time> at its precision', async () => {
  const page = await open();
  const events = timeline(page).locator('li.tl-event');
  const count = await events.count();
  assert.ok(count >= 8, `expected the record's events, found ${count}`);
  const byId = Object.fromEntries(
    await events.evaluateAll((els) => els.map((el) => [el.id, el.querySelector('time')?.getAttribute('datetime') ?? null])),
  );
  assert.equal(byId['ev-panel-education-2024-09'], '2024-09-18');
  assert.equal(byId['ev-report-a-hrc-59-33'], '2025-06');
  assert.equal(byId['ev-panel-domestic-violence-2025'], '2025');
  assert.equal(byId['ev-summing-up-2024-12-10'], '2024-12-10');
  assert.equal(byId['reform-domestic-violence-law'], '2024-04');
  assert.equal(byId['ev-held-gender-equality'], null, 'an undated event shows no invented date');
  const panel = timeline(page).getByRole('link', { name: /18 September 2024 · Panel discussion: First panel discussion on children's rights in education/ });
  assert.equal(await panel.count(), 1, 'a screen reader reads the title and the date');
  await page.context().close();
});

test('an event links to its card, which scrolls into view highlighted', async () => {
  const page = await open('', { viewport: { width: 1280, height: 700 } });
  await timeline(page).getByRole('link', { name: /Resolution 54\/5 on children's rights in education adopted/ }).click();
  const card = page.getByRole('article', { name: data.resolutions[0].title });
  await page.waitForFunction((id) => document.activeElement?.id === id, data.resolutions[0].id);
  assert.match(await card.getAttribute('class'), /is-target/);
  assert.equal(new URL(page.url()).hash, '#' + data.resolutions[0].id);
  await page.context().close();
});

test('a card links to its events on the timeline', async () => {
  const page = await open();
  const card = page.getByRole('article', { name: 'Elimination of domestic violence' });
  await card.getByRole('link', { name: 'Panel discussion on the prevention and elimination of domestic violence' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'ev-panel-domestic-violence-2025');
  assert.match(await page.locator('#ev-panel-domestic-violence-2025').getAttribute('class'), /is-target/);
  await page.context().close();
});

test('choosing a session filters the cards and the URL says so', async () => {
  const page = await open();
  await timeline(page).getByRole('link', { name: /Show its resolutions \(HRC 57\) \(1\)/ }).click();
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  await page.getByRole('article', { name: 'Elimination of domestic violence' }).waitFor();
  assert.equal(new URL(page.url()).search, '?session=57');
  const checkbox = page.getByRole('group', { name: 'Session' }).getByRole('checkbox', { name: /^HRC 57/ });
  assert.equal(await checkbox.isChecked(), true);
  await timeline(page).getByRole('link', { name: /Show every session/ }).click();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  await page.context().close();
});

test('events of filtered-out resolutions are dimmed', async () => {
  const page = await open('?role=main_sponsor');
  const adoption = page.locator('#ev-adoption-domestic-violence');
  await status(page).filter({ hasText: `4 of ${total} resolutions` }).waitFor();
  assert.match(await adoption.getAttribute('class'), /is-dimmed/);
  assert.match(await adoption.innerText(), /outside the current filters/);
  await page.goto(site.url);
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  assert.doesNotMatch(await adoption.getAttribute('class'), /is-dimmed/);
  await page.context().close();
});

test('the timeline is one Tab stop: arrow keys move inside it, Home and End jump', async () => {
  const page = await open();
  const stops = timeline(page).locator('a[href], button');
  const n = await stops.count();
  assert.ok(n > 20, `the timeline has ${n} links and buttons`);
  await page.waitForFunction(() => document.querySelectorAll('.tl [tabindex="0"]').length === 1);
  const at = () => stops.evaluateAll((els) => els.indexOf(document.activeElement));
  // Exactly one of them is in the Tab order.
  const inTabOrder = () => stops.evaluateAll((els) => els.filter((e) => e.tabIndex === 0).length);
  assert.equal(await inTabOrder(), 1);
  await page.locator('.masthead-tools button').focus();
  await page.keyboard.press('Tab');
  assert.equal(await at(), 0);
  await page.keyboard.press('ArrowRight');
  assert.equal(await at(), 1);
  await page.keyboard.press('ArrowDown');
  assert.equal(await at(), 2);
  await page.keyboard.press('ArrowUp');
  assert.equal(await at(), 1);
  // Each entry the arrows reach is shown whole in the strip (its focus ring with it), not
  // left at the strip's edge: the strip scrolls as far as it needs to.
  for (let i = 2; i < Math.min(n, 14); i++) {
    await page.keyboard.press('ArrowRight');
    assert.equal(await at(), i);
    await page.waitForFunction(() => {
      const a = document.activeElement.getBoundingClientRect();
      const strip = document.querySelector('.tl').getBoundingClientRect();
      return a.left >= strip.left - 1 && a.right <= strip.right + 1;
    }, null, { timeout: 3000 }).catch(async () => {
      const where = await page.evaluate(() => [document.activeElement.getBoundingClientRect(), document.querySelector('.tl').getBoundingClientRect()].map((r) => `${Math.round(r.left)}–${Math.round(r.right)}`));
      assert.fail(`stop ${i} at ${where[0]} px, the strip at ${where[1]} px`);
    });
  }
  await page.keyboard.press('End');
  assert.equal(await at(), n - 1);
  await page.keyboard.press('Home');
  assert.equal(await at(), 0);
  await page.keyboard.press('ArrowRight');
  // The next Tab leaves the timeline for the search box; Shift+Tab comes back where it was.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await at(), 1);
  assert.equal(await inTabOrder(), 1);
  await page.context().close();
});

for (const [width, height] of [[1280, 900], [360, 800]]) {
  test(`at ${width} px the search box is within five Tab stops of the top, in each language`, async () => {
    // Russian and Kazakh say what stays English under the source line: a fold there would be
    // a stop of its own.
    for (const lang of ['en', 'ru', 'kk']) {
      const page = await newPage(site.browser, { viewport: { width, height } });
      await page.goto(site.url + (lang === 'en' ? '' : `?lang=${lang}`));
      const path = [];
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        path.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim().slice(0, 30)));
        if (path.at(-1) === 'search') break;
      }
      assert.equal(path.at(-1), 'search', `${lang}: ${path.join(' → ')}`);
      await page.context().close();
    }
  });
}

test('the timeline is vertical on a phone, with no sideways page scroll', async () => {
  const page = await open('', { viewport: { width: 360, height: 780 } });
  // On a phone the timeline starts folded, below its heading.
  const fold = timeline(page).locator('details');
  assert.equal(await fold.getAttribute('open'), null);
  await timeline(page).getByText(/^Sessions and events/).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const [a, b] = await timeline(page).locator('.tl > li').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
  assert.ok(b > a, 'sessions stack vertically');
  await page.context().close();
});

test('on a phone, a card’s link to a folded timeline event unfolds it', async () => {
  const page = await open('', { viewport: { width: 360, height: 780 } });
  const card = page.getByRole('article', { name: 'Elimination of domestic violence' });
  await card.getByRole('link', { name: 'Panel discussion on the prevention and elimination of domestic violence' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'ev-panel-domestic-violence-2025');
  assert.notEqual(await timeline(page).locator('details').getAttribute('open'), null);
  await page.context().close();
});

test('a session link keeps the other filters, so its count is what it shows', async () => {
  const page = await open('?role=main_sponsor');
  await timeline(page).getByRole('link', { name: /Show its resolutions \(HRC 56\) \(1\)/ }).click();
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  assert.equal(new URL(page.url()).search, '?session=56&role=main_sponsor');
  await page.context().close();
});

test('dimming follows filter changes and Back without a reload', async () => {
  const page = await open();
  const adoption = page.locator('#ev-adoption-domestic-violence');
  await page.getByRole('group', { name: 'Role' }).getByRole('checkbox', { name: /^Main sponsor/ }).check();
  await status(page).filter({ hasText: `4 of ${total} resolutions` }).waitFor();
  await page.waitForFunction(() => document.querySelector('#ev-adoption-domestic-violence').classList.contains('is-dimmed'));
  await page.goBack();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  await page.waitForFunction(() => !document.querySelector('#ev-adoption-domestic-violence').classList.contains('is-dimmed'));
  assert.doesNotMatch(await adoption.innerText(), /outside the current filters/);
  await page.context().close();
});

test('"Show fewer" closes a group the URL opened', async () => {
  // Six events show per group; open a group beyond that by URL with edited data.
  const page = await newPage(site.browser);
  const edited = structuredClone(data);
  for (let i = 0; i < 7; i++) {
    edited.events.push({ id: `ev-extra-${i}`, date: `2024-09-${String(10 + i).padStart(2, '0')}`, kind: 'statement', title: `Extra statement ${i}`, session: 57, citations: [{ source: 'kazinform-hrc56' }] });
  }
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }));
  await page.goto(site.url + '#ev-extra-6');
  await page.waitForFunction(() => document.activeElement?.id === 'ev-extra-6');
  const fewer = timeline(page).getByRole('button', { name: 'Show fewer events' });
  await fewer.click();
  await timeline(page).getByRole('button', { name: /Show all 9 events/ }).waitFor();
  assert.equal(await page.locator('#ev-extra-6').count(), 0);
  await page.context().close();
});

test('the first screen carries the record: at 1280 × 900 the headline figures, the timeline band and the first card, in each language; at 360 px the first card within the second screen', async () => {
  const inView = async (locator, height) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= height;
  };
  // Each language's names for the parts, and its first session's heading; Russian and Kazakh
  // run longer than English, and once pushed the first card off this screen.
  const langs = [
    { lang: 'en', figures: 'The record in figures', timeline: 'Timeline', first: 'HRC 49' },
    { lang: 'ru', figures: 'Запись в цифрах', timeline: 'Хронология', first: '49-я сессия СПЧ' },
    { lang: 'kk', figures: 'Жазба сандармен', timeline: 'Хронология', first: 'АҚК 49-сессиясы' },
  ];
  for (const l of langs) {
    const desk = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await desk.goto(site.url + (l.lang === 'en' ? '' : `?lang=${l.lang}`));
    const figures = desk.getByRole('region', { name: l.figures });
    await figures.waitFor();
    if (l.lang === 'en') {
      // The figures are the record's: its roles and its votes.
      const led = data.resolutions.filter((r) => r.role === 'led').length;
      assert.match(await figures.innerText(), new RegExp(`\\bLed\\s+${led}\\b`));
      assert.match(await figures.innerText(), new RegExp(`How Kazakhstan voted in ${data.votes.length} recorded votes`));
    }
    assert.ok(await inView(figures, 900), `${l.lang}: the headline figures are on the first screen`);
    const band = desk.getByRole('region', { name: l.timeline });
    assert.ok(await inView(band.getByRole('heading', { name: l.first, exact: true }), 900), `${l.lang}: the timeline band is`);
    const title = desk.getByRole('article').first().getByRole('heading', { level: 3 });
    assert.ok(await inView(title, 900), `${l.lang}: the first card’s title is (${JSON.stringify(await title.boundingBox())})`);
    // The band is wider than the screen and scrolls inside itself, never the page.
    const strip = await band.locator('ol.tl').evaluate((el) => ({ scrolls: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowX }));
    assert.deepEqual(strip, { scrolls: true, overflow: 'auto' });
    assert.equal(await desk.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await desk.context().close();
  }

  // On a phone the masthead, the band's fold, the filters and the list's head come first, one
  // under another; in Kazakh they had pushed the first card past the second screen.
  for (const l of langs) {
    const phone = await newPage(site.browser, { viewport: { width: 360, height: 800 } });
    await phone.goto(site.url + (l.lang === 'en' ? '' : `?lang=${l.lang}`));
    const top = await phone.getByRole('article').first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
    assert.ok(top < 1600, `${l.lang}: the first card starts at ${top} px`);
    await phone.context().close();
  }
});
