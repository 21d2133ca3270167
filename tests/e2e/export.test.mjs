// Export: the resolutions the filters show, with their sources, as CSV and as JSON files a
// briefing can use. The files are read here with a real CSV parser (csv-parse) and JSON.parse,
// and compared with the shipped data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { data, newPage, useSite } from './harness.mjs';

const site = useSite();

async function exported(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Today's date in UTC, as the app's export names it. The test may straddle midnight, so the
 *  day after the start is accepted too. */
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const dated = (name, stem, ext) => [today, tomorrow].some((d) => name === `${stem}-${d}.${ext}`);

/** The data's field names, which the "supports" lists give in words instead. */
const INTERNAL = ['follow_ups', 'cosponsors', 'on_behalf_of', 'leads'];

test('"Export CSV" gives one row per resolution shown, each column one thing, each source once with its address', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}?theme=Education`);
  // A theme filters the sources' themes and the editors' tags alike.
  const shown = data.resolutions.filter((r) => [...(r.themes ?? []), ...(r.editorial_themes ?? [])].includes('Education'));
  assert.ok(shown.length >= 1 && shown.length < data.resolutions.length);
  await page.getByRole('status').filter({ hasText: `${shown.length} of ${data.resolutions.length}` }).waitFor();
  await page.getByRole('group', { name: new RegExp(`Download the ${shown.length} resolutions? shown`) }).waitFor();
  const { name, text } = await exported(page, 'Export CSV');
  assert.ok(dated(name, 'kazakhstan-hrc-2022-2024-theme-education', 'csv'), name);
  assert.ok(text.startsWith('\ufeff'), 'a BOM, for spreadsheets');
  const rows = parse(text, { bom: true, columns: true });
  assert.deepEqual(rows.map((r) => r.id), shown.map((r) => r.id));
  for (const [i, row] of rows.entries()) {
    const r = shown[i];
    const c = r.cosponsors ?? {};
    assert.equal(row.symbol, r.symbol ?? '', `${r.id}: the full symbol`);
    assert.equal(row.title, r.title);
    assert.equal(row.session, r.session == null ? '' : String(r.session));
    assert.equal(row.adopted, r.adopted ?? '');
    assert.equal(row.outcome, r.outcome.kind, `${r.id}: the outcome as a code`);
    assert.ok(row['outcome wording'].length > 0 && !/\d{4}/.test(row['outcome wording']), `${r.id}: wording without a date`);
    assert.equal(row['co-sponsor count'], c.count ? (c.count.bound === 'more_than' ? `more than ${c.count.value}` : String(c.count.value)) : '');
    // Only the co-sponsors sourced for this text: a list a source gives for several texts is not
    // this text's list.
    assert.equal(row['named co-sponsors'], (c.named ?? []).join('; '), `${r.id}: named co-sponsors`);
    assert.equal(row['lead states'], (r.leads ?? []).join('; '));
    assert.equal(row.summary, r.summary ?? '');
    // The sources: one line per source, however often it is cited, each with where to read it.
    const lines = row.sources.split('\n');
    const cited = [...new Set(r.citations.map((x) => x.source))];
    assert.equal(lines.length, cited.length, `${r.id}: one line per source`);
    for (const [j, id] of cited.entries()) {
      const s = data.sources.find((x) => x.id === id);
      assert.ok(lines[j].startsWith(`${s.title}, ${s.publisher}`), lines[j]);
      const address = s.url ?? new URL(s.file, site.url).href;
      assert.ok(lines[j].includes(`<${address}>`), `${r.id}: ${id} with its address: ${lines[j]}`);
    }
    for (const field of INTERNAL) assert.ok(!row.sources.includes(field), `${r.id}: no field name ${field}`);
    assert.ok(row.link.endsWith(`/hrc/?theme=Education#${r.id}`), 'each row links back to its card');
  }
  await page.context().close();
});

test('"Export JSON" gives a record the app loads again, saying where, when and of which view it was made', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}?q=domestic%20violence`);
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
  const { name, text } = await exported(page, 'Export JSON');
  assert.ok(dated(name, 'kazakhstan-hrc-2022-2024-q-domestic-violence', 'json'), name);
  const record = JSON.parse(text);
  assert.equal(record.format, data.format);
  const count = await page.getByRole('article').count();
  assert.equal(record.resolutions.length, count);
  assert.ok(record.resolutions.every((r) => r.citations.length > 0));
  // Once the file leaves the site, its schema's address still resolves.
  assert.equal(record.$schema, `${site.url}data/schema.json`);
  const schema = await (await fetch(record.$schema)).json();
  assert.ok(schema.properties.exported, 'the schema knows the export note');
  assert.equal(record.exported.site, site.url);
  assert.equal(record.exported.page, `${site.url}?q=domestic%20violence`);
  assert.equal(record.exported.filters, '?q=domestic%20violence');
  assert.ok([today, tomorrow].includes(record.exported.date), record.exported.date);
  // The file loads in the app, whole and without problems.
  const again = await newPage(site.browser);
  await again.route('**/data/kazakhstan-hrc-2022-2024.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: text }),
  );
  await again.goto(site.url);
  await again.getByRole('status').filter({ hasText: `All ${count} resolution` }).waitFor();
  assert.equal(await again.getByRole('alert').count(), 0);
  await again.context().close();
  await page.context().close();
});
