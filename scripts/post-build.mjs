// Trunk post-build hook, run on the staging folder before it becomes the site. First it writes
// the shipped record's masthead into the loading placeholder; then two steps, in
// this order because the second hashes what the first writes:
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

// --- 0. The placeholder names the record -------------------------------------------------

const indexFile = join(staging, 'index.html');
let html = await readFile(indexFile, 'utf8');

// The loading placeholder gets the shipped record's masthead, as text, so the first paint says
// what the page is about, and the app's masthead, drawn later in the same place, is no larger
// (the largest text is what Lighthouse times as the main content). Its interface words are
// written in each language, and the stylesheet shows the one `<html lang>` names (set by the
// inline script before the first paint). The lines are made as masthead.rs and the i18n tables
// make them; an end-to-end test compares the two in every language.
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const LANGS = {
  en: {
    eyebrow: 'UN Human Rights Council',
    loading: 'Loading the record…',
    language: 'Language',
    dark: 'Dark theme',
    note: '',
    noteTranslated: '',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (y, m, d, t) => (!m ? y : d ? `${d} ${t.months[m - 1]} ${y}` : `${t.months[m - 1]} ${y}`),
    member: (from, to) => (from === to ? `Member ${from}` : `Member ${from}–${to}`),
    drawn: (title, publisher, date) =>
      `${sentence(`Drawn from: ${title}, ${publisher}${date ? `, ${date}` : ''}`)} Further facts are cited to secondary sources by URL.`,
  },
  ru: {
    eyebrow: 'Совет ООН по правам человека',
    loading: 'Загрузка данных…',
    language: 'Язык (Language)',
    dark: 'Тёмная тема',
    note: 'Тексты записи (названия, краткие изложения, цитаты) — на английском, как в источниках.',
    noteTranslated:
      'Заголовок, введение, темы и названия партнёров и объединений государств переведены редакцией записи, названия государств взяты из CLDR; названия документов, краткие изложения и цитаты — на английском, как в источниках.',
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    date: (y, m, d, t) => (!m ? `${y} г.` : d ? `${d} ${t.months[m - 1]} ${y} г.` : `${t.alone[m - 1]} ${y} г.`),
    member: (from, to) => (from === to ? `Член Совета в ${from} г.` : `Член Совета в ${from}–${to} гг.`),
    drawn: (title, publisher, date) =>
      `${sentence(`Основной источник: ${title}, ${publisher}${date ? `, ${date}` : ''}`)} Остальные факты приведены со ссылками на вторичные источники.`,
  },
  kk: {
    eyebrow: 'БҰҰ Адам құқықтары жөніндегі кеңесі',
    loading: 'Деректер жүктелуде…',
    language: 'Тіл (Language)',
    dark: 'Қараңғы режим',
    note: 'Жазбаның мәтіндері (атаулары, қысқаша мазмұны, дәйексөздері) дереккөздердегідей ағылшын тілінде.',
    noteTranslated:
      'Атауы, кіріспесі, тақырыптар, серіктестер мен мемлекеттер топтарының атаулары — жазба редакторларының аудармасы, мемлекеттердің атаулары CLDR-ден алынған; құжат атаулары, қысқаша мазмұны мен дәйексөздер дереккөздердегідей ағылшын тілінде.',
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    date: (y, m, d, t) => (!m ? `${y} жыл` : d ? `${y} жылғы ${d} ${t.months[m - 1]}` : `${y} жылғы ${t.months[m - 1]}`),
    member: (from, to) => (from === to ? `${from} жылы Кеңес мүшесі` : `${from}–${to} жылдары Кеңес мүшесі`),
    drawn: (title, publisher, date) =>
      `${sentence(`Негізгі дереккөз: ${title}, ${publisher}${date ? `, ${date}` : ''}`)} Басқа деректер екінші реттік дереккөздерге сілтеме арқылы келтірілген.`,
  },
};
// As the Rust tables do: a date or name ending in a full stop ("2024 г.") ends the sentence.
const sentence = (text) => (text.endsWith('.') ? text : `${text}.`);
// One span per language. All but the English one are `hidden`, which the stylesheet overrides
// for the page's language, so without the stylesheet the English one stands alone.
const variants = (make) =>
  Object.entries(LANGS)
    .map(([code, t]) => `<span class="l-${code}"${code === 'en' ? '' : ' hidden'}>${escape(make(t, code))}</span>`)
    .join('');
const dateIn = (t, date) => {
  const [y, m, d] = String(date).split('-').map(Number);
  return t.date(y, m, d, t);
};
html = html
  .replace('<!-- i18n-eyebrow -->UN Human Rights Council', variants((t) => t.eyebrow))
  .replace('<!-- i18n-language -->Language', variants((t) => t.language))
  .replace('<!-- i18n-dark -->Dark theme', variants((t) => t.dark))
  .replaceAll('<!-- i18n-loading -->Loading the record…', variants((t) => t.loading));
try {
  const record = JSON.parse(await readFile(join(staging, 'data/kazakhstan-hrc-2022-2024.json'), 'utf8'));
  const { title, description = '', memberships = [] } = record.profile;
  const primary = (record.sources ?? []).find((s) => s.kind === 'primary');
  const term = (t) =>
    memberships.map((m) => t.member(String(m.from).slice(0, 4), String(m.to).slice(0, 4))).join(' · ');
  const source = (t) => (primary ? t.drawn(primary.title, primary.publisher, primary.date && dateIn(t, primary.date)) : '');
  // The editors' translations of the title and introduction, where the record gives them (see
  // model/local.rs); the note on what stays in English, as masthead.rs words it.
  const translation = (code) => (record.translations ?? []).find((x) => x.lang === code);
  const english = (record.profile.language ?? 'en').split('-')[0] === 'en';
  const note = (t, code) =>
    code === (record.profile.language ?? 'en') || !english ? '' : translation(code) ? t.noteTranslated : t.note;
  if (typeof title === 'string' && title.trim()) {
    html = html
      .replace(`<!-- record-title -->${variants((t) => t.loading)}`, variants((t, code) => translation(code)?.title ?? title))
      .replace('<!-- record-term -->', memberships.length ? variants(term) : '')
      .replace('<!-- record-description -->', variants((t, code) => translation(code)?.description ?? description))
      .replace('<!-- record-source -->', primary ? variants(source) : '')
      .replace(
        '<p class="muted language-note"><!-- record-note --></p>',
        // Shown only in the languages that have a note, so it takes no room in the others.
        `<p class="muted language-note ${Object.entries(LANGS)
          .filter(([code, t]) => note(t, code))
          .map(([code]) => `note-for-${code}`)
          .join(' ')}">${variants(note)}</p>`,
      );
  }
} catch (error) {
  // A missing or broken data file is the app's to report; the placeholder stays generic.
  console.warn(`post-build.mjs: the placeholder keeps its generic text (${error.message}).`);
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
