import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

const comment = (page: Page) => page.getByRole('textbox', { name: 'Kommentaren' });
const verdict = (page: Page) => page.locator('comment-checker [role="status"][data-status]');

/** Today in Sweden as a date field writes it. */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

test.describe('kommentarstest, one comment', () => {
  // axe on a busy machine can take a while.
  test.describe.configure({ timeout: 60_000 });

  test('starts empty, explains the rules with links, and is accessible', async ({ page }) => {
    await page.goto('kommentarstest/');
    await expect(page.getByRole('heading', { level: 1, name: 'Kommentarstest' })).toBeVisible();
    await expect(page.getByText('Testet behöver JavaScript')).toBeHidden();
    await expect(comment(page)).toBeVisible();
    await expect(verdict(page)).toContainText('Skriv eller klistra in en kommentar');
    const ruleLink = page.locator('.kt-rules__list a').first();
    await expect(ruleLink).toHaveAttribute('href', /riktlinjer\/kommentarer\/#personliga-angrepp$/);
    await expectAccessible(page, 'tomt');
  });

  test('without JavaScript the page says the check needs it and still explains the rules', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('kommentarstest/');
    await expect(page.getByText('Testet behöver JavaScript.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Kommentaren' })).toBeHidden();
    await expect(page.locator('.kt-rules__list li')).toHaveCount(9);
    await expect(page.getByRole('link', { name: 'Svordomar eller obscena ord' })).toHaveAttribute('href', /riktlinjer\/kommentarer\/#svordomar$/);
    await context.close();
  });

  test('the page as it looks without JavaScript is accessible', async ({ page }) => {
    // axe itself needs JavaScript: give the page empty scripts instead, which leaves it exactly as without them.
    await page.route('**/_astro/*.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.goto('kommentarstest/');
    await expect(page.getByText('Testet behöver JavaScript.')).toBeVisible();
    await expectAccessible(page, 'utan JavaScript');
  });

  test('a comment with swear words: verdict first, then each rule, the marked words and the disguise', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('Vad f*n håller ni på med? Det här är ju helt j4vla värdelöst.');
    await expect(verdict(page)).toContainText('Bör tas bort');
    await expect(verdict(page)).toContainText('svordomar');
    const rule = page.locator('.kt-rule').filter({ hasText: 'Svordomar eller obscena ord' });
    await expect(rule.getByRole('link', { name: 'Svordomar eller obscena ord' })).toHaveAttribute('href', /riktlinjer\/kommentarer\/#svordomar$/);
    const marks = page.locator('.kt-copy mark');
    await expect(marks.filter({ hasText: 'j4vla' })).toHaveCount(1);
    await expect(marks.filter({ hasText: 'f*n' })).toHaveCount(1);
    await expect(page.locator('.kt-findings')).toContainText(/j4vla.{1,2} läses som .{1,2}jävla/);
    // The marked copy is the text as typed, read-only: the marks' numbers point at the findings.
    await expect(page.locator('.kt-copy')).toContainText('Vad f*n');
    await expect(page.locator('.kt-copy .kt-ref').first()).toHaveText(/^\[\d/);
    await expectAccessible(page, 'resultat med fynd');
  });

  test('a clean comment can be published and shows no marks', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('Fantastiskt fin utställning, tusan vad bra! Slutsatsen är att vi kommer tillbaka.');
    await expect(verdict(page)).toContainText('Kan publiceras');
    await expect(page.locator('.kt-copy mark')).toHaveCount(0);
    await expect(page.locator('[data-details]')).toBeHidden();
    await expectAccessible(page, 'rent resultat');
  });

  test('personal data: remove and refer to e-mail, phone or letter', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('Ring mig på 070-123 45 67 om min bokning.');
    await expect(verdict(page)).toContainText('Innehåller personuppgifter');
    await expect(verdict(page)).toContainText('e-post, telefon eller brev');
    await expect(page.locator('.kt-copy mark')).toContainText('070-123 45 67');
    await expect(page.locator('[data-reply="personal-data"]')).toBeVisible();
  });

  test('a threat must be removed by law, naming the law', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('Jag vet var du bor. Du kommer få ångra dig.');
    await expect(verdict(page)).toContainText('Måste tas bort enligt lag');
    await expect(verdict(page)).toContainText('1998:112');
    await expect(page.locator('.kt-law').first()).toContainText('1998:112');
    await expectAccessible(page, 'lagkrav');
  });

  test('results wait until typing pauses, and the live region changes once', async ({ page }) => {
    await page.goto('kommentarstest/');
    // Typing is simulated inside the page, 50 ms a key, so a slow test machine cannot make pauses of its own.
    const typeInPage = (text: string) =>
      page.evaluate(async (chars) => {
        const area = document.querySelector<HTMLTextAreaElement>('[data-input]')!;
        const region = document.querySelector('[data-status]')!;
        const w = window as unknown as { statusChanges: string[] };
        w.statusChanges ??= [];
        const observer = new MutationObserver(() => w.statusChanges.push(region.textContent ?? ''));
        observer.observe(region, { childList: true, subtree: true, characterData: true });
        let duringTyping = 0;
        for (const ch of chars) {
          area.value += ch;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 50));
          duringTyping = w.statusChanges.length;
        }
        return duringTyping;
      }, text);
    expect(await typeInPage('Vad f*n gör ni nu')).toBe(0);
    await expect(verdict(page)).toContainText('Bör tas bort');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges)).toHaveLength(1);
    // More words with the same verdict are not announced again.
    await typeInPage(' idag');
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges)).toHaveLength(1);
  });

  test('nothing is requested while typing, checking, using examples and the deadline', async ({ page }) => {
    await page.goto('kommentarstest/');
    await page.waitForLoadState('networkidle');
    const requests: Request[] = [];
    // The browser fetches the site icon on its own whenever it likes; that is not the page sending anything.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(r);
    });
    await comment(page).click();
    await page.keyboard.type('Hej! Har ni öppet på söndag? Ring 070-123 45 67', { delay: 20 });
    await expect(verdict(page)).toContainText('personuppgifter');
    for (const name of ['En fråga', 'Svordomar och påhopp', 'Hot']) {
      await page.getByRole('button', { name }).click();
      await expect(verdict(page)).not.toContainText('Skriv eller klistra in');
    }
    await page.getByRole('button', { name: 'En fråga' }).click();
    await page.getByLabel('Datum').fill('2026-11-27');
    await page.getByLabel('Klockslag').fill('15:00');
    await expect(page.locator('[data-deadline-due]')).toContainText('måndag');
    expect(requests.map((r) => r.url())).toEqual([]);
  });

  test('a question gets a deadline from now, and the arrival can be changed: over a weekend', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('Hej! Har ni öppet på söndag?');
    await expect(page.getByRole('heading', { name: 'Kommentaren ställer en fråga' })).toBeVisible();
    await expect(page.getByLabel('Datum')).toHaveValue(swedishToday());
    await expect(page.locator('[data-deadline-due]')).toContainText('Svara senast');
    await page.getByLabel('Datum').fill('2026-11-27');
    await page.getByLabel('Klockslag').fill('15:00');
    await expect(page.locator('[data-deadline-due]')).toHaveText('Svara senast måndag 30 november 2026 kl. 15.00.');
    await expect(page.locator('[data-deadline-why]')).toContainText('lördag 28 november och söndag 29 november');
    await expectAccessible(page, 'fråga med svarstid');
  });

  test('the deadline skips public holidays: Thursday before Easter gives Tuesday after', async ({ page }) => {
    await page.goto('kommentarstest/');
    await comment(page).fill('När öppnar ni efter påsk?');
    await page.getByLabel('Datum').fill('2026-04-02');
    await page.getByLabel('Klockslag').fill('15:00');
    await expect(page.locator('[data-deadline-due]')).toHaveText('Svara senast tisdag 7 april 2026 kl. 15.00.');
    await expect(page.locator('[data-deadline-why]')).toContainText('långfredagen');
    await expect(page.locator('[data-deadline-why]')).toContainText('annandag påsk');
    // An empty date is an error said in words, tied to the fields.
    await page.getByLabel('Datum').fill('');
    await expect(page.locator('[data-arrival-error]')).toBeVisible();
    await expect(page.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  });

  test('reply suggestions can be copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('kommentarstest/');
    await comment(page).fill('Vad f*n håller ni på med?');
    const reply = page.locator('[data-reply="removed"]');
    await expect(reply).toBeVisible();
    await reply.getByRole('button', { name: /Kopiera svaret/ }).click();
    await expect(page.locator('[data-copy-announce]')).toHaveText('Kopierat');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await reply.locator('[data-reply-text]').textContent());
    expect(copied).toMatch(/^Hej! Vi har tagit bort din kommentar/);
  });

  test('each example button fills in a comment and shows a result', async ({ page }) => {
    await page.goto('kommentarstest/');
    const buttons = page.locator('[data-example]');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(4);
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      await buttons.nth(i).click();
      await expect(comment(page)).toHaveValue((await buttons.nth(i).getAttribute('data-example'))!);
      seen.add((await verdict(page).locator('.kt-verdict__title').textContent())!.trim());
    }
    // The examples show more than one kind of verdict.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('kommentarstest/');
    await page.getByRole('button', { name: 'En fråga' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'En fråga' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(verdict(page)).toContainText('Kan publiceras');
    // From the examples, Tab reaches the text box and then the deadline fields.
    for (let i = 0; i < 12 && !(await comment(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(comment(page)).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Vad f*n!');
    await expect(verdict(page)).toContainText('Bör tas bort');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', /#svordomar$/);
  });

  test('first-load JavaScript is at most 60 KB gzip, engine included', async ({ page }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto('kommentarstest/');
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.log(`first-load JS: ${scripts.size} files, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(60 * 1024);
    // The batch code, the CSV reader and the worker are not among them.
    expect([...scripts.keys()].some((u) => /worker|papaparse|batch-controller/.test(u))).toBe(false);
  });
});
