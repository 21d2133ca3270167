// Cards, facets, search and the URL, in the release build under /hrc/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';

const total = data.resolutions.length;

const site = useSite();

async function open(query = '', options = {}) {
  const page = await newPage(site.browser, options);
  page.setDefaultTimeout(10_000);
  await page.goto(site.url + query);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const status = (page) => page.getByRole('status').filter({ hasText: 'resolution' });
const cards = (page) => page.getByRole('article');
const facet = (page, legend) => page.getByRole('group', { name: legend });
const query = (page) => new URL(page.url()).search;
// Typing reaches the URL once the browser is idle, after the cards (context.rs, go_typed).
const settledQuery = async (page, expected) => {
  await page.waitForFunction((q) => location.search === q, expected);
  return query(page);
};

test('every resolution is a card: an article with a heading, role, outcome and sources', async () => {
  const page = await open();
  assert.equal(await cards(page).count(), total);
  const card = page.getByRole('article', { name: 'Ensuring quality education for peace and tolerance for every child' });
  const text = await card.innerText();
  assert.match(text, /Led/);
  assert.match(text, /Resolution 54\/5/);
  assert.match(text, /HRC 54/);
  assert.match(text, /Adopted unanimously, 11 October 2023/);
  assert.match(text, /Led by Kazakhstan, on behalf of the Central Asian countries/);
  assert.match(text, /more than 70/);
  // Only cards are articles.
  assert.equal(await page.locator('article').count(), total);
  await card.getByText(/^Sources \(\d+\)$/).click();
  await card.getByRole('blockquote').first().waitFor();
  assert.match(await card.getByRole('blockquote').first().innerText(), /children's rights in education/);
  await page.context().close();
});

test('a checkbox filters, counts, and adds a history entry; back and forward work', async () => {
  const page = await open();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  const education = facet(page, 'Theme').getByRole('checkbox', { name: /^Education \(2\)$/ });
  await education.check();
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  assert.equal(query(page), '?theme=Education');
  assert.equal(await cards(page).count(), 2);
  // Counts reflect the other filters: within Education, one resolution was led.
  await facet(page, 'Role').getByRole('checkbox', { name: /^Led \(1\)$/ }).waitFor();
  await page.goBack();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  assert.equal(await education.isChecked(), false);
  await page.goForward();
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  assert.equal(await education.isChecked(), true);
  await page.context().close();
});

test('options with no results stay visible but disabled', async () => {
  const page = await open('?role=led');
  const justice = facet(page, 'Theme').getByRole('checkbox', { name: /^Justice \(0\)$/ });
  assert.equal(await justice.isDisabled(), true);
  const children = facet(page, 'Theme').getByRole('checkbox', { name: /^Children \(1\)$/ });
  assert.equal(await children.isDisabled(), false);
  await page.context().close();
});

test('reloading restores the view from the URL', async () => {
  const page = await open('?q=free&theme=Education');
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), 'free');
  assert.equal(await facet(page, 'Theme').getByRole('checkbox', { name: /^Education/ }).isChecked(), true);
  await page.reload();
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  await page.getByRole('article', { name: 'The right to free education' }).waitFor();
  await page.context().close();
});

test('typing searches, replaces the history entry, and highlights matches', async () => {
  const page = await open();
  const before = await page.evaluate(() => history.length);
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.pressSequentially('Perpetrators ACCOUNT', { delay: 20 });
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  assert.equal(await settledQuery(page, '?q=Perpetrators%20ACCOUNT'), '?q=Perpetrators%20ACCOUNT');
  assert.equal(await page.evaluate(() => history.length), before);
  const card = page.getByRole('article', { name: 'Elimination of domestic violence' });
  // Marked up once typing pauses (painted over the text until then: see the next test).
  await card.locator('.card-summary mark').first().waitFor();
  const marks = await card.locator('.card-summary mark').allInnerTexts();
  assert.deepEqual(marks, ['perpetrators', 'account']);
  // The facet counts follow the search once typing settles: the one match was co-led.
  await facet(page, 'Role').getByRole('checkbox', { name: /^Co-led \(1\)$/ }).waitFor();
  // Quotes are searched too: "domestic violence" is also quoted on the education card.
  await box.fill('domestic violence');
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  await page.context().close();
});

test('a card found only in a folded quote says so, opens its sources with the words marked, and comes after title matches', async () => {
  const page = await open('?q=domestic%20violence');
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  const titles = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();
  assert.deepEqual(titles, ['Elimination of domestic violence', 'Ensuring quality education for peace and tolerance for every child']);
  const quoted = page.getByRole('article', { name: 'Ensuring quality education for peace and tolerance for every child' });
  await quoted.getByText('Some of the words searched for are only in the quotes from its sources: they are opened below, with the words marked.').waitFor();
  // Its sources are open, and the words are marked inside a quote.
  await quoted.getByRole('blockquote').locator('mark').first().waitFor();
  const marked = (await quoted.getByRole('blockquote').locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
  assert.ok(marked.includes('domestic') && marked.includes('violence'), marked.join(' '));
  // The card found by its title needs no such note.
  const titled = page.getByRole('article', { name: 'Elimination of domestic violence' });
  assert.equal(await titled.getByText(/only in the quotes from its sources/).count(), 0);
  await page.context().close();
});

test('a keystroke filters the cards before the URL is written, and the URL follows once idle', async () => {
  const page = await open('?theme=Education');
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  const before = await page.evaluate(() => history.length);
  const seen = await page.evaluate(async () => {
    const box = document.querySelector('input[type=search]');
    box.value = 'tolerance';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    // Reactive updates run as microtasks: by the next task the cards are drawn.
    await new Promise((r) => setTimeout(r, 0));
    const drawn = { search: location.search, cards: document.querySelectorAll('article').length };
    await new Promise((r) => requestIdleCallback(r));
    await new Promise((r) => requestIdleCallback(r));
    return { drawn, idle: location.search };
  });
  assert.deepEqual(seen.drawn, { search: '?theme=Education', cards: 1 });
  assert.equal(seen.idle, '?q=tolerance&theme=Education');
  assert.equal(await page.evaluate(() => history.length), before, 'typing adds no history entry');
  // The written URL is the view: a reload shows the same card.
  await page.reload();
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), 'tolerance');
  await page.context().close();
});

test('while typing, matches are painted over the text; once typing pauses or the box is left they are marked up', async () => {
  const page = await open();
  await status(page).filter({ hasText: `${total} resolutions` }).waitFor();
  const seen = await page.evaluate(async () => {
    const box = document.querySelector('input[type=search]');
    const look = () => {
      const summary = [...document.querySelectorAll('article')]
        .find((a) => a.querySelector('h3')?.textContent.includes('Elimination of domestic violence'))
        ?.querySelector('.card-summary');
      return {
        marks: [...summary.querySelectorAll('mark')].map((m) => m.textContent),
        painted: [...(CSS.highlights.get('search') ?? [])]
          .filter((r) => summary.contains(r.startContainer))
          .map((r) => r.toString()),
        // Every range on the page, so one left behind by any text shows.
        all: CSS.highlights.get('search')?.size,
      };
    };
    for (const q of ['perp', 'perpetrators']) {
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Reactive updates and the painting run as microtasks: by the next task they are done.
    await new Promise((r) => setTimeout(r, 0));
    const typing = look();
    // Typing pauses for a second (context.rs, PAUSE): the marks come back.
    await new Promise((r) => setTimeout(r, 1500));
    const paused = look();
    // Leaving the box brings them back at once, for whoever moves on to read.
    box.focus();
    box.value = 'accountable';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const typingAgain = look();
    box.blur();
    await new Promise((r) => setTimeout(r, 0));
    return { typing, paused, typingAgain, left: look() };
  });
  assert.deepEqual(seen.typing, { marks: [], painted: ['perpetrators'], all: 1 });
  assert.deepEqual(seen.paused, { marks: ['perpetrators'], painted: [], all: 0 });
  assert.deepEqual(seen.typingAgain, { marks: [], painted: ['accountable'], all: 1 });
  assert.deepEqual(seen.left, { marks: ['accountable'], painted: [], all: 0 });
  await page.context().close();
});

test('matches painted while typing cover the right letters after accents and characters beyond 16 bits', async () => {
  const page = await newPage(site.browser);
  const edited = structuredClone(data);
  // The DOM counts UTF-16 units: 𝄞 is two of them, ü one, Қ one.
  edited.resolutions[0].summary = '𝄞 Report by Volker Türk; 𝄞𝄞 Қазақстан, TURK';
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
  );
  await page.goto(site.url);
  await status(page).filter({ hasText: `${total} resolutions` }).waitFor();
  const painted = await page.evaluate(async () => {
    const box = document.querySelector('input[type=search]');
    box.value = 'turk қазақ';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    return [...CSS.highlights.get('search')].map((r) => r.toString());
  });
  assert.deepEqual(painted, ['Türk', 'Қазақ', 'TURK']);
  await page.context().close();
});

test('a checkbox ticked right after typing keeps the search, and Back returns to it', async () => {
  const page = await open();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  const box = page.getByRole('searchbox', { name: /Search/ });
  // Typed and ticked in one task, before the browser is idle: the URL has not caught up with
  // the box when the checkbox is clicked.
  const url = await page.evaluate(() => {
    const input = document.querySelector('input[type=search]');
    input.value = 'education';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const before = location.search;
    [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.labels[0].textContent.startsWith('Led')).click();
    return before;
  });
  assert.equal(url, '', 'the URL had not caught up when the box was ticked');
  assert.equal(await settledQuery(page, '?q=education&role=led'), '?q=education&role=led');
  assert.equal(await box.inputValue(), 'education');
  // The search was written into the entry the checkbox left, so Back shows it.
  await page.goBack();
  assert.equal(await settledQuery(page, '?q=education'), '?q=education');
  assert.equal(await box.inputValue(), 'education');
  await page.context().close();
});

test('search ignores accents and case, for Latin and Cyrillic text', async () => {
  const page = await newPage(site.browser);
  const edited = structuredClone(data);
  edited.resolutions[0].summary = 'Report by Volker Türk; Ёлка in Қазақстан';
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
  );
  await page.goto(site.url + '?q=TURK');
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  assert.equal(await page.getByRole('article').locator('mark').first().innerText(), 'Türk');
  await page.goto(site.url + '?q=' + encodeURIComponent('елка қазақстан'));
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  await page.context().close();
});

test('an empty result explains itself and offers to clear the filters', async () => {
  const page = await open('?q=zebra&role=led');
  await status(page).filter({ hasText: `0 of ${total} resolutions` }).waitFor();
  await page.getByText(/No resolution matches these filters/).waitFor();
  await page.getByRole('button', { name: 'Show all resolutions' }).click();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  assert.equal(query(page), '');
  await page.context().close();
});

test('"Clear all filters" clears search and facets', async () => {
  const page = await open('?q=education&session=54');
  await status(page).filter({ hasText: `1 of ${total} resolutions` }).waitFor();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: /Search/ }).inputValue(), '');
  await page.context().close();
});

test('unknown or malformed parameters are ignored', async () => {
  const page = await open('?session=abc&role=boss&theme=Nothing&utm_source=x&q=%E2%82');
  // An undecodable search holds no word, so it narrows nothing, and nothing breaks.
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.goto(site.url + '?session=abc&role=boss&theme=Nothing');
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  await page.context().close();
});

test('opening #id scrolls to the card, highlights and focuses it', async () => {
  const id = data.resolutions[5].id;
  const page = await open('#' + id, { viewport: { width: 1280, height: 700 } });
  const card = page.getByRole('article', { name: data.resolutions[5].title });
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  assert.match(await card.getAttribute('class'), /is-target/);
  // Scrolling may be smooth: wait until the card's top has arrived in the viewport.
  await page.waitForFunction((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight / 2;
  }, id);
  await page.context().close();
});

test('a quote opens in its source text, highlighted, with a way back', async () => {
  const page = await open('?theme=Education');
  const card = page.getByRole('article', { name: 'Ensuring quality education for peace and tolerance for every child' });
  await card.getByText(/^Sources \(\d+\)$/).click();
  // By keyboard: the focus goes on from the quote, not from the top of the page.
  await card.getByRole('link', { name: 'Show in the source text' }).first().focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: /Press item on Kazakhstan/ }).waitFor();
  const mark = page.locator('mark#quote');
  assert.equal(await mark.innerText(), data.resolutions[0].citations[0].quote);
  await page.waitForFunction(() => document.activeElement?.id === 'quote');
  await page.getByRole('link', { name: /Back to the record/ }).click();
  await card.waitFor();
  assert.match(query(page), /^\?theme=Education/);
  await page.context().close();
});

test('no horizontal scrolling at 360 px, and keyboard focus is visible', async () => {
  const page = await open('', { viewport: { width: 360, height: 780 } });
  await cards(page).first().waitFor();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  // The search hint shows under the box while it has focus, and describes it all along.
  const hint = page.getByText('Titles, summaries, states, themes and quotes. Accents and case do not matter.');
  const search = page.getByRole('searchbox', { name: 'Search resolutions' });
  assert.equal(await search.getAttribute('aria-describedby'), await hint.getAttribute('id'));
  assert.equal(await hint.isVisible(), false);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the resolutions');
  // Tab reaches the search box, and every stop on the way shows its focus.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => ({
      type: document.activeElement.getAttribute('type'),
      outline: getComputedStyle(document.activeElement).outlineStyle,
    }));
    assert.notEqual(here.outline, 'none');
    if (here.type === 'search') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('type')), 'search');
  assert.ok(await hint.isVisible());
  assert.ok((await hint.boundingBox()).y >= (await search.boundingBox()).y + (await search.boundingBox()).height, 'the hint is under the box');
  // Unfolded, the facets and a card's sources still fit.
  await page.getByText(/^Theme, session, role, outcome, lead state/).click();
  await cards(page).first().getByText(/^Sources \(\d+\)$/).click();
  await cards(page).first().getByRole('blockquote').first().waitFor();
  assert.equal(await overflow(), 0);
  await page.context().close();
});

test('the page has no duplicate ids', async () => {
  const page = await open();
  await cards(page).first().waitFor();
  const dupes = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(dupes, []);
  await page.context().close();
});

test('the skip link keeps the filters', async () => {
  const page = await open('?theme=Education');
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(query(page), '?theme=Education');
  await status(page).filter({ hasText: `2 of ${total} resolutions` }).waitFor();
  await page.context().close();
});

test('the data file link opens the file, not a view of the app', async () => {
  const page = await open();
  const link = page.getByRole('link', { name: 'the data (JSON)' });
  const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().endsWith('.json')), link.click()]);
  await page.waitForURL(/kazakhstan-hrc-2022-2024\.json$/);
  assert.equal(response.status(), 200);
  assert.match(await page.content(), /"format": 1/);
  await page.context().close();
});

test('every record in the data has exactly one target on the page', async () => {
  const page = await open('', { viewport: { width: 1280, height: 900 } });
  await cards(page).first().waitFor();
  const ids = ['resolutions', 'events', 'reforms', 'partners', 'notes'].flatMap((k) => data[k].map((r) => r.id));
  const counts = await page.evaluate((ids) => ids.map((id) => [id, document.querySelectorAll(`[id="${id}"]`).length]), ids);
  assert.deepEqual(counts.filter(([, n]) => n !== 1), []);
  await page.context().close();
});

test('focus stays on the results after "Show all resolutions"', async () => {
  const page = await open('?q=zebra');
  await page.getByRole('button', { name: 'Show all resolutions' }).click();
  await status(page).filter({ hasText: `All ${total} resolutions` }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await page.context().close();
});

test('when the results change, the first cards draw at once and the rest of the page once idle', async () => {
  const page = await newPage(site.browser);
  const many = structuredClone(data);
  for (let i = 0; i < 24; i++) {
    const word = i < 12 ? 'alpha' : 'omega';
    many.resolutions.push({ ...structuredClone(data.resolutions[2]), id: `res-extra-${i}`, title: `Extra ${word} ${i}` });
  }
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(many) }));
  await page.goto(site.url);
  await status(page).filter({ hasText: `All ${many.resolutions.length} resolutions` }).waitFor();
  assert.equal(await cards(page).count(), 10, 'a first load draws the whole page');
  const seen = await page.evaluate(async () => {
    const titles = () => [...document.querySelectorAll('article h3')].map((h) => h.textContent.trim());
    const box = document.querySelector('input[type=search]');
    box.value = 'omega';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const first = titles();
    await new Promise((r) => requestIdleCallback(r));
    await new Promise((r) => requestIdleCallback(r));
    return { first, idle: titles() };
  });
  // None of the ten omega cards was drawn before: the first three draw with the keystroke.
  assert.deepEqual(seen.first, ['Extra omega 12', 'Extra omega 13', 'Extra omega 14']);
  assert.deepEqual(seen.idle, Array.from({ length: 10 }, (_, i) => `Extra omega ${12 + i}`));
  await status(page).filter({ hasText: `12 of ${many.resolutions.length} resolutions` }).waitFor();
  await page.context().close();
});

test('cards mount a page at a time; a deep link mounts its card, and "Show more" goes on from there', async () => {
  const page = await newPage(site.browser);
  const many = structuredClone(data);
  for (let i = 0; i < 24; i++) {
    many.resolutions.push({ ...structuredClone(data.resolutions[2]), id: `res-extra-${i}`, title: `Extra resolution ${i}` });
  }
  const n = many.resolutions.length;
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(many) }));
  await page.goto(site.url);
  await status(page).filter({ hasText: `All ${n} resolutions` }).waitFor();
  assert.equal(await cards(page).count(), 10);
  await page.goto(site.url + '#res-extra-14');
  await page.waitForFunction(() => document.activeElement?.id === 'res-extra-14');
  const mounted = await cards(page).count();
  assert.equal(mounted, 6 + 15, 'every card up to the linked one');
  await page.getByRole('button', { name: /^Show \d+ more/ }).click();
  await page.waitForFunction((m) => document.querySelectorAll('article').length > m, mounted);
  assert.equal(await cards(page).count(), Math.min(n, mounted + 10));
  await page.context().close();
});
