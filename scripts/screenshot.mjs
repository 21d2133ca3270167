// Screenshots of the release build under /hrc/, at phone and desktop widths, light and dark:
//   node scripts/screenshot.mjs [query] [out-dir]
// Looking at the page is part of the work; this makes it one command.
import { startServer, launch } from '../tests/e2e/harness.mjs';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'target/screenshots';
const server = await startServer();
const browser = await launch();
try {
  for (const [name, width, height] of [['phone', 360, 780], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(server.url + query);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      const path = `${out}/${name}-${scheme}.png`;
      await page.screenshot({ path, fullPage: process.env.FULL === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${path}${overflow > 0 ? ` (horizontal overflow ${overflow}px)` : ''}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
