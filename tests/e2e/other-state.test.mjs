// Any state, any term: `import-votes --new` writes a record of another state's recorded votes
// (here the United States, 2022–2023), the release build shows it through `?data=`, and what it
// shows is what the raw voting records in data/hrc-votes/ give (computed by raw-votes.mjs, not
// read from the imported file).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launch, newPage, startServer } from './harness.mjs';
import { alignment, casts, stateName, votesBetween } from './raw-votes.mjs';

const STATE = 'USA';
const [FROM, TO] = ['2022-01-01', '2023-12-31'];
const NAME = stateName(STATE);
const votes = votesBetween(FROM, TO);
const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';

let work, copy, server, browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'hrc-usa-'));
  copy = join(work, 'site');
  const out = join(work, 'usa.json');
  // The first build of the importer may take a while; later runs reuse it.
  await promisify(execFile)(
    'cargo',
    ['run', '--quiet', '--bin', 'import-votes', '--', '--state', STATE, '--from', FROM, '--to', TO, '--new', out],
    { timeout: 15 * 60_000, maxBuffer: 16 << 20 },
  );
  await cp(DIST, copy, { recursive: true });
  await cp(out, join(copy, 'data', 'usa-hrc.json'));
  server = await startServer(copy);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open() {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}?data=data/usa-hrc.json&view=votes`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const status = (page) => page.getByRole('status').filter({ hasText: 'recorded vote' });

test(`a record imported for ${NAME}, ${FROM} to ${TO}, names the state and holds every recorded vote of the term`, async () => {
  assert.ok(votes.length > 100, `${votes.length} votes in the term`);
  const page = await open();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `${NAME} at the UN Human Rights Council`);
  await status(page).filter({ hasText: `All ${votes.length} recorded votes` }).waitFor();
  await page.getByRole('navigation', { name: 'What to show' }).getByRole('link', { name: `Recorded votes (${votes.length})` }).waitFor();
  // Each card says how the state followed voted, by its name.
  const first = page.getByRole('article').first();
  await first.waitFor();
  assert.match(await first.innerText(), new RegExp(`^${NAME}: `, 'm'));
  assert.equal(page.errors.length, 0, page.errors.join('\n'));
  await page.context().close();
});

test(`the state's vote facet and summary count ${NAME}'s votes as the raw records give them`, async () => {
  const expected = casts(votes, STATE);
  const page = await open();
  await status(page).filter({ hasText: `All ${votes.length}` }).waitFor();
  // English possessive: "United States’ vote", "Kazakhstan’s vote".
  const possessive = NAME.endsWith('s') ? `${NAME}’` : `${NAME}’s`;
  const group = page.getByRole('group', { name: `${possessive} vote`, exact: true });
  const labels = { yes: 'Yes', no: 'No', abstain: 'Abstained', none: 'Did not vote or none recorded' };
  for (const [value, label] of Object.entries(labels)) {
    if (expected[value] === 0) continue; // an option no vote has is not offered
    await group.getByRole('checkbox', { name: `${label} (${expected[value]})`, exact: true }).waitFor();
  }
  await page.getByRole('heading', { name: `How ${NAME} voted` }).waitFor();
  const totalRow = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Did not vote or none recorded' }) })
    .getByRole('row', { name: /^Total\b/ });
  assert.deepEqual(
    (await totalRow.getByRole('cell').allInnerTexts()).map(Number),
    [expected.yes, expected.no, expected.abstain, expected.none, votes.length],
  );
  await page.context().close();
});

test(`the alignment table's first row is the state most alike ${NAME}, as the raw records give it`, async () => {
  const rows = alignment(votes, STATE);
  const page = await open();
  const table = page.getByRole('table', { name: `${rows.length} states that voted beside ${NAME}, most alike first` });
  const first = table.getByRole('row').nth(1);
  await first.waitFor();
  const r = rows[0];
  assert.equal(await first.getByRole('rowheader').innerText(), stateName(r.code) + (r.shared < 10 ? ' (few shared votes)' : ''));
  // A figure's cell holds its bar (an SVG hidden from assistive technology) and the figure.
  assert.deepEqual(
    (await first.getByRole('cell').allInnerTexts()).slice(0, 3).map((c) => c.trim()),
    [String(r.shared), `${r.votesOnly}%`, `${r.index}%`],
  );
  assert.equal(await table.getByRole('row').count(), rows.length + 1);
  await page.context().close();
});
