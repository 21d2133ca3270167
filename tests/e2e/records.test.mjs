// Other records: `?data=` loads another file on this site in the same schema, and an editor can
// open or drop a local file to preview it, checked with the same precise errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';

const site = useSite();

/** Another state's record, in the same schema. */
function other() {
  const record = structuredClone(data);
  record.profile.title = 'Another state at the UN Human Rights Council';
  record.resolutions = record.resolutions.slice(0, 3).map((r, i) => ({ ...r, title: `Other resolution ${['alpha', 'beta', 'gamma'][i]}` }));
  const kept = new Set(record.resolutions.map((r) => r.id));
  record.events = record.events.map((e) => ({ ...e, resolutions: (e.resolutions ?? []).filter((id) => kept.has(id)) }));
  return record;
}

test('?data= loads another record on this site, and the filters keep it', async () => {
  const page = await newPage(site.browser);
  await page.route('**/hrc/records/other.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(other()) }),
  );
  await page.goto(`${site.url}?data=records/other.json`);
  await page.getByRole('heading', { level: 1, name: 'Another state at the UN Human Rights Council' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'All 3 resolutions' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search resolutions' }).fill('beta');
  await page.getByRole('status').filter({ hasText: '1 of 3 resolutions' }).waitFor();
  // Typing reaches the URL once the browser is idle (context.rs, go_typed).
  await page.waitForFunction(() => location.search.includes('&q='));
  assert.match(new URL(page.url()).search, /^\?data=records\/other\.json&q=/);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await page.getByRole('status').filter({ hasText: 'All 3 resolutions' }).waitFor();
  assert.equal(new URL(page.url()).search, '?data=records/other.json');
  assert.equal(await page.getByRole('link', { name: 'the data (JSON)' }).getAttribute('href'), `${site.url}records/other.json`);
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('?data= refuses files from other sites, and says why', async () => {
  for (const value of ['https://evil.example/x.json', '//evil.example/x.json', 'javascript:alert(1)//.json']) {
    const page = await newPage(site.browser);
    const asked = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.goto(`${site.url}?data=${encodeURIComponent(value)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /is not the path of a JSON file on this site[\s\S]*files from other sites are not loaded/);
    assert.deepEqual(asked.filter((u) => !u.startsWith(site.server.origin)), [], 'nothing was fetched from elsewhere');
    await page.context().close();
  }
});

test('an editor can open a local file to preview it, with its problems named, and close it', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  const draft = other();
  draft.resolutions[1].session = 'next';
  await page.getByLabel('Preview a data file from your computer').setInputFiles({
    name: 'draft.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(draft)),
  });
  await page.getByRole('heading', { name: 'Preview of draft.json' }).waitFor();
  await page.getByRole('heading', { level: 1, name: draft.profile.title }).waitFor();
  const notice = page.getByRole('alert');
  assert.match(await notice.innerText(), new RegExp(`resolutions\\[1\\] "${draft.resolutions[1].id}".*field session: .*expected u32`));
  await page.getByRole('heading', { name: 'Other resolution alpha', exact: true }).waitFor();
  // The "For editors" section holds the tool.
  const editors = page.getByRole('region', { name: 'For editors' });
  assert.equal(await editors.getByLabel('Preview a data file from your computer').count(), 1);
  // A draft has no address: nothing offers to share it, and a printout names the file.
  assert.equal(await page.getByRole('button', { name: /^Share/ }).count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.print-header').innerText(), /^Printed from a preview of draft\.json, a file not published, on /);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Close the preview' }).click();
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Preview of draft.json' }).count(), 0);
  await page.context().close();
});

test('a file dropped on the page opens as a preview; a broken one says where it breaks', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  const drop = (name, text) =>
    page.evaluate(([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.body.dispatchEvent(over);
      const dropped = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.body.dispatchEvent(dropped);
      return [over.defaultPrevented, dropped.defaultPrevented];
    }, [name, text]);
  assert.deepEqual(await drop('dropped.json', JSON.stringify(other())), [true, true]);
  await page.getByRole('heading', { name: 'Preview of dropped.json' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Another state at the UN Human Rights Council' }).waitFor();
  await drop('broken.json', '{\n  "format": 1,\n  "profile": {,\n}');
  await page.getByRole('heading', { name: 'Preview of broken.json' }).waitFor();
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), /broken\.json could not be read: the data is not valid JSON: .* at line 3, column 15/);
  await page.getByRole('button', { name: 'Close the preview' }).first().click();
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  await page.context().close();
});

test('permalinks and event links keep ?data= (and a permalink the search), so they never fall back to the shipped record', async () => {
  const page = await newPage(site.browser);
  const record = other();
  await page.route('**/hrc/records/other.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(record) }),
  );
  await page.goto(`${site.url}?data=records/other.json&q=alpha`);
  await page.getByRole('status').filter({ hasText: '1 of 3 resolutions' }).waitFor();
  const card = page.getByRole('article', { name: 'Other resolution alpha' });
  const permalink = await card.getByRole('link', { name: /^Permalink/ }).getAttribute('href');
  assert.equal(permalink, `?data=records/other.json&q=alpha#${record.resolutions[0].id}`);
  // An event of a resolution outside the search is dimmed; following it clears the search
  // but stays on this record.
  const outside = record.events.find((e) => e.resolutions.length === 1 && e.resolutions[0] === record.resolutions[1].id);
  assert.ok(outside, 'the record has an event of the second resolution');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  // Groups longer than a few events fold the rest; unfold them, if any, so the link is there.
  const more = timeline.getByRole('button', { name: /^Show all/ });
  for (let i = await more.count(); i > 0; i--) await more.first().click();
  const link = timeline.getByRole('link', { name: new RegExp(outside.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  assert.match(await link.getAttribute('href'), /^\?data=records\/other\.json#/);
  await link.click();
  await page.getByRole('status').filter({ hasText: 'All 3 resolutions' }).waitFor();
  assert.equal(new URL(page.url()).search, '?data=records/other.json');
  await page.getByRole('heading', { level: 1, name: record.profile.title }).waitFor();
  await page.context().close();
});

test('a file too big to preview is refused with its size, before it is read', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(101 * 1024 * 1024)], 'huge.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.getByRole('heading', { name: 'Preview of huge.json' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /huge\.json could not be read: it is 101 MB, and previews take files up to 100 MB/);
  // History moving to an entry in another language (as Back and Forward do) words the refusal
  // again in that language; the preview stays.
  await page.evaluate(() => {
    history.pushState(null, '', '?lang=ru');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('heading', { name: 'Просмотр файла huge.json' }).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /его размер 101 МБ, а для просмотра принимаются файлы до 100 МБ/);
  await page.evaluate(() => {
    history.pushState(null, '', '?lang=en');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('button', { name: 'Close the preview' }).first().click();
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  await page.context().close();
});
