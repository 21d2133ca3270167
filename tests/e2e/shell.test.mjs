// The app shell in the release build under /hrc/: it loads the record from the JSON, says
// clearly when it cannot, and recovers with "Try again".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite } from './harness.mjs';


const site = useSite();

test('records from the JSON appear, with no console errors', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  for (const r of data.resolutions) {
    await page.getByRole('heading', { name: r.title, exact: true }).waitFor();
  }
  assert.equal(await page.title(), data.profile.title);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the data is fetched relative to the sub-path', async () => {
  const page = await newPage(site.browser);
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  assert.ok(asked.includes('/hrc/data/kazakhstan-hrc-2022-2024.json'), asked.join('\n'));
  await page.context().close();
});

test('a 404 on the JSON shows an alert naming the URL and status, and "Try again" recovers', async () => {
  const page = await newPage(site.browser);
  let fail = true;
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (route) =>
    fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
  );
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /data\/kazakhstan-hrc-2022-2024\.json/);
  assert.match(text, /HTTP 404/);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: data.profile.title }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('malformed JSON shows the line and column', async () => {
  const page = await newPage(site.browser);
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "format": 1,\n  oops\n}' }),
  );
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /line 3, column 3/);
  await page.context().close();
});

test('one bad record is reported and the others still show', async () => {
  const page = await newPage(site.browser);
  const broken = structuredClone(data);
  broken.resolutions[1].adopted = '2024-13-40';
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, new RegExp(`resolutions\\[1\\] "${broken.resolutions[1].id}"`));
  assert.match(text, /adopted/);
  assert.match(text, /2024-13-40/);
  await page.getByRole('heading', { name: data.resolutions[0].title, exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { name: data.resolutions[1].title, exact: true }).count(), 0);
  await page.context().close();
});

test('changing a value in the JSON changes the page', async () => {
  const page = await newPage(site.browser);
  const edited = structuredClone(data);
  edited.profile.title = 'An edited record title';
  edited.resolutions[0].title = 'An edited resolution title';
  await page.route('**/data/kazakhstan-hrc-2022-2024.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }),
  );
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: 'An edited record title' }).waitFor();
  await page.getByRole('heading', { name: 'An edited resolution title' }).waitFor();
  await page.context().close();
});

