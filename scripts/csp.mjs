// Trunk post-build hook: writes the Content-Security-Policy into the built index.html.
//
// A static host (GitHub Pages) cannot send headers, so the policy is a <meta http-equiv>. Inline
// scripts are allowed only by hash, and the hashes are computed here from the HTML Trunk just
// wrote (its module loader, plus the live-reload script under `trunk serve`), so they can never
// go stale the way a hand-copied hash does. 'wasm-unsafe-eval' lets the page compile its own
// WebAssembly and nothing else; no 'unsafe-inline' and no 'unsafe-eval'.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('csp.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set).');
  process.exit(2);
}
const debug = process.env.TRUNK_PROFILE !== 'release';
const file = join(staging, 'index.html');
let html = await readFile(file, 'utf8');

// Every <script> without a src: its exact text is what the browser hashes.
const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) {
  console.error('csp.mjs: no inline script found; Trunk\'s loader has moved, check the hook.');
  process.exit(1);
}

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  // Live reload under `trunk serve` talks over a WebSocket to the same host.
  `connect-src 'self'${debug ? ' ws: wss:' : ''}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
// Right after <meta charset>: a policy only governs what comes after it in the document.
const charset = /<meta charset="utf-8">/i;
if (!charset.test(html)) {
  console.error('csp.mjs: <meta charset="utf-8"> not found in index.html.');
  process.exit(1);
}
html = html.replace(charset, (m) => `${m}\n    ${meta}`);
await writeFile(file, html);
console.log(`csp.mjs: Content-Security-Policy written with ${hashes.length} script hash(es).`);
