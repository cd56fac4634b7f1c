import { configuredContact, subPath } from '../../playwright.config.ts';
import { crawlSite } from './crawl.ts';
import { expect, test } from './fixtures.ts';

test('under a sub-path every internal link stays inside it and works', async ({ request, baseURL }) => {
  const pages = await crawlSite(request, baseURL!);
  expect(pages.length).toBeGreaterThanOrEqual(15);
  const origin = new URL(baseURL!).origin;
  const outside = pages
    .flatMap((p) => p.links.map((link) => ({ from: p.url, link })))
    .filter(({ link }) => link.startsWith(origin) && !new URL(link).pathname.startsWith(subPath));
  expect(outside).toEqual([]);
  expect(pages.filter((p) => p.status !== 200).map((p) => p.url)).toEqual([]);
});

test('search works under a sub-path', async ({ page }) => {
  await page.goto('sok/?q=gallringsbeslut');
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${subPath}riktlinjer/`));
  await first.click();
  await expect(page.locator(':target')).toContainText('Gallringsbeslut');
});

test('contact details set at build time appear in the reply suggestions', async ({ page }) => {
  await page.goto('kommentarstest/');
  const reply = page.locator('[data-reply-all="personal-data"] [data-reply-text]');
  await expect(reply).toContainText(`Mejla oss i stället på ${configuredContact.REPLY_EMAIL}, ring ${configuredContact.REPLY_PHONE}`);
  // The postal address was not configured: its placeholder stays for the moderator.
  await expect(reply).toContainText('[postadress]');
});
