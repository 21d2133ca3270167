// Every claim exactly as strong as its source, as a reader sees it in the release build: what a
// source said of two texts together stays with the two, a source's word for an outcome is said
// to be its word, the editors' tags are marked, and what no source states says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, useSite } from './harness.mjs';

const site = useSite();

async function open(query = '') {
  const page = await newPage(site.browser);
  page.setDefaultTimeout(10_000);
  await page.goto(site.url + query);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const card = (page, name) => page.getByRole('article', { name });
const EDUCATION = 'Ensuring quality education for peace and tolerance for every child';
const VIOLENCE = 'Elimination of domestic violence';

test('co-sponsors named for the initiatives together are not claimed for each text', async () => {
  const page = await open();
  const education = card(page, EDUCATION);
  // The text's own co-sponsors are those its own sources name.
  const own = await education.locator('.card-cosponsors').innerText();
  assert.match(own, /more than 70/);
  assert.match(own, /United States, China and European Union/);
  for (const state of ['Russia', 'India', 'Canada', 'Switzerland']) {
    assert.doesNotMatch(own, new RegExp(state), `${state} is not said of 54/5 alone`);
  }
  // The press item's list sits under a heading that says it is about the texts together, and
  // names the other text.
  const group = education.getByRole('region', { name: 'Said of several texts together, not of this one alone' });
  const said = await group.innerText();
  assert.match(said, /All of Kazakhstan's initiatives/);
  assert.match(said, /United States, China, Russia, India, Canada, Switzerland and European Union/);
  assert.ok(await group.getByRole('link', { name: VIOLENCE }).isVisible());
  const violence = card(page, VIOLENCE);
  assert.doesNotMatch(await violence.locator('.card-cosponsors').innerText(), /Russia/);
  assert.match(await violence.getByRole('region', { name: /Said of several texts together/ }).innerText(), /Russia/);
  await page.context().close();
});

test('“unanimously” is the sources’ word, and the card and the Outcome facet say so', async () => {
  const page = await open();
  const text = await card(page, EDUCATION).innerText();
  assert.match(text, /Adopted unanimously, 11 October 2023/);
  assert.match(text, /“Unanimously” is the sources’ word: they do not say whether a vote was taken\./);
  assert.doesNotMatch(text, /without a vote, 11 October/);
  const outcome = page.getByRole('group', { name: 'Outcome' });
  const hintId = await outcome.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${hintId}`).innerText(), /“adopted without a vote”/);
  // The free-education text was reported adopted “by consensus”, and says whose word that is.
  const free = await card(page, 'The right to free education').innerText();
  assert.match(free, /Adopted by consensus, 10 July 2024/);
  assert.match(free, /“By consensus” is the source’s word/);
  await page.context().close();
});

test('the domestic-violence text is co-led by three states, and its editorial tag is marked', async () => {
  const page = await open();
  const violence = card(page, VIOLENCE);
  const text = await violence.innerText();
  assert.match(text, /Co-led/);
  assert.match(text, /Led by Kazakhstan, Kyrgyzstan and Uzbekistan/);
  assert.match(text, /global pandemic of domestic violence/);
  const themes = await violence.getByRole('list', { name: 'Themes' }).innerText();
  assert.doesNotMatch(themes, /Gender equality/);
  const tags = violence.getByRole('list', { name: 'Editors’ tags, which no source gives' });
  assert.equal((await tags.innerText()).trim(), 'Gender equality');
  // Its sources say what they say, in the editors' words.
  await violence.getByText(/^Sources \(\d+\)$/).click();
  const note = violence.locator('.citation-note').filter({ hasText: 'Kyrgyzstan' });
  assert.match(await note.innerText(), /^What it says, in the editors’ words: .*submitted by Kazakhstan, Kyrgyzstan, and Uzbekistan/);
  // The main-sponsor texts keep the press item's own words for Kazakhstan's part.
  const words = card(page, 'Technology-facilitated gender-based violence').locator('.card-role-words');
  assert.match(await words.innerText(), /^In the source’s words:/);
  assert.equal(await words.locator('q').innerText(), 'was invited to be one of the main sponsors');
  await page.context().close();
});

test('a session no source gives says so, on the card and as a filter', async () => {
  const page = await open();
  const reintegration = card(page, 'Social reintegration of former prisoners');
  assert.match(await reintegration.innerText(), /Session not stated/);
  // Two texts have no session in any source: they are found under "Session not stated".
  const option = page.getByRole('group', { name: 'Session' }).getByRole('checkbox', { name: /^Session not stated \(2\)$/ });
  await option.check();
  await page.getByRole('status').filter({ hasText: '2 of 6 resolutions' }).waitFor();
  assert.equal(new URL(page.url()).search, '?session=not_stated');
  assert.deepEqual(await page.getByRole('article').evaluateAll((els) => els.map((e) => e.id)), [
    'res-tech-facilitated-gbv',
    'res-reintegration-former-prisoners',
  ]);
  await page.context().close();
});

test('a resolution with a symbol links to its official text; the press item says where it is kept', async () => {
  const page = await open();
  const official = card(page, EDUCATION).getByRole('link', { name: 'Official text of A/HRC/RES/54/5 (undocs.org)' });
  assert.equal(await official.getAttribute('href'), 'https://undocs.org/A/HRC/RES/54/5');
  const sources = page.getByRole('region', { name: 'Sources' });
  // textContent: the footer is off screen, where the page skips laying it out.
  const item = await sources.getByRole('listitem').filter({ hasText: 'Press item on Kazakhstan' }).textContent();
  assert.match(item, /original web address is not given; the text is kept here in full/);
  await page.context().close();
});

test('the card reads correctly in Russian and Kazakh', async () => {
  for (const [lang, adopted, note, session, group] of [
    ['ru', 'Принята единогласно, 11 октября 2023 г.', '«Единогласно» — слово источников', 'Сессия не указана', 'Сказано о нескольких текстах вместе'],
    ['kk', 'Бірауыздан қабылданды, 2023 жылғы 11 қазан', '«Бірауыздан» — дереккөздердің сөзі', 'Сессиясы көрсетілмеген', 'Бірнеше мәтін туралы бірге айтылған'],
  ]) {
    const page = await open(`?lang=${lang}`);
    const text = await card(page, EDUCATION).innerText();
    assert.ok(text.includes(adopted), `${lang}: ${adopted}`);
    assert.ok(text.includes(note), `${lang}: ${note}`);
    assert.ok(text.includes(group), `${lang}: ${group}`);
    assert.ok((await card(page, 'Social reintegration of former prisoners').innerText()).includes(session), `${lang}: ${session}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
