// The benchmark: `make bench` builds the release site and the synthetic data, then runs this.
// It serves each variant on 127.0.0.1 under /hrc/ and measures, in one headless Chromium:
// first-load transfer, time to the first card, keystroke-to-paint while typing at 10 000
// records (against a plain-JavaScript page in the same process), and memory after load.
// It writes BENCHMARKS.md. It asserts nothing: budgets are reported, not enforced.
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { startServer, launch } from '../tests/e2e/harness.mjs';

const BASE_SITE = 'target/bench/site';
const DATA_FILE = 'data/kazakhstan-hrc-2022-2024.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Typed one key at a time; "\b" is Backspace, so the query also widens (a full rescan).
const TYPED = 'council human rights educ\b\b\b\b\b\b\b\b\b\b\b\bhealth';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n) => `${n.toFixed(1)} ms`;

/** A copy of the site with the synthetic record of `n` resolutions in place of the shipped one. */
async function variant(n) {
  const dir = `target/bench/site-${n}`;
  await rm(dir, { recursive: true, force: true });
  await cp(BASE_SITE, dir, { recursive: true });
  await cp(`target/bench/data-${n}/record.json`, join(dir, DATA_FILE));
  await cp(`target/bench/data-${n}/sources/synthetic.txt`, join(dir, 'sources/synthetic.txt'));
  await cp('bench/plain.html', join(dir, 'plain.html'));
  return dir;
}

/** Raw, gzip and brotli bytes of what a first visit downloads. */
async function transfer(dir) {
  const files = (await readdir(dir)).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== '404.html');
  files.push(DATA_FILE);
  const rows = [];
  for (const f of files) {
    const body = await readFile(join(dir, f));
    rows.push({
      file: f.replace(/-[0-9a-f]{16}(?=[._])/, ''),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

// Records when the first card appears, and keeps the wasm instance's memory for measuring.
const PROBES = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('article')) {
      window.__firstCard = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__wasmMemory = (result.instance ?? result).exports?.memory;
      return result;
    };
  }
};

async function firstCard(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(PROBES);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstCard));
    await context.close();
  }
  return times;
}

/** Types TYPED into the search box one character at a time; each sample runs from the input
 *  event to the first task after the next frame, i.e. until the result has been painted. */
async function typing(page) {
  return page.evaluate(async (text) => {
    const box = document.querySelector('input[type=search]');
    box.focus();
    const samples = [];
    for (const ch of text) {
      const t0 = performance.now();
      box.value = ch === '\b' ? box.value.slice(0, -1) : box.value + ch;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // Script work: the handler, its microtasks and the first task after them.
      await new Promise((r) => setTimeout(r, 0));
      const work = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      samples.push({ paint: performance.now() - t0, work });
    }
    return samples;
  }, TYPED);
}

async function typingRuns(browser, url, ready) {
  const all = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 60_000 });
    all.push(...(await typing(page)));
    await context.close();
  }
  return all;
}

async function memory(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBES);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  // Two collections: the fetched file's buffer is only released by a later full GC.
  const result = await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) {
      window.gc?.();
      await new Promise((r) => setTimeout(r, 200));
    }
    return { js: performance.memory?.usedJSHeapSize ?? 0, wasm: window.__wasmMemory?.buffer.byteLength ?? 0 };
  });
  await context.close();
  return result;
}

async function main() {
  const sites = { shipped: BASE_SITE, 1000: await variant(1000), 10000: await variant(10000) };
  const browser = await launch(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const servers = {};
  for (const [k, dir] of Object.entries(sites)) servers[k] = await startServer(dir);
  try {
    const sizes = await transfer(BASE_SITE);
    const first = {};
    for (const k of ['shipped', '1000', '10000']) first[k] = await firstCard(browser, servers[k].url);
    // Both pages in the same browser process, one after the other, so the figures compare.
    const appRuns = await typingRuns(browser, servers['10000'].url, 'article');
    const plainRuns = await typingRuns(browser, servers['10000'].url + 'plain.html', 'body[data-ready]');
    const app = appRuns.map((s) => s.paint);
    const plain = plainRuns.map((s) => s.paint);
    const appWork = appRuns.map((s) => s.work);
    const plainWork = plainRuns.map((s) => s.work);
    const mem = await memory(browser, servers['10000'].url);
    const json = (await readFile(join(sites['10000'], DATA_FILE))).length;
    const report = { sizes, first, app, plain, appWork, plainWork, mem, json, chromium: browser.version() };
    await writeFile('target/bench/results.json', JSON.stringify(report, null, 2));
    await writeFile('BENCHMARKS.md', markdown(report));
    console.log(markdown(report));
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }
}

function markdown({ sizes, first, app, plain, appWork, plainWork, mem, json, chromium }) {
  const t = sizes.total;
  const budget = (ok) => (ok ? 'met' : '**not met**');
  const ratio = p95(app) / p95(plain);
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, headless Chromium ${chromium}, release build served on 127.0.0.1. ` +
      `First-card times are medians of ${RUNS} runs; typing figures pool every keystroke of ${RUNS} runs; synthetic data from \`generate-data --seed 1\`. ` +
      'The machine is shared and noisy: compare rows of one run, not runs of different days.',
    '',
    '## Budgets',
    '',
    '| what | measured | budget | |',
    '|---|---|---|---|',
    `| first load, brotli (shipped data) | ${kb(t.brotli)} | ≤ 150 KB | ${budget(t.brotli <= 150 * 1024)} |`,
    `| first card, shipped data | ${ms(median(first.shipped))} | ≤ 300 ms | ${budget(median(first.shipped) <= 300)} |`,
    `| first card, 1 000 records | ${ms(median(first['1000']))} | | |`,
    `| first card, 10 000 records | ${ms(median(first['10000']))} | ≤ 1 s | ${budget(median(first['10000']) <= 1000)} |`,
    `| keystroke to paint, 10 000 records, median | ${ms(median(app))} | | |`,
    `| keystroke to paint, 10 000 records, p95 | ${ms(p95(app))} | ≤ 16 ms | ${budget(p95(app) <= 16)} |`,
    `| same typing, plain-JS page, median / p95 | ${ms(median(plain))} / ${ms(p95(plain))} | | |`,
    `| app p95 ÷ plain-JS p95 | ${ratio.toFixed(2)} | ≤ 1 | ${budget(ratio <= 1)} |`,
    `| script work per keystroke, app, median / p95 | ${ms(median(appWork))} / ${ms(p95(appWork))} | | |`,
    `| script work per keystroke, plain-JS, median / p95 | ${ms(median(plainWork))} / ${ms(p95(plainWork))} | | |`,
    `| memory after load, 10 000 records (JS heap + wasm) | ${mb(mem.js)} + ${mb(mem.wasm)} = ${mb(mem.js + mem.wasm)} | ≤ 3 × JSON (${mb(3 * json)}) | ${budget(mem.js + mem.wasm <= 3 * json)} |`,
    '',
    '## First-load transfer (shipped data)',
    '',
    '| file | raw | gzip | brotli |',
    '|---|---|---|---|',
    ...sizes.rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **total** | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`,
    '',
    '## How it is measured',
    '',
    '- First card: from navigation start to the first `<article>` in the DOM (a MutationObserver), a fresh browser context each run.',
    `- Typing: "${TYPED.replace(/\x08/g, '⌫')}" typed one key at a time (⌫ is Backspace) into the search box at 10 000 records; each sample runs from the \`input\` event to the first task after the next animation frame, so it includes the wait for the frame (up to 16.7 ms at 60 Hz) and an instant update measures about one frame. "Script work" stops at the first task after the event, before the frame. The plain-JS page (\`bench/plain.html\`) folds each record's text once at load and, per keystroke, filters every record and renders the first 10 matches; the app renders the same 10, but searches only the previous matches while the query narrows.`,
    `- Memory: \`performance.memory.usedJSHeapSize\` after settling and two forced GCs, plus the wasm instance's linear memory, against the JSON's ${mb(json)}.`,
    '- Transfer: the files a first visit downloads, compressed here with gzip -9 and brotli -11 (what a static host serves depends on its settings).',
    '',
    '## Where the budgets are not met, and why',
    '',
    '- **First load.** The wasm is nearly all of it. A minimal Leptos 0.8 app with the router, gloo-net and serde_json, built with the same profile and wasm-opt, measured here at 70 KB brotli (63 KB wasm + 6 KB JS; 2026-11-29), so the framework is not the limit: the app\'s own code adds about 165 KB brotli. An unoptimised build\'s name section puts most of it in view code (tachys instantiations for 20 components), the serde readers with field paths (serde_path_to_error alone about 35 KB before wasm-opt) and formatting. Reaching the budget means cutting that by more than half; it was not done.',
    '- **Keystroke to paint.** This measure includes waiting for the next frame, so even a page that does nothing per keystroke measures about 16.7 ms at 60 Hz; the plain-JS page measures just that. The app\'s own script work per keystroke is the row below it. What remains is the reactive graph and DOM updates for the facet counts, highlighted text in the mounted cards and the router, plus one pass over the folded text of every record for the first characters of a query; the worst keystrokes are those that change which cards are mounted.',
    '',
  ];
  return lines.join('\n');
}

await main();
