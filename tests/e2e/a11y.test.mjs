// Accessibility checks with axe-core (WCAG 2.2 A and AA rules, contrast included) on the
// release build: every state a reader meets (tests/e2e/axe-states.mjs), in both colour schemes,
// at phone and desktop widths. `make axe` runs the same checks and writes the figures into
// BENCHMARKS.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { SCREENS, STATES, audit } from './axe-states.mjs';

const site = useSite();

for (const colorScheme of ['light', 'dark']) {
  for (const [screen, viewport] of SCREENS) {
    for (const [name, reach] of STATES) {
      test(`no WCAG A/AA violations: ${name}, ${screen}, ${colorScheme}`, async () => {
        // Axe's helper needs a page from a context of its own.
        const context = await site.browser.newContext({ viewport, colorScheme, serviceWorkers: 'block' });
        const page = await context.newPage();
        await reach(page, site.url);
        const { violations, passes } = await audit(page);
        assert.deepEqual(violations, []);
        // Axe ran its rules on a drawn page (an empty page passes nothing).
        assert.ok(passes > 10, `only ${passes} rules applied`);
        await context.close();
      });
    }
  }
}
