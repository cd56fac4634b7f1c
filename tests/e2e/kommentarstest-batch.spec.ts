import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bigCsv } from '../fixtures/kommentarstest/big-csv.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const fixture = (name: string): string => new URL(`../fixtures/kommentarstest/${name}`, import.meta.url).pathname;
const rows = (page: Page) => page.locator('[data-rows] tr');

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Fil med kommentarer').setInputFiles(file);
  await page.getByRole('button', { name: 'Läs in filen' }).click();
}

test.describe('kommentarstest, many comments', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a CSV with a BOM, semicolons and quoted fields: choose columns, table, filter, sort, export', async ({ page }) => {
    await page.goto('kommentarstest/');
    await upload(page, fixture('kommentarer-semikolon.csv'));
    await expect(page.getByRole('heading', { name: 'Välj kolumner' })).toBeFocused();
    await expect(page.locator('[data-columns-summary]')).toContainText('5 kommentarer och 4 kolumner');
    await expect(page.locator('[data-columns-summary]')).toContainText('semikolon');
    await expect(page.getByLabel('Kolumn med kommentarens text')).toHaveValue('3');
    await expect(page.getByLabel('Kolumn med vem som skrev (frivilligt)')).toHaveValue('2');
    await expect(page.getByLabel('Kolumn med när kommentaren skrevs (frivilligt)')).toHaveValue('1');
    await expect(page.locator('[data-sample]')).toContainText('Fin utställning; vi kommer gärna tillbaka!');
    await page.getByRole('button', { name: 'Kontrollera 5 kommentarer' }).click();

    await expect(page.getByRole('heading', { name: 'Resultat', exact: true }).last()).toBeFocused();
    await expect(rows(page)).toHaveCount(5);
    const second = rows(page).nth(1);
    await expect(second).toContainText('Berg, Olle');
    await expect(second).toContainText('Ni är "experter" sägs det.');
    await expect(second).toContainText('Bör tas bort');
    await expect(second).toContainText('Svordomar');
    // The quoted line break stays inside the comment, and the file's line numbers follow it.
    await expect(rows(page).nth(2).locator('td').first()).toHaveText('4');
    await expect(rows(page).nth(3).locator('td').first()).toHaveText('6');
    // Deadlines from the time column: Friday 15:00 → Monday; Thursday before Easter → Tuesday after.
    await expect(rows(page).nth(3)).toContainText('senast tisdag 7 april 2026 kl. 15.00');
    await expect(rows(page).nth(2)).toContainText('senast måndag 30 november 2026 kl. 16.00');
    await expectAccessible(page, 'batch-tabell');

    await page.getByLabel('Visa').selectOption('profanity');
    await expect(rows(page)).toHaveCount(1);
    await expect(page.locator('[data-shown]')).toHaveText('Visar 1 av 1 kommentarer.');
    await page.getByLabel('Visa').selectOption('question');
    await expect(rows(page)).toHaveCount(2);
    await page.getByLabel('Visa').selectOption('all');

    await page.getByRole('button', { name: 'Bedömning' }).click();
    await expect(page.locator('th[data-sort="verdict"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(page).first()).not.toContainText('Kan publiceras');
    await expect(rows(page).last()).toContainText('Kan publiceras');
    await page.getByRole('button', { name: 'Rad', exact: true }).click();
    await page.getByRole('button', { name: 'Rad', exact: true }).click();
    await expect(page.locator('th[data-sort="order"]')).toHaveAttribute('aria-sort', 'descending');
    await expect(rows(page).first().locator('td').first()).toHaveText('7');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned tabellen som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('kommentarstest-resultat.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Rad;Kommentar;Skribent;Tid;Bedömning;Regler;Lagrum;Fråga;Svara senast');
    expect(csv).toContain('"Berg, Olle"');
    expect(csv).toContain('"Vad f*n håller ni på med? Ni är ""experter"" sägs det."');
    expect(csv).toContain('"Har ni öppet på söndag?\nVi är fyra vuxna."');
    expect(csv).toContain('2026-04-07 15:00');
  });

  test('a broken file gets a clear message with line and column', async ({ page }) => {
    await page.goto('kommentarstest/');
    await upload(page, fixture('trasig.csv'));
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('Det finns ett problem');
    await expect(summary.getByRole('link')).toContainText('Rad 3, kolumn 3');
    await expect(page.locator('#kt-batch-file-error')).toContainText('Fel:');
    await expect(page.locator('#kt-batch-file-error')).toContainText('citattecken');
    await expect(page).toHaveTitle(/^Fel: /);
    await expect(page.getByLabel('Fil med kommentarer')).toHaveAttribute('aria-describedby', 'kt-batch-file-hint kt-batch-file-error');
    await expectAccessible(page, 'felmeddelande');
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Fil med kommentarer')).toBeFocused();

    // Broken JSON is reported the same way.
    await upload(page, fixture('trasig.json'));
    await expect(summary.getByRole('link')).toContainText('Rad 4, kolumn');
    // And a good file afterwards clears the error.
    await upload(page, fixture('kommentarer.json'));
    await expect(summary).toBeHidden();
    await expect(page).not.toHaveTitle(/^Fel: /);
    await expect(page.getByLabel('Kolumn med kommentarens text')).toHaveValue('3');
  });

  test('no file chosen and nothing pasted are errors too', async ({ page }) => {
    await page.goto('kommentarstest/');
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Välj en fil med kommentarer.');
    await page.getByRole('button', { name: 'Kontrollera kommentarerna' }).first().click();
    await expect(page.locator('[data-error-summary]')).toContainText('Klistra in minst en kommentar.');
    await expect(page.getByLabel('Eller klistra in kommentarer, en per rad')).toHaveAttribute('aria-invalid', 'true');
  });

  test('pasted comments, one per line', async ({ page }) => {
    await page.goto('kommentarstest/');
    await page.getByLabel('Eller klistra in kommentarer, en per rad').fill('Tack för en fin dag!\n\nVad f*n!\nHar ni öppet i morgon?');
    await page.getByRole('button', { name: 'Kontrollera kommentarerna' }).first().click();
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).nth(1).locator('td').first()).toHaveText('3');
    await expect(rows(page).nth(1)).toContainText('Bör tas bort');
    await expect(rows(page).nth(2)).toContainText('Ingen tid vald');
  });

  test('10,000 comments are checked in a worker without freezing the page, and only code is fetched', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('kommentarstest/');
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('request', (r) => {
      // The browser fetches the site icon on its own; that is not the page sending anything.
      if (!r.url().endsWith('/favicon.svg')) fetched.push(`${r.resourceType()} ${new URL(r.url()).pathname}`);
    });
    await upload(page, { name: 'tiotusen.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(10_000)) });
    await expect(page.getByRole('button', { name: 'Kontrollera 10 000 kommentarer' })).toBeVisible();
    // A timer ticks every 10 ms on the page until the table appears. A check on the page's own thread would hold
    // every tick back until it was done; with the work in a worker the ticks keep coming. Ticks are counted,
    // not milliseconds, so a slow test machine cannot decide the outcome.
    await page.evaluate(() => {
      const w = window as unknown as { ticks: number };
      w.ticks = 0;
      const results = document.querySelector<HTMLElement>('[data-results]')!;
      const timer = window.setInterval(() => {
        if (results.hidden) w.ticks += 1;
        else window.clearInterval(timer);
      }, 10);
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Kontrollera 10 000 kommentarer' }).click();
    await expect(page.locator('[data-results]')).toBeVisible({ timeout: 90_000 });
    const elapsed = Date.now() - started;
    const ticks = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    console.log(`10 000 comments: ${elapsed} ms from click to table (worker ${await page.locator('comment-batch').getAttribute('data-last-check-ms')} ms), ${ticks} ticks on the page meanwhile`);
    await expect(page.locator('[data-results-summary]')).toContainText('Klart. 10 000 kommentarer är kontrollerade.');
    expect(ticks).toBeGreaterThanOrEqual(20);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/\.js$/)]);
    await expect(page.locator('[data-shown]')).toHaveText('Visar 200 av 10 000 kommentarer.');
    await expect(rows(page)).toHaveCount(200);
    await page.getByRole('button', { name: 'Visa 200 rader till' }).click();
    await expect(rows(page)).toHaveCount(400);
    // Only the batch code and the worker were fetched: scripts from this site, nothing else.
    expect(fetched.length).toBeGreaterThan(0);
    for (const entry of fetched) expect(entry).toMatch(/^script \/.*\.js$/);
  });

  test('a long check shows progress and can be cancelled', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('kommentarstest/');
    await upload(page, { name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(30_000, 600)) });
    await page.getByRole('button', { name: 'Kontrollera 30 000 kommentarer' }).click();
    const bar = page.locator('[data-progress-bar]');
    await expect(bar).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kontrollerar kommentarerna' })).toBeFocused();
    await expect.poll(async () => Number(await bar.getAttribute('value') ?? (await bar.evaluate((b: HTMLProgressElement) => b.value))), { timeout: 30_000 }).toBeGreaterThan(0);
    await expectAccessible(page, 'pågående kontroll');
    await page.getByRole('button', { name: 'Avbryt kontrollen' }).click();
    await expect(page.locator('[data-results-summary]')).toContainText('Kontrollen avbröts.');
    await expect(page.locator('[data-results-summary]')).toContainText('av 30 000 kommentarer hann kontrolleras');
  });
});
