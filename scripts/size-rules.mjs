// The size rules, checked on the wasm that cargo built (before wasm-bindgen and wasm-opt, whose
// name section still names every function): one copy of the library's sort, and no float
// formatting. Each sort instantiated on another type or comparison adds 2 to 5 KB to the
// page's download (see `model::order`); float formatting adds about 10 KB.
// Usage: node scripts/size-rules.mjs [path/to/app.wasm]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/hrc-record.wasm';
const bytes = readFileSync(file);

if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) {
  console.error(`${file} is not a wasm module`);
  process.exit(2);
}

/** Reads an unsigned LEB128 at `at`; returns [value, next]. */
function leb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length || shift > 35) {
      console.error(`${file}: a number runs past the end of the file`);
      process.exit(2);
    }
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** The function names of the wasm's `name` section. */
function functionNames() {
  const names = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(at + 1);
    const end = body + size;
    if (id === 0) {
      const [len, start] = leb(body);
      const section = bytes.toString('utf8', start, start + len);
      if (section === 'name') {
        let p = start + len;
        while (p < end) {
          const sub = bytes[p];
          const [subSize, subBody] = leb(p + 1);
          if (sub === 1) {
            let [count, q] = leb(subBody);
            for (; count > 0; count--) {
              let n;
              [, q] = leb(q);
              [n, q] = leb(q);
              names.push(bytes.toString('utf8', q, q + n));
              q += n;
            }
          }
          p = subBody + subSize;
        }
      }
    }
    at = end;
  }
  return names;
}

const names = functionNames();
if (names.length < 1000) {
  console.error(`${file}: found ${names.length} function names; the check needs the name section`);
  process.exit(2);
}
const problems = [];
// Each instantiation of the library's stable or unstable sort has its own entry point.
const sorts = names.filter((n) => /slice4sort(6stable14driftsort_main|8unstable7ipnsort)/.test(n));
if (sorts.length > 1) {
  problems.push(`${sorts.length} copies of the library's sort (one allowed, in model::order):\n  ${sorts.join('\n  ')}`);
}
const floats = names.filter((n) => /flt2dec|float_to_decimal|float_to_exponential|fmt5float/.test(n));
if (floats.length > 0) {
  problems.push(`float formatting is in the wasm:\n  ${floats.join('\n  ')}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`size rules hold: ${sorts.length} copy of the sort, no float formatting (${names.length} functions)`);
