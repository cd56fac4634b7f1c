import { crawlSite } from './crawl.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

// The pages every deployment must have; the crawl must find each one by following links.
const requiredPaths = [
  '',
  'riktlinjer/',
  'riktlinjer/inledning/',
  'riktlinjer/syfte-och-andamal/',
  'riktlinjer/hur-vi-kommunicerar/',
  'riktlinjer/kommentarer/',
  'riktlinjer/uppsikt-och-moderering/',
  'riktlinjer/diarieforing-arkivering-och-gallring/',
  'riktlinjer/anstalldas-anvandning/',
  'riktlinjer/ovriga-dokument/',
  'kommentarstest/',
  'lamplighetsbedomning/',
  'checklista/',
  'tillganglighet/',
  'sok/',
];

test('every page is reachable by links and every internal link works', async ({ request, baseURL }) => {
  const pages = await crawlSite(request, baseURL!);
  const found = pages.map((p) => p.url);
  for (const path of requiredPaths) expect(found).toContain(new URL(path, baseURL).href);
  const broken = pages.filter((p) => p.status !== 200).map((p) => `${p.url} (${p.status})`);
  expect(broken).toEqual([]);
});

for (const path of requiredPaths) {
  test.describe(`/${path}`, () => {
    test('is Swedish, titled, accessible and safe', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Sociala medier i Västarvet$/);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      await expectAccessible(page, `/${path}`);
    });

    test('is accessible in dark mode and fits a 320 px screen', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await expectAccessible(page, `/${path} mörkt läge, 320 px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sidan ska inte behöva rullas i sidled').toBeLessThanOrEqual(0);
    });
  });
}

test('a page that does not exist gets the Swedish 404 page', async ({ request }) => {
  const response = await request.get('finns-inte/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<h1>Sidan finns inte</h1>');
});
