// Lighthouse on the release build: `make lighthouse` builds the site, then runs this. It serves
// the site gzipped on 127.0.0.1 under /hrc/, runs Lighthouse 12 in /usr/bin/chromium with the desktop
// and the mobile (default) settings, and writes the category scores to bench/lighthouse.md and
// into BENCHMARKS.md. It asserts nothing: the scores are reported, not enforced.
import { readFile, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/harness.mjs';
import { writeSection } from './benchmarks-section.mjs';

const SITE = process.argv[2] ?? 'target/bench/site';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function run(url, port, config) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
  const lhr = result.lhr;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    failed: CATEGORIES.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${c}: ${lhr.audits[r.id].title} (${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score})`),
    ),
    metrics: Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
        id,
        lhr.audits[id]?.displayValue,
      ]),
    ),
  };
}

const server = await startServer(SITE, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const results = {};
try {
  for (const [name, config] of [['desktop', desktopConfig], ['mobile', undefined]]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(server.url, chrome.port, config));
    results[name] = {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
      failed: [...new Set(runs.flatMap((r) => r.failed))],
      metrics: runs[runs.length - 1].metrics,
    };
  }
} finally {
  await chrome.kill();
  await server.close();
}

const version = JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version;
const row = (name) =>
  `| ${name} | ${CATEGORIES.map((c) => results[name].scores[c]).join(' | ')} |`;
const lines = [
  '## Lighthouse',
  '',
  `Measured by \`make lighthouse\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${version}, the release build served gzipped (as GitHub Pages serves it) on 127.0.0.1 under /hrc/, headless Chromium, the median of ${RUNS} runs per setting. Budgets: desktop 100 in every category, mobile performance ≥ 95.`,
  '',
  '| setting | performance | accessibility | best practices | SEO |',
  '|---|---|---|---|---|',
  row('desktop'),
  row('mobile'),
  '',
  `Mobile (simulated slow 4G, 4× CPU slowdown): ${Object.entries(results.mobile.metrics).map(([k, v]) => `${k.replace(/-/g, ' ')} ${v}`).join(', ')}.`,
  '',
  results.desktop.failed.length + results.mobile.failed.length
    ? `Audits below full marks: ${[...results.desktop.failed.map((f) => `desktop ${f}`), ...results.mobile.failed.map((f) => `mobile ${f}`)].join('; ')}.`
    : 'Every weighted audit at full marks.',
  '',
];
const section = lines.join('\n');
await writeFile('bench/lighthouse.md', section);
await writeSection('## Lighthouse', section);
console.log(section);
