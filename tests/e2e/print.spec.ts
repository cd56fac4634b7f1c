import { expect, test } from './fixtures.ts';

test('a chapter prints without navigation and with link addresses', async ({ page }) => {
  await page.goto('riktlinjer/anstalldas-anvandning/');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Huvudmeny', 'Kapitel i riktlinjerna', 'På den här sidan', 'Föregående och nästa kapitel']) {
    await expect(page.getByRole('navigation', { name })).toBeHidden();
  }
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.prose')).toContainText('uppdrag från chef');
  const after = await page
    .locator('.prose a[href$="checklista/"]')
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('checklista/');
});

test('/riktlinjer/ prints the whole document', async ({ page }) => {
  await page.goto('riktlinjer/');
  await expect(page.locator('.full-document')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const full = page.locator('.full-document');
  await expect(full).toBeVisible();
  await expect(full).toContainText('Sociala medier är i första hand en plats för dialog');
  await expect(full).toContainText('Att använda sociala medier – råd till medarbetare i Västra Götalandsregionen');
  await expect(page.locator('.document-meta')).toBeVisible();
  await expect(page.locator('.chapter-cards')).toBeHidden();
});
