import { expect, test } from './fixtures.ts';

test('searching for "24 timmar" leads to the answer rule', async ({ page }) => {
  await page.goto('riktlinjer/');
  await page.getByRole('searchbox', { name: 'Sök i riktlinjerna' }).fill('24 timmar');
  await page.getByRole('searchbox', { name: 'Sök i riktlinjerna' }).press('Enter');
  await expect(page).toHaveURL(/sok\/\?q=24\+timmar|sok\/\?q=24%20timmar/);
  await expect(page.getByRole('status')).toContainText(/träff/);
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', /riktlinjer\/hur-vi-kommunicerar\/#svar-inom-24-timmar$/);
  await first.click();
  await expect(page.locator(':target')).toContainText('senast inom 24 timmar på vardagar');
});

test('Swedish stemming finds inflected forms', async ({ page }) => {
  await page.goto('sok/?q=kommentaren');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.locator('.search-results')).toContainText(/kommentar/i);
});

test('a search with no hits says so', async ({ page }) => {
  await page.goto('sok/?q=xyzzyqq');
  await expect(page.getByRole('status')).toHaveText('Inga träffar för ”xyzzyqq”.');
});

test('forms and navigation are not indexed', async ({ page }) => {
  // "Huvudmeny" and the tools' texts stand on every page but never in the guideline's own text.
  await page.goto('sok/?q=Lämplighetsbedömning');
  await expect(page.getByRole('status')).toContainText(/träff/);
  const urls = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(urls.every((u) => u.includes('/riktlinjer/'))).toBe(true);
});
