/**
 * Screenshots of the built site for a person to look at: each page at 320 and 1280 px, light and
 * dark, plus print. Usage: node scripts/screenshots.ts [baseURL] [outDir] [paths...]
 * (serve the site first, e.g. node scripts/serve-static.ts dist 4321).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [baseURL = 'http://localhost:4321/', outDir = 'screenshots', ...given] = process.argv.slice(2);
const paths = given.length
  ? given
  : ['', 'riktlinjer/', 'riktlinjer/kommentarer/', 'riktlinjer/hur-vi-kommunicerar/', 'sok/?q=24+timmar', 'tillganglighet/', 'kommentarstest/', 'lamplighetsbedomning/', 'checklista/'];
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const path of paths) {
  const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start';
  for (const [width, scheme] of [[320, 'light'], [1280, 'light'], [320, 'dark'], [1280, 'dark']] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(new URL(path, baseURL).href);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${outDir}/${name}-${width}-${scheme}.png`, fullPage: true });
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 } });
  await page.goto(new URL(path, baseURL).href);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${outDir}/${name}-print.png`, fullPage: true });
  await page.close();
}
await browser.close();
console.log(`Skärmbilder i ${outDir}/`);
