// Writes one `## ` section of BENCHMARKS.md (Lighthouse, axe), keeping the rest of the file: the
// section is replaced where it stands, or added before the notes on unmet budgets.
import { readFile, writeFile } from 'node:fs/promises';

/** Puts `section` (starting with `heading`) into BENCHMARKS.md. */
export async function writeSection(heading, section) {
  let bench = await readFile('BENCHMARKS.md', 'utf8').catch(() => '# Benchmarks\n');
  const start = bench.indexOf(heading);
  if (start >= 0) {
    const next = bench.indexOf('\n## ', start + 1);
    // A blank line before the next heading, whatever the section ends with.
    bench = bench.slice(0, start) + (next >= 0 ? `${section.trimEnd()}\n\n${bench.slice(next + 1)}` : section);
  } else {
    const notes = bench.indexOf('## Where the budgets');
    bench = notes >= 0 ? `${bench.slice(0, notes)}${section}\n${bench.slice(notes)}` : `${bench}\n${section}`;
  }
  await writeFile('BENCHMARKS.md', bench);
}
