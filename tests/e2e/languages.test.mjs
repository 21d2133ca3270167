// Interface languages (English, Russian, Kazakh) on the release build: the Language menu, the
// choice in the URL and remembered, <html lang>, words, plurals and dates in each language, the
// build's copy of the record before the app runs (each copy against the app: prerender.test.mjs).
// (axe checks each language with the other states, in
// a11y.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';

const site = useSite();

const menu = (page) => page.getByRole('combobox', { name: /Language/ });
/** The record's title in `lang`: the editors' translation where the record gives one. */
const titleIn = (lang) => data.translations?.find((t) => t.lang === lang)?.title ?? data.profile.title;
const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

test('the Language menu turns the page Russian, keeps the view, and keeps focus', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url + '?theme=Education#res-education-peace-tolerance');
  await page.getByRole('heading', { level: 2, name: 'Resolutions', exact: true }).waitFor();
  assert.equal(await htmlLang(page), 'en');
  // In English the record's text needs no mark of its own.
  assert.equal(await page.getByRole('heading', { level: 1 }).getAttribute('lang'), null);
  await menu(page).selectOption('ru');
  await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
  assert.equal(await htmlLang(page), 'ru');
  // The filter, the card in the fragment and the language are all in the URL.
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('lang'), 'ru');
  assert.equal(url.searchParams.get('theme'), 'Education');
  assert.equal(url.hash, '#res-education-peace-tolerance');
  assert.equal(await page.getByRole('status').filter({ hasText: 'резолюц' }).innerText(), '2 из 6 резолюций');
  // The page was drawn again; the reader is still on the menu, now labelled in Russian too.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  assert.equal(await menu(page).inputValue(), 'ru');
  await page.getByRole('combobox', { name: 'Язык (Language)' }).waitFor();
  // Words, dates and the Council's terms in Russian.
  await page.getByLabel('Поиск по резолюциям').waitFor();
  const card = page.getByRole('article', { name: data.resolutions[0].title });
  await card.getByText('Принята единогласно, 11 октября 2023 г.').waitFor();
  await card.getByText('Инициатор', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Сбросить все фильтры' }).waitFor();
  // The title is the editors' Russian; the record's own texts (a card's title) stay English and
  // say so, so a screen reader reads each in its own language.
  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal(await h1.innerText(), titleIn('ru'));
  assert.equal(await h1.getAttribute('lang'), null);
  assert.equal(await card.getByRole('heading', { level: 3 }).getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).getAttribute('lang'), null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a language chosen right after typing keeps the typed search', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await page.getByRole('heading', { level: 2, name: 'Resolutions', exact: true }).waitFor();
  // Typed and switched in one task, before the browser is idle: the search is not in the URL
  // yet when the menu changes (context.rs, go_typed), and the menu writes it first.
  const before = await page.evaluate(() => {
    const box = document.querySelector('input[type=search]');
    box.value = 'tolerance';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const search = location.search;
    const select = document.getElementById('language');
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return search;
  });
  assert.equal(before, '');
  await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('lang'), 'ru');
  assert.equal(url.searchParams.get('q'), 'tolerance');
  assert.equal(await page.getByLabel('Поиск по резолюциям').inputValue(), 'tolerance');
  await page.context().close();
});

test('Kazakh words, dates and counts, and filter links that keep the language', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url + '?lang=kk');
  await page.getByRole('heading', { level: 2, name: 'Қарарлар', exact: true }).waitFor();
  assert.equal(await htmlLang(page), 'kk');
  assert.equal(await page.getByRole('status').filter({ hasText: 'қарар' }).innerText(), 'Барлығы 6 қарар');
  await page.getByText('Бірауыздан қабылданды, 2023 жылғы 11 қазан').waitFor();
  await page.getByRole('heading', { level: 3, name: 'АҚК 54-сессиясы' }).waitFor();
  // A checkbox labelled in Kazakh; choosing it keeps ?lang=kk.
  await page.getByRole('checkbox', { name: /Негізгі автор/ }).check();
  await page.waitForURL(/role=main_sponsor/);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'kk');
  assert.equal(await page.getByRole('status').filter({ hasText: 'қарар' }).innerText(), 'Көрсетілгені 4, барлығы 6 қарар');
  await page.getByRole('button', { name: 'Барлық сүзгіні тазарту' }).click();
  await page.waitForURL((u) => !u.searchParams.has('role'));
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'kk');
  assert.equal(await htmlLang(page), 'kk');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the choice is remembered for the next visit, and a fresh browser follows its own languages', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await menu(page).selectOption('kk');
  await page.getByRole('heading', { level: 2, name: 'Қарарлар', exact: true }).waitFor();
  // A later visit without ?lang= opens in the remembered language, from the first paint.
  await page.goto(site.url);
  await page.getByRole('heading', { level: 2, name: 'Қарарлар', exact: true }).waitFor();
  assert.equal(await htmlLang(page), 'kk');
  assert.equal(await menu(page).inputValue(), 'kk');
  await page.context().close();

  // Nothing remembered: a browser set to Russian gets Russian, and an unknown ?lang= is ignored.
  const russian = await newPage(site.browser, { locale: 'ru-RU' });
  await russian.goto(site.url + '?lang=xx');
  await russian.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
  assert.equal(await htmlLang(russian), 'ru');
  await russian.context().close();

  const english = await newPage(site.browser, { locale: 'de-DE' });
  await english.goto(site.url);
  await english.getByRole('heading', { level: 2, name: 'Resolutions', exact: true }).waitFor();
  assert.equal(await htmlLang(english), 'en');
  await english.context().close();
});

test('the menu works by keyboard alone', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await page.getByRole('heading', { level: 2, name: 'Resolutions', exact: true }).waitFor();
  const entries = await page.evaluate(() => history.length);
  // Skip link, then the menu.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { level: 2, name: 'Резолюции', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  // Arrowing on to the next option changes the language again, in place: the language is a
  // preference, so no history entry is left per option passed.
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { level: 2, name: 'Қарарлар', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.context().close();
});

test('switching language on a quote in its source keeps the reader on the menu and fetches nothing again', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 700 } });
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/sources/')) fetched.push(r.url()); });
  await page.goto(`${site.url}?source=mfa-kz-2024-12&quote=${encodeURIComponent('Volker Türk')}&from=res-education-peace-tolerance#quote`);
  await page.locator('mark#quote').waitFor();
  assert.equal(fetched.length, 1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await menu(page).selectOption('ru');
  await page.getByRole('link', { name: '← Вернуться к обзору' }).waitFor();
  await page.locator('mark#quote').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language');
  const box = await menu(page).boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, `the menu is off screen at ${box.y}`);
  assert.equal(fetched.length, 1, fetched.join(', '));
  await page.context().close();
});

test('the build\'s copy and the app pick the same language from storage, the browser and odd URLs', async () => {
  const cases = [
    ['a remembered choice', { storage: 'kk' }, '', 'kk'],
    ['a browser set to Russian', { locale: 'ru-RU' }, '', 'ru'],
    ['an unknown language first, then Russian', {}, '?lang=de&lang=ru', 'ru'],
    ['an encoded value', {}, '?lang=r%75', 'ru'],
    ['a value with spaces and a region', {}, '?lang=%20KK-kz', 'kk'],
  ];
  for (const [name, { storage, locale }, query, expected] of cases) {
    const options = locale ? { locale } : {};
    const prime = (page) => storage && page.addInitScript((l) => localStorage.setItem('hrc-lang', l), storage);
    const boot = await newPage(site.browser, { ...options, copy: true });
    await prime(boot);
    await boot.route('**/*.wasm', (route) => route.abort());
    await boot.goto(site.url + query);
    await boot.getByText(titleIn(expected), { exact: true }).waitFor();
    assert.equal(await htmlLang(boot), expected, `the copy, ${name}`);
    const eyebrow = await boot.locator('.eyebrow').innerText();
    await boot.context().close();

    const app = await newPage(site.browser, options);
    await prime(app);
    await app.goto(site.url + query);
    await app.getByRole('heading', { level: 1, name: titleIn(expected) }).waitFor();
    assert.equal(await htmlLang(app), expected, `app, ${name}`);
    assert.equal(eyebrow, await app.locator('.eyebrow').innerText(), name);
    await app.context().close();
  }
});

// What each language says of what stays English (under the source line) and of what is
// translated (under the sources).
const notes = {
  ru: { short: 'Названия документов, краткие изложения и цитаты — на английском, как в источниках.', full: /^Заголовок, введение, темы .* переведены редакцией записи/ },
  kk: { short: 'Құжат атаулары, қысқаша мазмұны мен дәйексөздер дереккөздердегідей ағылшын тілінде.', full: /^Атауы, кіріспесі, тақырыптар.* жазба редакторларының аудармасы/ },
};

test('in Russian and Kazakh the record\'s title, introduction, themes and state names read in Cyrillic, and the page says what stays English', async () => {
  const cyrillic = /^[\p{Script=Cyrillic}\p{P}\p{Zs}\d–—]+$/u;
  for (const lang of ['ru', 'kk']) {
    const t = data.translations.find((x) => x.lang === lang);
    const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}?lang=${lang}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    assert.equal(await h1.innerText(), t.title);
    assert.match(t.title, cyrillic);
    await page.locator('.lede').filter({ hasText: t.description }).waitFor();
    assert.equal(await page.title(), t.title, `${lang}: the document's title`);
    // Said near the top: what stays English; and under the sources: what is translated, by whom.
    const note = page.getByRole('banner').getByText(notes[lang].short, { exact: true });
    assert.ok(await note.isVisible(), `${lang}: the note under the source line`);
    const full = page.getByRole('contentinfo').getByText(notes[lang].full);
    await full.scrollIntoViewIfNeeded();
    assert.ok(await full.isVisible(), `${lang}: the note under the sources`);
    assert.match(await full.textContent(), /CLDR/);
    assert.equal(await page.getByText(/CLDR/).count(), 1, `${lang}: said once`);
    await page.evaluate(() => scrollTo(0, 0));
    // A card's themes and its lead states, in Cyrillic, with no English mark.
    const r = data.resolutions.find((x) => x.id === 'res-domestic-violence');
    const card = page.getByRole('article', { name: r.title });
    const tags = await card.getByRole('list', { name: lang === 'ru' ? 'Темы' : 'Тақырыптар', exact: true }).getByRole('listitem').allInnerTexts();
    assert.deepEqual(tags, r.themes.map((th) => t.themes[th]));
    for (const tag of tags) assert.match(tag, cyrillic, `${lang}: ${tag}`);
    const places = Object.fromEntries(data.places.map((p) => [p.names.en, p.names[lang]]));
    const leads = await card.locator('.card-leads').innerText();
    for (const name of r.leads) {
      assert.ok(leads.includes(places[name]), `${lang}: ${places[name]} in ${leads}`);
      assert.ok(!leads.includes(name), `${lang}: no English ${name} in ${leads}`);
    }
    // On whose behalf 54/5 was presented, in the editors' words for the grouping.
    const first = data.resolutions.find((x) => x.id === 'res-education-peace-tolerance');
    const onBehalf = await page.getByRole('article', { name: first.title }).locator('.card-leads').innerText();
    assert.ok(onBehalf.includes(t.names[first.on_behalf_of]), `${lang}: ${onBehalf}`);
    // The theme facet too, while the URL keeps the record's English value.
    const facet = page.getByRole('group', { name: lang === 'ru' ? 'Тема' : 'Тақырып', exact: true });
    await facet.getByRole('checkbox', { name: new RegExp(`^${t.themes.Children}`) }).check();
    await page.waitForURL((u) => u.searchParams.get('theme') === 'Children');
    // The partners, by the editors' translation.
    for (const p of data.partners) await page.getByText(t.names[p.name], { exact: true }).first().waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('on a phone too, what stays English is said under the source line in a sentence, in the copy and in the app alike; in English neither note shows', async () => {
  const english = await newPage(site.browser, { viewport: { width: 360, height: 800 } });
  await english.goto(site.url);
  await english.getByRole('contentinfo').getByRole('heading', { name: 'Sources' }).waitFor();
  assert.equal(await english.getByText(/CLDR|sources give them/).count(), 0);
  await english.context().close();
  for (const lang of ['ru', 'kk']) {
    for (const copy of [true, false]) {
      const page = await newPage(site.browser, { copy, viewport: { width: 360, height: 800 } });
      // The copy stays: the app never arrives.
      if (copy) await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(`${site.url}?lang=${lang}`);
      const note = page.getByRole('banner').getByText(notes[lang].short, { exact: true });
      await note.waitFor();
      // Three lines at most: the full note, five lines in Kazakh, had pushed the first card
      // past the second screen.
      const { height } = await note.boundingBox();
      const line = await note.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      assert.ok(height <= 3 * line + 1, `${lang}, ${copy ? 'copy' : 'app'}: ${height} px for a ${line} px line`);
      await page.context().close();
    }
  }
});
