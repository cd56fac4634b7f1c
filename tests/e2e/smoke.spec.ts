import { expect, expectAccessible, test } from './fixtures.ts';

test('start page', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('Sociala medier i Västarvet');
  await expectAccessible(page);
});
