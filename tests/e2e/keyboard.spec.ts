import { expect, test } from './fixtures.ts';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('riktlinjer/kommentarer/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The first stop inside main is the table of contents.
  await expect(page.locator(':focus')).toHaveText('Skicka inte personuppgifter');
});

test('the main menu and search work with the keyboard alone', async ({ page }) => {
  await page.goto('');
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(order).toEqual([
    'Hoppa till huvudinnehållet',
    'VästarvetSociala medier i Västarvet',
    '',
    'Sök',
    'Riktlinjer',
    'Kommentarstest',
    'Lämplighetsbedömning',
    'Checklista',
  ]);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('searchbox', { name: 'Sök i riktlinjerna' })).toBeFocused();
  await page.keyboard.type('gallring');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.locator('.search-results a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/diarieforing-arkivering-och-gallring\/#/);
  await page.goto('');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Checklista' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/checklista\/$/);
});

test('every focused element shows a visible focus indicator', async ({ page }) => {
  await page.goto('riktlinjer/kommentarer/');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const visible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
    });
    expect(visible).toBe(true);
  }
});
