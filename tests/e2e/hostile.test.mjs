// Hostile data and network faults, as the reader sees them in the release build: a clear,
// specific message for each; every valid record still shown; nothing from the data executed;
// a working "Try again"; a visible message after a panic; and a Content-Security-Policy that
// the page keeps without a single violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, newPage, useSite, quotesOnCards } from './harness.mjs';

const site = useSite();
const DATA = '**/data/kazakhstan-hrc-2022-2024.json';
const title = () => ({ level: 1, name: data.profile.title });

/** Serves `body` (an object is sent as JSON) in place of the shipped record. */
async function serve(page, body, contentType = 'application/json') {
  await page.route(DATA, (route) =>
    route.fulfill({ status: 200, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
}

/** Collects CSP violations and marks any script from the data that manages to run. */
async function watch(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
    );
  });
}

// --- Network faults -------------------------------------------------------------------------

const faults = [
  {
    name: 'a 404',
    fault: (route) => route.fulfill({ status: 404, body: 'gone' }),
    says: /HTTP 404[\s\S]*not where the page expects it/,
  },
  {
    name: 'a 500',
    fault: (route) => route.fulfill({ status: 500, body: 'oops' }),
    says: /HTTP 500[\s\S]*could not send the data file/,
  },
  {
    name: 'a web page instead of the JSON (wrong content type)',
    fault: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><p>Welcome' }),
    says: /sent a web page \(text\/html\) instead of the file/,
  },
  {
    name: 'being offline',
    fault: async (route) => {
      await route.request().frame().page().context().setOffline(true);
      await route.abort('internetdisconnected');
    },
    says: /Could not reach [^\n]*kazakhstan-hrc-2022-2024\.json[\s\S]*This browser is offline/,
    heal: (page) => page.context().setOffline(false),
  },
];

for (const { name, fault, says, heal } of faults) {
  test(`${name} shows an alert that says so, and "Try again" works once it is gone`, async () => {
    const page = await newPage(site.browser);
    let failing = true;
    await page.route(DATA, (route) => (failing ? fault(route) : route.continue()));
    await page.goto(site.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), says);
    failing = false;
    await heal?.(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', title()).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.context().close();
  });
}

test('a request that never answers is given up within 15 seconds, and "Try again" works', async () => {
  const page = await newPage(site.browser);
  let hang = true;
  await page.route(DATA, (route) => (hang ? undefined : route.continue()));
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  // The app's limit is 15 s; the margin is for a slow machine, not a second limit.
  await alert.waitFor({ timeout: 25_000 });
  assert.match(await alert.innerText(), /did not answer within 15 seconds[\s\S]*too slow/);
  hang = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', title()).waitFor();
  await page.context().close();
});

// --- Hostile and odd data -------------------------------------------------------------------

// Every free-text field, wherever it sits in the record.
const TEXT_KEYS = new Set(['title', 'description', 'name', 'publisher', 'summary', 'text', 'on_behalf_of', 'symbol']);
const LIST_KEYS = new Set(['leads', 'themes', 'named', 'regions']);
const HOSTILE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><marquee>m</marquee>`;

function poison(value, key) {
  if (Array.isArray(value)) return value.map((v) => (LIST_KEYS.has(key) && typeof v === 'string' ? `${v} ${HOSTILE}` : poison(v, key)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, TEXT_KEYS.has(k) && typeof v === 'string' ? `${v} ${HOSTILE}` : poison(v, k)]));
  }
  return value;
}

test('markup and script in every free-text field are shown as text and never run', async () => {
  const page = await newPage(site.browser);
  await watch(page);
  await serve(page, poison(data));
  await page.goto(site.url);
  await page.getByRole('heading', { level: 1, name: `${data.profile.title} ${HOSTILE}` }).waitFor();
  for (const r of data.resolutions) {
    await page.getByRole('heading', { name: `${r.title} ${HOSTILE}`, exact: true }).waitFor();
  }
  // Open every disclosure, so the citations and folded lists render their text too, and wait
  // until every quote of every card is on the page.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const quotes = quotesOnCards(data);
  await page.waitForFunction((n) => document.querySelectorAll('article .citation blockquote').length === n, quotes);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    // The page's own script after the build's copy of the record is not the data's.
    scripts: document.querySelectorAll('body script:not(#copy-script)').length,
    images: document.querySelectorAll('img').length,
    marquees: document.querySelectorAll('marquee').length,
    violations: window.__violations,
  }));
  assert.deepEqual(found, { pwned: undefined, scripts: 0, images: 0, marquees: 0, violations: [] });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('script and data URLs never become links; the source is named and the rest still shows', async () => {
  const page = await newPage(site.browser);
  const bad = structuredClone(data);
  const secondary = bad.sources.filter((s) => s.url);
  assert.ok(secondary.length >= 2, 'the record has web sources to break');
  secondary[0].url = 'javascript:window.__pwned=1';
  secondary[1].url = 'data:text/html,<script>alert(1)</script>';
  await serve(page, bad);
  await page.goto(site.url);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, new RegExp(`sources "${secondary[0].id}", field url: .*found "javascript:`));
  assert.match(text, new RegExp(`sources "${secondary[1].id}", field url: .*found "data:`));
  await page.getByRole('heading', title()).waitFor();
  await page.getByRole('heading', { name: data.resolutions[0].title, exact: true }).waitFor();
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h) && h !== 'data:,'), []);
  await page.context().close();
});

test('each bad record is named with its field, and every valid record still shows', async () => {
  const page = await newPage(site.browser);
  const bad = structuredClone(data);
  const [a, b, c, d] = bad.resolutions;
  a.session = 'fifty-four'; // wrong type
  delete b.role; // missing field
  c.outcome = { kind: 'acclaimed' }; // unknown enum value
  d.adopted = '2023-02-30'; // impossible date
  bad.events[0].resolutions = ['no-such-resolution']; // dangling reference
  bad.events.push({ ...structuredClone(bad.events[1]), title: 'A copy' }); // duplicate id
  await serve(page, bad);
  await page.goto(site.url);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, new RegExp(`resolutions\\[0\\] "${a.id}".*field session: .*expected u32`));
  assert.match(text, new RegExp(`resolutions\\[1\\] "${b.id}".*missing field \`role\``));
  assert.match(text, new RegExp(`resolutions\\[2\\] "${c.id}".*field outcome.*acclaimed`));
  assert.match(text, new RegExp(`resolutions\\[3\\] "${d.id}".*field adopted: .*2023-02-30`));
  assert.match(text, /no-such-resolution/);
  assert.match(text, new RegExp(`"${bad.events[1].id}".*already used`));
  for (const r of data.resolutions.slice(4)) {
    await page.getByRole('heading', { name: r.title, exact: true }).waitFor();
  }
  for (const r of data.resolutions.slice(0, 4)) {
    assert.equal(await page.getByRole('heading', { name: r.title, exact: true }).count(), 0, r.title);
  }
  await page.context().close();
});

test('a truncated file and a file of the wrong type each get an alert that says what is wrong', async () => {
  for (const [body, says] of [
    [JSON.stringify(data).slice(0, 5000), /not valid JSON: EOF while parsing .* at line 1, column \d+/],
    [JSON.stringify([data]), /found an array/],
    ['"just a string"', /found a string/],
  ]) {
    const page = await newPage(site.browser);
    await serve(page, body);
    await page.goto(site.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), says);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
    await page.context().close();
  }
});

test('deep nesting in one record is reported and the others still show', async () => {
  const page = await newPage(site.browser);
  const depth = 50_000;
  const text = JSON.stringify(data).replace(
    JSON.stringify(data.resolutions[1].title),
    '['.repeat(depth) + ']'.repeat(depth),
  );
  await serve(page, text);
  await page.goto(site.url);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  // The record is too deep to read even its id, so it is named by its place in the file.
  assert.match(await notice.innerText(), /resolutions\[1\] \(line 1\), field title: invalid type: sequence, expected a string/);
  await page.getByRole('heading', { name: data.resolutions[0].title, exact: true }).waitFor();
  await page.context().close();
});

test('a 10 MB file loads in full', async () => {
  const page = await newPage(site.browser);
  const big = structuredClone(data);
  const template = data.resolutions[0];
  let n = 0;
  while (JSON.stringify(big).length < 10_000_000) {
    for (let i = 0; i < 500; i++, n++) {
      big.resolutions.push({ ...structuredClone(template), id: `copy-${n}`, title: `Copy ${n} of ${template.title}`, follow_ups: [] });
    }
  }
  const total = big.resolutions.length;
  await serve(page, big);
  await page.goto(site.url);
  await page.getByRole('heading', title()).waitFor({ timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: `${total} resolutions` }).waitFor();
  await page.getByRole('searchbox', { name: 'Search resolutions' }).fill(`Copy ${n - 1} of`);
  await page.getByRole('heading', { name: `Copy ${n - 1} of ${template.title}` }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('right-to-left text, emoji, zero-width characters and very long words show as written', async () => {
  const page = await newPage(site.browser, { viewport: { width: 360, height: 800 } });
  const odd = structuredClone(data);
  const arabic = 'حق الأطفال في التعليم 👩‍👧';
  odd.resolutions[0].title = arabic;
  odd.resolutions[1].title = `zero\u200bwidth ${'x'.repeat(20_000)}`;
  await serve(page, odd);
  await page.goto(site.url);
  const heading = page.getByRole('heading', { name: arabic, exact: true });
  await heading.waitFor();
  assert.equal(await heading.evaluate((h) => getComputedStyle(h).unicodeBidi), 'plaintext');
  const long = odd.resolutions[1].title;
  await page.waitForFunction((t) => [...document.querySelectorAll('h3')].some((h) => h.textContent === t), long);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(sideways, 0, 'a 20 000-letter word does not make the page scroll sideways');
  await page.getByRole('searchbox', { name: 'Search resolutions' }).fill('التعليم');
  await page.getByRole('status').filter({ hasText: /^1 of / }).waitFor();
  await heading.waitFor();
  await page.context().close();
});

// --- Content-Security-Policy ----------------------------------------------------------------

test('the page carries a strict CSP, keeps subresource integrity, and a normal load violates nothing', async () => {
  const page = await newPage(site.browser);
  await watch(page);
  await page.goto(site.url);
  await page.getByRole('heading', title()).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const script = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.match(script, /'wasm-unsafe-eval'/);
  assert.match(script, /'sha256-[A-Za-z0-9+/]+=*'/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.match(policy, /default-src 'none'/);
  const integrity = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload], link[rel=stylesheet]')].map((l) => l.integrity),
  );
  // The code and the styles by their links; the wasm, fetched once the record's copy is painted,
  // by the loader's own fetch (see the wasm below).
  assert.ok(integrity.length >= 2 && integrity.every((i) => i.startsWith('sha384-')), JSON.stringify(integrity));
  // Open the disclosures and a source text: the parts that load more or build more markup.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.getByRole('link', { name: 'Show in the source text' }).first().click();
  await page.locator('mark#quote').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // And the policy is live: an inline script added to the page is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return window.__inline;
  });
  assert.equal(ran, undefined);
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.deepEqual(page.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await page.context().close();
});

test('a wasm that is not the one built is refused by its integrity check, and the record stays readable', async () => {
  const page = await newPage(site.browser, { copy: true });
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto(site.url);
  // The loader fetches the wasm after the first frame: wait (up to ten seconds) for the refusal.
  const refused = () => page.errors.some((e) => /integrity/i.test(e));
  for (let i = 0; i < 100 && !refused(); i++) await page.waitForTimeout(100);
  assert.ok(refused(), page.errors.join('\n'));
  // The app never started; the build's copy of the record is still there to read.
  assert.equal(await page.locator('#app').count(), 0);
  await page.getByRole('article', { name: data.resolutions[0].title, exact: true }).waitFor();
  await page.context().close();
});

// --- Panics ---------------------------------------------------------------------------------

test('a panic shows a visible message whose reload button works', async () => {
  const page = await newPage(site.browser);
  // The router unwraps history.pushState; Safari throws from it after too many calls. Make it
  // throw here, so ticking a filter panics inside the app.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('reloaded')) {
      history.pushState = () => {
        throw new DOMException('Attempt to use history.pushState() more than 100 times', 'SecurityError');
      };
    }
  });
  await page.goto(site.url);
  await page.getByRole('heading', title()).waitFor();
  await page.getByRole('checkbox').first().check().catch(() => {});
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in this page' });
  await alert.waitFor();
  const reload = page.getByRole('button', { name: 'Reload the page' });
  assert.equal(await reload.evaluate((b) => b === document.activeElement), true, 'focus is on the button');
  await page.evaluate(() => sessionStorage.setItem('reloaded', '1'));
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await page.getByRole('heading', title()).waitFor();
  assert.equal(await page.getByText('Something went wrong in this page').count(), 0);
  await page.context().close();
});

test('with many bad records, the notice lists the first ten and folds the rest', async () => {
  const page = await newPage(site.browser);
  const bad = structuredClone(data);
  for (let i = 0; i < 30; i++) {
    bad.resolutions.push({ ...structuredClone(data.resolutions[0]), id: `bad-${i}`, session: 'none', follow_ups: [] });
  }
  await serve(page, bad);
  await page.goto(site.url);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.innerText(), /^30 problems in the data file/);
  assert.equal(await notice.getByRole('listitem').count(), 10);
  const section = page.getByRole('region', { name: /^30 problems in the data file/ });
  await section.getByText('Show 20 more problems').click();
  await section.getByText(/"bad-29"/).waitFor();
  assert.equal(await section.getByRole('listitem').count(), 30);
  // The rest is read where it is, not announced: the alert still holds the first ten.
  assert.equal(await notice.getByRole('listitem').count(), 10);
  await page.getByRole('heading', { name: data.resolutions[0].title, exact: true }).waitFor();
  await page.context().close();
});
