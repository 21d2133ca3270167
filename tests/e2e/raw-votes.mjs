// The recorded votes read straight from the raw files in data/hrc-votes/ (see its README), with
// no help from the app: the end-to-end tests of the votes view compute what the page should
// show from these, never from the record's `votes` section or from the app's code. Only the
// state names come from elsewhere: CLDR's English names (the pinned npm packages), read here
// directly, since the page names states by CLDR.
import { readFileSync } from 'node:fs';

const DIR = new URL('../../data/hrc-votes/', import.meta.url);
const NODE_MODULES = new URL('../../node_modules/', import.meta.url);

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The codes of all-votes.csv (README): 0 No, 1 Yes, 2 Abstain, 3 present but did not vote,
 *  4 no vote recorded (returned as null). */
const BALLOTS = { 0: 'no', 1: 'yes', 2: 'abstain', 3: 'nv', 4: null };

/** What a symbol says of its text, reading the source's odd forms as the Council writes them:
 *  `A/HRC/RES/56/L.35` is the amendment A/HRC/56/L.35 (an L document, whatever it was filed
 *  under), `A/HRC/DEC22/117` a decision with its slash missing, and words after a space
 *  (" as orally revised") are not part of it. */
export function readSymbol(raw) {
  const body = raw.split(' ')[0];
  const m = /^A\/HRC\/(RES\/|DEC\/?)?((?:S-)?\d{1,4})\/(L\.)?(\d{1,4})$/.exec(body);
  if (!m) throw new Error(`not a symbol: ${raw}`);
  const [, prefix, session, limited, number] = m;
  if (limited) return { symbol: `A/HRC/${session}/L.${number}`, series: 'L', session };
  if (!prefix) throw new Error(`not a symbol: ${raw}`);
  const series = prefix.startsWith('RES') ? 'RES' : 'DEC';
  return { symbol: `A/HRC/${series}/${session}/${number}`, series, session };
}

/** The library's title without its tail (" :amendment /Human Rights Council at its 56th
 *  session"), with runs of white space made one, and the tail's word, if any. */
export function titleAndWord(summary) {
  const m = /^([\s\S]*?)\s*:?\s*(resolution|decision|amendment)\s*\/\s*(?:adopted by the\s+)?Human Rights Council at its [^/]*$/.exec(summary.trim());
  const squash = (s) => s.split(/\s+/).filter(Boolean).join(' ');
  return m ? { title: squash(m[1]), word: m[2] } : { title: squash(summary), word: null };
}

/** The page's id of a vote's card, as the app names it (model::vote_id's documented form):
 *  "vote-res-49-1" for A/HRC/RES/49/1, "vote-56-l-35" for A/HRC/56/L.35. */
export const cardId = (symbol) =>
  'vote-' + symbol.replace(/^A\/HRC\//, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');

let cache;

/** Every recorded vote of the raw files, in their order: symbol (canonical), raw symbol, date
 *  (YYYY-MM-DD), session, kind, title, and `ballots`: code → 'yes' | 'no' | 'abstain' | 'nv' for
 *  every state with a vote recorded (codes 0–3). */
export function allVotes() {
  if (cache) return cache;
  const [dataHeader, ...dataRows] = parseCsv(readFileSync(new URL('all-vote-data.csv', DIR), 'utf8'));
  const [matrixHeader, ...matrixRows] = parseCsv(readFileSync(new URL('all-votes.csv', DIR), 'utf8'));
  if (dataHeader.join() !== 'Resolution,Date,Summary') throw new Error(`all-vote-data.csv header: ${dataHeader}`);
  if (matrixHeader[0] !== 'Country') throw new Error(`all-votes.csv header: ${matrixHeader[0]}`);
  const column = new Map(matrixHeader.map((s, i) => [s, i]));
  const states = matrixRows.filter((r) => r.length === matrixHeader.length);
  cache = dataRows
    .filter((r) => r.length === 3)
    .map(([raw, date, summary]) => {
      const { symbol, series, session } = readSymbol(raw);
      const { title, word } = titleAndWord(summary);
      const kind = series === 'RES' ? 'resolution' : series === 'DEC' ? 'decision' : word === 'amendment' ? 'amendment' : 'draft';
      const col = column.get(raw);
      if (col === undefined) throw new Error(`no column for ${raw}`);
      const ballots = {};
      for (const row of states) {
        const code = row[col].trim();
        if (!(code in BALLOTS)) throw new Error(`${row[0]} on ${raw}: code ${code}`);
        if (BALLOTS[code]) ballots[row[0]] = BALLOTS[code];
      }
      return { symbol, raw, date: date.replaceAll('/', '-'), session, kind, title, ballots };
    });
  return cache;
}

/** The votes taken from `from` to `to` (inclusive, YYYY-MM-DD). */
export const votesBetween = (from, to) => allVotes().filter((v) => v.date >= from && v.date <= to);

/** Kazakhstan's term, as the shipped record follows it. */
export const KAZ_TERM = votesBetween('2022-01-01', '2024-12-31');

/** A vote's counts. */
export function tally(v) {
  const t = { yes: 0, no: 0, abstain: 0, nv: 0 };
  for (const b of Object.values(v.ballots)) t[b]++;
  return t;
}

/** How a vote ended: a resolution or decision was adopted; a draft or amendment was adopted
 *  with more votes for than against (the Council decides by a majority of those present and
 *  voting), rejected otherwise, and has no result to tell when no member's vote is recorded. */
export function outcome(v) {
  if (v.kind === 'resolution' || v.kind === 'decision') return 'adopted';
  const t = tally(v);
  if (t.yes + t.no + t.abstain + t.nv === 0) return 'not_recorded';
  return t.yes > t.no ? 'adopted' : 'rejected';
}

/** The state's vote as the votes facet counts it: yes, no, abstain, or none (present and not
 *  voting, or no vote recorded). */
export const castOf = (v, code) => ({ yes: 'yes', no: 'no', abstain: 'abstain' })[v.ballots[code]] ?? 'none';

/** How many of `votes` `code` cast each way. */
export function casts(votes, code) {
  const n = { yes: 0, no: 0, abstain: 0, none: 0 };
  for (const v of votes) n[castOf(v, code)]++;
  return n;
}

/** Whether both states have a vote recorded on `v` (present and not voting included) and they
 *  differ. */
export const differ = (v, a, b) => Boolean(v.ballots[a] && v.ballots[b] && v.ballots[a] !== v.ballots[b]);

/** Percent rounded half up, in whole numbers. */
const percent = (part, whole) => (whole > 0 ? Math.floor((part * 200 + whole) / (2 * whole)) : null);

/** With whom `state` voted alike over `votes`: every state with a vote recorded on a vote where
 *  `state` has one; for each, the votes where both voted Yes or No (`shared`) and how many of
 *  those alike (`votesOnly`, percent), and the agreement index over the votes where both voted
 *  Yes, No or Abstain (same 1, abstention against Yes/No ½, Yes against No 0; `index`, percent).
 *  Sorted most alike first: by the votes-only figure (states without one last), then more shared
 *  votes first, then by code. */
export function alignment(votes, state) {
  const others = new Set();
  for (const v of votes) {
    if (!v.ballots[state]) continue;
    for (const code of Object.keys(v.ballots)) if (code !== state) others.add(code);
  }
  const rows = [...others].map((code) => {
    let shared = 0, alike = 0, indexShared = 0, score = 0;
    for (const v of votes) {
      const [x, y] = [v.ballots[state], v.ballots[code]];
      if (!x || !y) continue;
      const yn = (b) => b === 'yes' || b === 'no';
      if (yn(x) && yn(y)) {
        shared++;
        if (x === y) alike++;
      }
      if (x !== 'nv' && y !== 'nv') {
        indexShared++;
        score += x === y ? 2 : x === 'abstain' || y === 'abstain' ? 1 : 0;
      }
    }
    return { code, shared, alike, votesOnly: percent(alike, shared), index: percent(score, 2 * indexShared) };
  });
  rows.sort((a, b) =>
    (a.votesOnly === null) - (b.votesOnly === null) ||
    (b.votesOnly ?? 0) - (a.votesOnly ?? 0) ||
    b.shared - a.shared ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return rows;
}

let names;

/** A state's English name as CLDR gives it, by its alpha-3 code. */
export function stateName(code) {
  if (!names) {
    const read = (p) => JSON.parse(readFileSync(new URL(p, NODE_MODULES), 'utf8'));
    const mappings = read('cldr-core/supplemental/codeMappings.json').supplemental.codeMappings;
    const territories = read('cldr-localenames-full/main/en/territories.json').main.en.localeDisplayNames.territories;
    names = new Map();
    for (const [a2, entry] of Object.entries(mappings)) {
      if (a2.length === 2 && entry._alpha3) names.set(entry._alpha3, territories[a2]);
    }
  }
  const name = names.get(code);
  if (!name) throw new Error(`CLDR names no state ${code}`);
  return name;
}
