// The recorded votes view (`?view=votes`) against the raw voting records: every figure the page
// shows is computed here from data/hrc-votes/*.csv by tests/e2e/raw-votes.mjs, never read from
// the record's `votes` section or from the app's code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newPage, useSite } from './harness.mjs';
import { audit } from './axe-states.mjs';
import { parse } from 'csv-parse/sync';
import { KAZ_TERM, alignment, cardId, castOf, casts, differ, outcome, stateName, tally } from './raw-votes.mjs';

const STATE = 'KAZ';
const NAME = stateName(STATE);
const votes = KAZ_TERM;
const total = votes.length;
const bySymbol = (symbol) => votes.find((v) => v.symbol === symbol);

const site = useSite();

async function open(query = '', options = {}) {
  const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, ...options });
  page.setDefaultTimeout(10_000);
  await page.goto(site.url + query);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const status = (page) => page.getByRole('status').filter({ hasText: 'recorded vote' });
const facet = (page, legend) => page.getByRole('group', { name: legend, exact: true });
const params = (page) => new URL(page.url()).searchParams;
const alignTable = (page) => page.getByRole('table', { name: /states? that voted beside/ });
/** Whether `locator` holds the keyboard focus now. */
const focused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** How the page words a state's vote (i18n/en.rs `voted`). */
const VOTED = { yes: 'voted in favour', no: 'voted against', abstain: 'abstained', nv: 'was present and did not vote' };
const voted = (v, code) => VOTED[v.ballots[code]] ?? 'no vote recorded';
/** The words of the tally's legend and of the member list's groups, in page order. */
const BALLOT_WORDS = [['yes', 'In favour'], ['no', 'Against'], ['abstain', 'Abstentions'], ['nv', 'Present, not voting']];
const KIND = { resolution: 'Resolution', decision: 'Decision', draft: 'Draft', amendment: 'Amendment' };
const RESULT = { adopted: 'Adopted', rejected: 'Rejected', not_recorded: 'Result not recorded' };
/** Code-point order, as the app sorts names (Rust's string order). */
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

test(`the "${NAME}’s vote" facet counts each way ${NAME} voted, as the raw records give them, and narrows the list`, async () => {
  const expected = casts(votes, STATE);
  assert.equal(expected.yes + expected.no + expected.abstain + expected.none, total);
  const page = await open('?view=votes');
  await status(page).filter({ hasText: `All ${total} recorded votes` }).waitFor();
  // The legend names the state followed, with a typographic apostrophe (i18n legend_cast).
  const group = facet(page, `${NAME}’s vote`);
  const labels = { yes: 'Yes', no: 'No', abstain: 'Abstained', none: 'Did not vote or none recorded' };
  for (const [value, label] of Object.entries(labels)) {
    await group.getByRole('checkbox', { name: `${label} (${expected[value]})`, exact: true }).waitFor();
  }
  assert.equal(await group.getByRole('checkbox').count(), 4);

  // The summary table says the same, split by what the votes were on.
  const adopted = casts(votes.filter((v) => v.kind === 'resolution' || v.kind === 'decision'), STATE);
  const drafts = casts(votes.filter((v) => v.kind === 'draft' || v.kind === 'amendment'), STATE);
  const summary = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Did not vote or none recorded' }) });
  const cells = async (row) =>
    (await summary.getByRole('row', { name: new RegExp(`^${row}\\b`) }).getByRole('cell').allInnerTexts()).map(Number);
  const four = (n) => [n.yes, n.no, n.abstain, n.none, n.yes + n.no + n.abstain + n.none];
  assert.deepEqual(await cells('On resolutions and decisions'), four(adopted));
  assert.deepEqual(await cells('On drafts and amendments'), four(drafts));
  assert.deepEqual(await cells('Total'), four(expected));
  await page.getByRole('heading', { name: `How ${NAME} voted` }).waitFor();

  // Choosing "No" keeps exactly the votes the state voted against, and says how many.
  const against = votes.filter((v) => castOf(v, STATE) === 'no');
  await group.getByRole('checkbox', { name: `No (${expected.no})`, exact: true }).check();
  await status(page).filter({ hasText: `${against.length} of ${total} recorded votes` }).waitFor();
  assert.deepEqual(params(page).getAll('vote'), ['no']);
  // Cards mount a page at a time: unfold them all.
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  while (await more.count()) await more.click();
  const cards = page.getByRole('article');
  await cards.nth(against.length - 1).waitFor();
  assert.equal(await cards.count(), against.length);
  assert.deepEqual(
    await cards.getByRole('heading', { level: 3 }).allInnerTexts(),
    against.map((v) => v.title),
  );
  for (const text of await cards.allInnerTexts()) assert.match(text, new RegExp(`${NAME}: voted against`));
  // The other options count within the Noes: the counts of this facet stay what each would show.
  await group.getByRole('checkbox', { name: `Yes (${expected.yes})`, exact: true }).waitFor();
  await page.context().close();
});

test('a card shows its tally and, unfolded, every member’s vote by name, as the raw record gives them', async () => {
  // A vote with all four kinds of ballot, Kazakhstan's marked in the tally.
  const v = bySymbol('A/HRC/RES/49/27');
  const t = tally(v);
  assert.ok(t.yes && t.no && t.abstain && t.nv, 'the vote chosen has every kind of ballot');
  const page = await open(`?view=votes#${cardId(v.symbol)}`);
  const card = page.getByRole('article', { name: v.title, exact: true });
  await card.waitFor();
  // The fragment's card is mounted however far down the list it is, and taken to.
  await page.waitForFunction((id) => document.activeElement?.id === id, cardId(v.symbol));
  assert.match(await card.innerText(), new RegExp(`${NAME}: ${voted(v, STATE)}`));
  assert.match(await card.innerText(), /Resolution\s+49\/27\s+HRC 49/);
  const legend = card.getByRole('list', { name: 'Tally' }).getByRole('listitem');
  assert.deepEqual(
    await legend.allInnerTexts(),
    BALLOT_WORDS.map(([b, word]) => `${word} ${t[b]}${v.ballots[STATE] === b ? ` ▲ ${NAME}` : ''}`),
  );

  // The <summary> of a <details> has no ARIA role Playwright can query: found by its text.
  const members = Object.keys(v.ballots).length;
  await card.getByText(`Every member’s vote (${members})`, { exact: true }).click();
  const terms = card.getByRole('term');
  await terms.first().waitFor();
  const groups = BALLOT_WORDS.filter(([b]) => t[b] > 0);
  assert.deepEqual(await terms.allInnerTexts(), groups.map(([b, word]) => `${word} (${t[b]})`));
  const names = (b) =>
    Object.entries(v.ballots)
      .filter(([, x]) => x === b)
      .map(([code]) => stateName(code))
      .sort(byCodePoint)
      .join(', ');
  assert.deepEqual(await card.getByRole('definition').allInnerTexts(), groups.map(([b]) => names(b)));
  // A few names as CLDR gives them in English, in the group the raw record puts them in.
  const group = (word) => card.getByRole('definition').nth(groups.findIndex(([, w]) => w === word));
  const wordOf = (code) => BALLOT_WORDS.find(([b]) => b === v.ballots[code])[1];
  for (const [code, name] of [['RUS', 'Russia'], ['USA', 'United States'], ['GBR', 'United Kingdom']]) {
    assert.ok((await group(wordOf(code)).innerText()).split(', ').includes(name), `${name} under ${wordOf(code)}`);
  }

  // An amendment the source files under RES (A/HRC/RES/56/L.35) is the amendment 56/L.35.
  const odd = votes.find((x) => x.raw === 'A/HRC/RES/56/L.35');
  assert.equal(odd.symbol, 'A/HRC/56/L.35');
  await page.goto(`${site.url}?view=votes#${cardId(odd.symbol)}`);
  const oddCard = page.getByRole('article', { name: odd.title }).filter({ hasText: '56/L.35' });
  await oddCard.waitFor();
  const text = await oddCard.innerText();
  assert.match(text, new RegExp(`${KIND[odd.kind]}\\s+56/L\\.35\\s+HRC 56`));
  assert.doesNotMatch(text, /RES\/56\/L\.35(?!”)/, 'the raw form appears only where the page quotes the source');
  assert.match(text, /The source records its symbol as “A\/HRC\/RES\/56\/L\.35”\./);
  // An amendment's result is worked out from the tally, and the card says so.
  assert.match(text, new RegExp(`^${RESULT[outcome(odd)]} by the recorded tally, 11 July 2024$`, 'm'));
  const oddTally = tally(odd);
  assert.deepEqual(
    (await oddCard.getByRole('list', { name: 'Tally' }).getByRole('listitem').allInnerTexts()).map((s) => s.replace(/ ▲.*/, '')),
    BALLOT_WORDS.filter(([b]) => b !== 'nv' || oddTally.nv > 0).map(([b, w]) => `${w} ${oddTally[b]}`),
  );
  await page.context().close();
});

/** The alignment table's rows as the page shows them: [state, shared, votes only, index]. */
async function tableRows(page) {
  const rows = alignTable(page).getByRole('row');
  await rows.nth(1).waitFor();
  const n = await rows.count();
  const out = [];
  for (let i = 1; i < n; i++) {
    const row = rows.nth(i);
    // A figure's cell holds its bar (an SVG hidden from assistive technology) and the figure.
    const cells = (await row.getByRole('cell').allInnerTexts()).slice(0, 3).map((c) => c.trim());
    out.push([await row.getByRole('rowheader').innerText(), ...cells]);
  }
  return out;
}

/** The rows the raw record gives, as the page words them. */
const expectedRows = (shown) =>
  alignment(shown, STATE).map((r) => [
    stateName(r.code) + (r.shared < 10 ? ' (few shared votes)' : ''),
    String(r.shared),
    r.votesOnly === null ? '—' : `${r.votesOnly}%`,
    r.index === null ? '—' : `${r.index}%`,
  ]);

test('the alignment table ranks every state as the raw records give it: by "voted alike", then shared votes, then code', async () => {
  const expected = expectedRows(votes);
  const page = await open('?view=votes');
  await alignTable(page).getByRole('caption').filter({ hasText: `${expected.length} states that voted beside ${NAME}, most alike first` }).waitFor();
  const shown = await tableRows(page);
  // The first and the last row, spelled out (shared Yes/No votes, votes only, agreement index).
  assert.deepEqual(shown[0], expected[0]);
  assert.deepEqual(shown.at(-1), expected.at(-1));
  // …and every row between, in the same order (ties by shared votes, then by code).
  assert.deepEqual(shown, expected);
  // There is no control to switch methods: both are columns. The agreement index is the other
  // method, and it ranks differently from the votes-only figure (so it is not a copy of it).
  const raw = alignment(votes, STATE);
  assert.ok(raw.some((r, i) => i > 0 && r.index > raw[i - 1].index), 'the index column is not in the table’s order');

  // The table follows the filters: over one session's votes the figures are that session's.
  const session56 = votes.filter((v) => v.session === '56');
  const expected56 = expectedRows(session56);
  await facet(page, 'Session').getByRole('checkbox', { name: /^HRC 56 \(\d+\)$/ }).check();
  await status(page).filter({ hasText: `${session56.length} of ${total} recorded votes` }).waitFor();
  const first56 = alignTable(page).getByRole('row').nth(1);
  await first56.getByRole('rowheader', { name: expected56[0][0], exact: true }).waitFor();
  await first56.getByRole('cell', { name: expected56[0][1], exact: true }).waitFor();
  // The state first over session 56 has other figures over the whole term: the page shows the
  // session's, computed over its votes alone.
  const lead56 = alignment(session56, STATE)[0];
  const overall = raw.find((r) => r.code === lead56.code);
  assert.ok(overall, `${lead56.code} is in both tables`);
  assert.notDeepEqual([overall.shared, overall.index], [lead56.shared, lead56.index], 'the session changes its figures');
  assert.deepEqual(await tableRows(page), expected56);
  await page.context().close();
});

test('"Compare with" is chosen by keyboard alone; every card then shows both votes, and "where they differ" keeps the votes where both voted, differently', async () => {
  const other = 'USA';
  const otherName = stateName(other);
  const page = await open('?view=votes');
  await status(page).filter({ hasText: `All ${total}` }).waitFor();
  const picker = page.getByRole('combobox', { name: 'Compare with' });
  let tabs = 0;
  while (!(await focused(picker))) {
    assert.ok(++tabs < 80, 'Tab reaches the "Compare with" menu');
    await page.keyboard.press('Tab');
  }
  // A closed <select> selects by typing its option's name.
  await page.keyboard.type(otherName, { delay: 20 });
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('compare') === c, other);
  assert.equal(params(page).get('compare'), other);
  assert.equal(await picker.inputValue(), other);

  // Every card mounted shows both states' votes, as the raw record gives them (in its order).
  const cards = page.getByRole('article');
  await cards.first().getByText(`${otherName}:`).waitFor();
  // A page of cards (ten) once the browser is idle.
  await cards.nth(9).waitFor();
  const n = await cards.count();
  assert.equal(n, 10);
  for (let i = 0; i < n; i++) {
    const text = await cards.nth(i).innerText();
    assert.match(text, new RegExp(`^${NAME}: ${voted(votes[i], STATE)}$`, 'm'), votes[i].symbol);
    assert.match(text, new RegExp(`^${otherName}: ${voted(votes[i], other)}$`, 'm'), votes[i].symbol);
  }

  // "Where they differ": both have a vote recorded (present and not voting included), and the
  // two votes differ (filter/votes.rs `differ`).
  const differing = votes.filter((v) => differ(v, STATE, other));
  const box = page.getByRole('checkbox', { name: `Only where ${NAME} and ${otherName} voted differently (${differing.length})`, exact: true });
  await box.waitFor();
  await page.keyboard.press('Tab');
  assert.ok(await focused(box), 'the next Tab reaches "where they differ"');
  await page.keyboard.press('Space');
  await status(page).filter({ hasText: `${differing.length} of ${total} recorded votes` }).waitFor();
  assert.equal(params(page).get('differ'), '1');
  assert.equal(await box.isChecked(), true);
  await cards.nth(Math.min(10, differing.length) - 1).waitFor();
  const shown = await cards.count();
  assert.equal(shown, Math.min(10, differing.length));
  for (let i = 0; i < shown; i++) {
    const text = await cards.nth(i).innerText();
    assert.match(text, new RegExp(`^${NAME}: ${voted(differing[i], STATE)}$`, 'm'), differing[i].symbol);
    assert.match(text, new RegExp(`^${otherName}: ${voted(differing[i], other)}$`, 'm'), differing[i].symbol);
  }
  await page.context().close();
});

test('the alignment table is reached with Tab, and a row’s "Compare with" button works with Enter and Space', async () => {
  const rows = alignment(votes, STATE);
  const [first, second] = rows.map((r) => stateName(r.code));
  const page = await open('?view=votes');
  const table = alignTable(page);
  await table.getByRole('row').nth(1).waitFor();
  const button1 = table.getByRole('button', { name: `Compare with ${first}`, exact: true });
  let tabs = 0;
  while (!(await focused(button1))) {
    assert.ok(++tabs < 200, `Tab reaches the table's first button ("Compare with ${first}")`);
    await page.keyboard.press('Tab');
  }
  assert.equal(await button1.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('compare') === c, rows[0].code);
  assert.equal(await button1.getAttribute('aria-pressed'), 'true');
  assert.ok(await focused(button1), 'focus stays on the button pressed');
  // The next row's button, with Space.
  await page.keyboard.press('Tab');
  const button2 = table.getByRole('button', { name: `Compare with ${second}`, exact: true });
  assert.ok(await focused(button2));
  await page.keyboard.press('Space');
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('compare') === c, rows[1].code);
  assert.equal(await button2.getAttribute('aria-pressed'), 'true');
  assert.equal(await button1.getAttribute('aria-pressed'), 'false');
  // The pressed button shows it, not to assistive technology alone: filled, with a tick that
  // is not part of its name.
  const look = (b) => b.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el, '::before').content]);
  const [pressedBg, pressedMark] = await look(button2);
  const [plainBg, plainMark] = await look(button1);
  assert.notEqual(pressedBg, plainBg);
  assert.match(pressedMark, /✓/);
  assert.equal(plainMark, 'none');
  assert.equal(await page.getByRole('combobox', { name: 'Compare with' }).inputValue(), rows[1].code);
  await page.context().close();
});

for (const lang of ['en', 'ru', 'kk']) {
  test(`at 360 px the votes view (${lang}) keeps the page its width and every figure and name in the tables whole`, async () => {
    const page = await open(`?view=votes&lang=${lang}`, { viewport: { width: 360, height: 800 } });
    await page.locator('.alignment tbody tr').nth(1).waitFor();
    // A table wider than the screen scrolls in its own box; the page does not move sideways.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    // No text in the tables breaks a word or a figure across lines ("107" as "10" over "7"):
    // each piece of text, laid out, takes at most one line per word it holds (a hyphen, as in
    // "Южно-Африканская", may break a line).
    const broken = await page.evaluate(() => {
      const out = [];
      for (const table of document.querySelectorAll('.vote-summary table, .alignment table')) {
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent.trim();
          if (!text || node.parentElement.closest('.visually-hidden, caption')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > text.split(/[\s\-‐]+/).length) out.push(text);
        }
      }
      return out;
    });
    assert.deepEqual(broken, []);
    await page.context().close();
  });
}

async function exported(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** The columns of the votes' CSV, one name each (the file's documented interface). */
const CSV_COLUMNS = [
  'symbol', 'kind', 'title', 'date', 'session', 'state', "state's vote", 'compared with', 'its vote',
  'in favour', 'against', 'abstentions', 'present, not voting', 'outcome', 'outcome from', 'official tally',
  'official wording', 'voting record', 'official text', 'link',
];

const OTHER = 'USA';
const against = votes.filter((v) => castOf(v, STATE) === 'no');
const exportQuery = `?view=votes&vote=no&compare=${OTHER}`;

async function openExport() {
  const page = await open(exportQuery);
  await status(page).filter({ hasText: `${against.length} of ${total} recorded votes` }).waitFor();
  await page.getByRole('group', { name: `Download the ${against.length} votes shown:` }).waitFor();
  return page;
}

test('in the votes view, "Export CSV" gives one row per vote shown, with both states\' votes and the tally', async () => {
  const page = await openExport();
  const csv = await exported(page, 'Export CSV');
  assert.match(csv.name, /^kazakhstan-hrc-2022-2024-votes-vote-no-compare-usa-\d{4}-\d\d-\d\d\.csv$/);
  assert.ok(csv.text.startsWith('\ufeff'), 'a BOM, for spreadsheets');
  // Read by a CSV parser that is not ours (csv-parse), as a spreadsheet would read it.
  const [header, ...rows] = parse(csv.text, { bom: true });
  assert.equal(rows.length, against.length);
  const col = (name) => CSV_COLUMNS.indexOf(name);
  for (const [i, row] of rows.entries()) {
    const v = against[i];
    const t = tally(v);
    assert.equal(row.length, CSV_COLUMNS.length, `${v.symbol}: one field per column`);
    const expected = {
      symbol: v.symbol,
      kind: KIND[v.kind],
      title: v.title,
      date: v.date,
      session: v.session,
      state: STATE,
      "state's vote": voted(v, STATE),
      'compared with': OTHER,
      'its vote': voted(v, OTHER),
      'in favour': String(t.yes),
      against: String(t.no),
      abstentions: String(t.abstain),
      'present, not voting': String(t.nv),
      outcome: RESULT[outcome(v)],
      // Adopted texts by their symbol; drafts and amendments by the tally this file gives.
      'outcome from': outcome(v) === 'not_recorded' ? '' : v.kind === 'resolution' || v.kind === 'decision' ? 'its symbol' : 'the recorded tally',
    };
    for (const [name, value] of Object.entries(expected)) assert.equal(row[col(name)], value, `${v.symbol}: ${name}`);
    assert.ok(row[col('link')].endsWith(`${exportQuery}#${cardId(v.symbol)}`), row[col('link')]);
  }
  // The header names each column once, as many as each row has: a name with a comma in it is
  // quoted like any other field, or every column after it shifts by one in a spreadsheet.
  assert.deepEqual(header, CSV_COLUMNS);
  await page.context().close();
});

test('in the votes view, "Export JSON" gives the votes shown, every member\'s vote as the raw record gives it', async () => {
  const page = await openExport();
  const json = await exported(page, 'Export JSON');
  assert.match(json.name, /^kazakhstan-hrc-2022-2024-votes-vote-no-compare-usa-\d{4}-\d\d-\d\d\.json$/);
  const record = JSON.parse(json.text);
  assert.deepEqual(record.votes.map((v) => v.symbol), against.map((v) => v.symbol));
  for (const [i, v] of record.votes.entries()) {
    const raw = against[i];
    const members = (b) => Object.keys(raw.ballots).filter((c) => raw.ballots[c] === b).sort();
    assert.deepEqual(
      [v.yes, v.no, v.abstain, v.present_not_voting].map((list) => [...(list ?? [])].sort()),
      [members('yes'), members('no'), members('abstain'), members('nv')],
      raw.symbol,
    );
    assert.equal(v.kind, raw.kind, raw.symbol);
    assert.equal(v.outcome, outcome(raw), raw.symbol);
  }
  await page.context().close();
});

// axe-core's WCAG 2.2 A/AA rules on the votes view, with a state compared and a card's member
// list unfolded, in both colour schemes, on a phone and a desktop.
const SCREENS = [
  ['360×800', { width: 360, height: 800 }],
  ['1280×900', { width: 1280, height: 900 }],
];
for (const colorScheme of ['light', 'dark']) {
  for (const [screen, viewport] of SCREENS) {
    test(`no WCAG A/AA violations in the votes view, compared and unfolded: ${screen}, ${colorScheme}`, async () => {
      const context = await site.browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      const v = bySymbol('A/HRC/RES/49/27');
      await page.goto(`${site.url}?view=votes&compare=USA#${cardId(v.symbol)}`);
      const card = page.getByRole('article', { name: v.title, exact: true });
      // The <summary> has no ARIA role Playwright can query: found by its text.
      await card.getByText(/^Every member’s vote \(\d+\)$/).click();
      await card.getByRole('definition').first().waitFor();
      await alignTable(page).getByRole('row').nth(1).waitFor();
      await page.getByText('United States:').first().waitFor();
      const { violations, passes } = await audit(page);
      assert.deepEqual(violations, []);
      assert.ok(passes > 10, `only ${passes} rules applied`);
      await context.close();
    });
  }
}

test('the timeline shows each session’s recorded votes and how the state voted, in words, and filters to them', async () => {
  const page = await open();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const words = { yes: 'Yes', no: 'No', abstain: 'Abstained', none: 'Did not vote or none recorded' };
  const sessions = [...new Set(votes.map((v) => v.session))];
  assert.ok(sessions.includes('S-34'), 'special sessions are among them');
  for (const session of sessions) {
    const held = votes.filter((v) => v.session === session);
    const split = casts(held, STATE);
    const said = Object.entries(words).filter(([k]) => split[k] > 0).map(([k, w]) => `${w} ${split[k]}`).join(', ');
    const label = session.startsWith('S-') ? `Special session ${session}` : `HRC ${session}`;
    const count = `${held.length} recorded vote${held.length === 1 ? '' : 's'}`;
    // The link's name is the figure's text equivalent: the count, the state's split, the session.
    await timeline.getByRole('link', { name: `${count} ${NAME}: ${said} (${label})`, exact: true }).waitFor();
  }
  // Choosing HRC 54's shows that session's votes, and says so in the URL.
  const held = votes.filter((v) => v.session === '54');
  await timeline.getByRole('link', { name: /\(HRC 54\)$/ }).filter({ hasText: 'recorded vote' }).click();
  await status(page).filter({ hasText: `${held.length} of ${total} recorded votes` }).waitFor();
  assert.equal(params(page).get('view'), 'votes');
  assert.deepEqual(params(page).getAll('session'), ['54']);
  await page.context().close();
});
