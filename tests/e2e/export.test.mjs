// Export: the resolutions the filters show, with their citations, as CSV and as JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { data, newPage, useSite } from './harness.mjs';

const site = useSite();

async function exported(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('"Export CSV" downloads the filtered resolutions, one row each, with their quotes', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}?theme=Education`);
  // A theme filters the sources' themes and the editors' tags alike.
  const shown = data.resolutions.filter((r) => [...(r.themes ?? []), ...(r.editorial_themes ?? [])].includes('Education'));
  assert.ok(shown.length >= 1 && shown.length < data.resolutions.length);
  await page.getByRole('status').filter({ hasText: `${shown.length} of ${data.resolutions.length}` }).waitFor();
  await page.getByRole('group', { name: new RegExp(`Download the ${shown.length} resolutions? shown`) }).waitFor();
  const { name, text } = await exported(page, 'Export CSV');
  assert.equal(name, 'kazakhstan-hrc-2022-2024-filtered.csv');
  assert.ok(text.startsWith('\ufeffid,title,symbol,session,'), text.slice(0, 60));
  const ids = [...text.matchAll(/\r\n([a-z0-9-]+),/g)].map((m) => m[1]);
  assert.deepEqual(ids, shown.map((r) => r.id));
  const quote = shown[0].citations.find((c) => c.quote).quote;
  assert.ok(text.includes(quote.replaceAll('"', '""')), 'the quote travels with the row');
  assert.ok(text.includes(`/hrc/?theme=Education#${shown[0].id}`), 'each row links back to its card');
  await page.context().close();
});

test('"Export JSON" downloads a record in the same format that the app loads again', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.url}?q=domestic%20violence`);
  await page.getByRole('status').filter({ hasText: `2 of ${data.resolutions.length}` }).waitFor();
  const { name, text } = await exported(page, 'Export JSON');
  assert.equal(name, 'kazakhstan-hrc-2022-2024-filtered.json');
  const record = JSON.parse(text);
  assert.equal(record.format, data.format);
  const count = await page.getByRole('article').count();
  assert.equal(record.resolutions.length, count);
  assert.ok(record.resolutions.every((r) => r.citations.length > 0));
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
