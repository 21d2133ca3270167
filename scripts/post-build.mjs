// Trunk post-build hook, run on the staging folder before it becomes the site. First it writes
// the shipped record's default view into the page (release builds); then two steps, in this
// order because each hashes what the steps before it wrote:
//
// 1. The Content-Security-Policy (release builds). A static host (GitHub Pages) cannot send
//    headers, so the policy is a <meta http-equiv>. Inline scripts are allowed only by hash, and
//    the hashes are computed here from the HTML Trunk just wrote (its module loader and the theme
//    script), so they can never go stale the way a hand-copied hash does.
//    'wasm-unsafe-eval' lets the page compile its own WebAssembly and nothing else; there is no
//    'unsafe-inline' and no 'unsafe-eval'.
// 2. The service worker (release builds only): `sw.js` from scripts/sw.template.js, with the list
//    of files to keep for offline use and a version that is a hash of their contents, so each
//    deployment that changes anything installs a new worker and drops the old cache.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set).');
  process.exit(2);
}
const release = process.env.TRUNK_PROFILE === 'release';
const fail = (message) => {
  console.error(`post-build.mjs: ${message}`);
  process.exit(1);
};

// --- 0. The record's default view, rendered at build time (release builds) -----------------

const indexFile = join(staging, 'index.html');
let html = await readFile(indexFile, 'utf8');

// The `prerender` command (src/bin/prerender.rs) renders the shipped record's default view with
// the app's own components, natively, in each interface language. The English copy goes where
// the loading placeholder stood. The others go into files of their own beside the page
// (`boot-ru.html`, a <template>, inert, so ids never repeat), which the script in the head
// fetches for a reader in that language and the script after the copy puts in its place before
// the copy is first shown. Written into the page as well, they made it two and a half times
// longer for everyone (9 KB more to download after compression), for copies that most readers
// never show. The command runs
// in the debug profile: the release profile's link-time optimisation is for the wasm, and
// would add minutes to every build. Development builds (`trunk serve`) skip it and keep the
// placeholder, so that a change rebuilds in seconds.
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
if (release) {
  const data = join(staging, 'data/kazakhstan-hrc-2022-2024.json');
  const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', data], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Leptos warns, natively, each time a view reads the URL's fragment, which a build has not.
  const noise = /^Reading hash on the server can lead to hydration errors\.$/;
  const said = (run.stderr ?? '').split('\n').filter((line) => line && !noise.test(line));
  if (said.length) console.error(said.join('\n'));
  if (run.status !== 0) fail(`the prerender command failed (${run.error?.message ?? `status ${run.status}`}).`);
  const copies = JSON.parse(run.stdout);
  const [first, ...others] = Object.keys(copies);
  const start = html.indexOf('<!-- prerender -->');
  const end = html.indexOf('<!-- /prerender -->');
  if (start < 0 || end < start) fail('the <!-- prerender --> markers are missing from index.html.');
  for (const code of others) {
    await writeFile(join(staging, `boot-${code}.html`), `<template data-title="${escape(copies[code].title)}">${copies[code].html}</template>\n`);
  }
  const written = `<div id="boot" class="page" data-prerendered data-lang="${first}">${copies[first].html}</div>`;
  // Marked, so that a tool can find the copy (the benchmark takes it out of the variants that
  // swap in another data file).
  html = `${html.slice(0, start)}<!-- prerendered -->\n    ${written}\n    <!-- /prerendered -->${html.slice(end + '<!-- /prerender -->'.length)}`;
  // The head script fetches a copy only where the page names it (a development build has none).
  // After the copy is in: the positions found above are of the page before this.
  const root = /<html lang="en" class="no-js">/;
  if (!root.test(html)) fail('the <html> tag of index.html has changed; check the hook.');
  html = html.replace(root, () => `<html lang="en" class="no-js" data-copies="${others.join(' ')}">`);
  // Every comment still closes where it did, and the copy's markers stand once each: an edit
  // here that cut into the page would otherwise leave the copy inside a comment, unseen.
  const count = (text) => html.split(text).length - 1;
  if (count('<!--') !== count('-->') || count('<!-- prerendered -->') !== 1 || count('<!-- /prerendered -->') !== 1 || html.includes('<!-- prerender -->')) {
    fail('the copy was written into index.html out of place; check the hook.');
  }
  // Replaced by functions, so that a `$` in the record's title is never read as a pattern.
  html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escape(copies[first].title)}</title>`);
  // The record is in the page now, so the WebAssembly waits for it: the wasm is fetched and
  // started only once the copy has been painted, not preloaded beside the HTML. Started
  // earlier, its download and start would come before the copy's first paint in the
  // page's critical path (on a phone, a 340 KB download ahead of a record that was already
  // there), and its start would hold back that paint. A hidden tab paints nothing, so there it
  // starts at once, and a timer starts it anyway for documents that get no frames.
  // The preload carried the wasm's subresource integrity; the loader's own fetch now does.
  const wasmPreload = /\s*<link rel="preload" href="([^"]+)"[^>]*integrity="([^"]+)"[^>]*as="fetch"[^>]*type="application\/wasm"[^>]*>/;
  const preload = html.match(wasmPreload);
  const loaderInit = preload && `const wasm = await init({ module_or_path: '${preload[1]}' });`;
  if (!preload || !html.includes(loaderInit)) fail("Trunk's loader or its wasm preload has changed; check the hook.");
  html = html
    .replace(wasmPreload, '')
    .replace(
      loaderInit,
      () =>
        'await new Promise((go) => { if (document.visibilityState === "hidden") go(); requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 1000); });\n' +
        `const wasm = await init({ module_or_path: fetch('${preload[1]}', { integrity: '${preload[2]}' }) });`,
    );
  console.log(`post-build.mjs: the record's default view written in ${Object.keys(copies).join(', ')}.`);
}

// --- 1. Content-Security-Policy (release builds) -------------------------------------------

// Under `trunk serve` Trunk fills its live-reload script with the server's address as it serves
// the page, after this hook, so no hash computed here could match it: the development server
// goes without the policy, and every release build (what is published and tested) has it.
if (release) {
  // Every <script> without a src: its exact text is what the browser hashes.
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  if (hashes.length === 0) fail("no inline script found; Trunk's loader has moved, check the hook.");

  const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  // Right after <meta charset>: a policy only governs what comes after it in the document.
  const charset = /<meta charset="utf-8">/i;
  if (!charset.test(html)) fail('<meta charset="utf-8"> not found in index.html.');
  html = html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  console.log(`post-build.mjs: Content-Security-Policy written with ${hashes.length} script hash(es).`);
}
await writeFile(indexFile, html);

// --- 2. Service worker ---------------------------------------------------------------------

if (release) {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.push(relative(staging, path).split(sep).join('/'));
    }
  };
  await walk(staging);
  // What the page needs to open offline: the page, its code and styles, the data and the source
  // texts. Not the worker itself, nor 404.html (a copy of the page made after the build).
  const keep = files.filter((f) => /\.(html|js|wasm|css|json|txt)$/.test(f) && f !== 'sw.js').sort();
  const version = createHash('sha256');
  for (const f of keep) version.update(f).update(await readFile(join(staging, f)));
  const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
  const worker = template
    .replace("'__VERSION__'", JSON.stringify(`hrc-${version.digest('hex').slice(0, 16)}`))
    .replace("['__FILES__']", JSON.stringify(keep.map((f) => (f === 'index.html' ? './' : f))));
  await writeFile(join(staging, 'sw.js'), worker);
  console.log(`post-build.mjs: sw.js written to keep ${keep.length} files offline.`);
}
