import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { allFine } from '../unit/suitability/answers.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const url = 'lamplighetsbedomning/';

/** Every top-level answer fine: the post is ready to publish (the same answers the unit tests use). */
const fine: Readonly<Record<string, string>> = allFine;

const verdict = (page: Page) => page.locator('[data-verdict-panel]');
const status = (page: Page) => verdict(page).getByRole('status');

async function freshStart(page: Page): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await expect(status(page)).toContainText('frågor besvarade');
}

/** Answers with the mouse, for tests about the verdict rather than about the keyboard. */
async function answer(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [question, option] of Object.entries(answers)) await page.check(`#q-${question}-${option}`);
}

/**
 * Answers one question with the keyboard alone: Tab until focus reaches its radio group, then Space
 * for the first option or the arrow keys for a later one (arrows move and select, as radios do).
 */
async function answerByKeyboard(page: Page, question: string, optionIndex: number): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    if (name === `q-${question}`) break;
  }
  await expect(page.locator(`input[name="q-${question}"]:focus`)).toHaveCount(1);
  if (optionIndex === 0) await page.keyboard.press('Space');
  for (let i = 0; i < optionIndex; i++) await page.keyboard.press('ArrowDown');
}

async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Fokus nådde aldrig ${selector}`);
}

test.describe('lämplighetsbedömningen med JavaScript', () => {
  // Each test answers up to 16 questions and runs axe over a long page: on a busy machine that needs more than 30 s.
  test.describe.configure({ timeout: 90_000 });

  test('the start page is accessible and says nothing is decided yet', async ({ page }) => {
    await freshStart(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lämplighets.?bedömning/);
    await expect(status(page)).toHaveText('0 av 12 frågor besvarade.');
    await expect(verdict(page).locator('[data-title]')).toHaveText('Inte klart än');
    // Follow-ups wait for the answer that needs them.
    for (const id of ['krankande', 'samtycke', 'ratt-att-anvanda', 'standpunkt']) await expect(page.locator(`#q-${id}`)).toBeHidden();
    await expect(page.locator('#sq-date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible(page, 'start');
  });

  test('keyboard only: from the start to "Klart att publicera" and a saved file', async ({ page }) => {
    await freshStart(page);
    await page.locator('#sq-channel').focus();
    await page.keyboard.type('Västarvets Instagram');
    const order = ['korrekt', 'syfte', 'grafisk-profil', 'ton', 'sekretess', 'personuppgifter', 'andras-material', 'politiskt', 'debatt', 'konto', 'uppdrag', 'bevakning'];
    const optionIndex: Record<string, number> = { sekretess: 1, personuppgifter: 1, 'andras-material': 1, politiskt: 1, debatt: 1 };
    for (const id of order) await answerByKeyboard(page, id, optionIndex[id] ?? 0);
    await expect(status(page)).toHaveText('Alla frågor är besvarade. Bedömning: Klart att publicera.');
    await expect(verdict(page).locator('[data-title]')).toHaveText('Klart att publicera');

    await tabTo(page, '#sq-assessor');
    await page.keyboard.type('Anna Andersson');
    await tabTo(page, 'button[data-action="download"]');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lamplighetsbedomning-\d{4}-\d{2}-\d{2}-vastarvets-instagram\.txt$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain('Bedömning: Klart att publicera');
    expect(text).toContain('Bedömd av: Anna Andersson');
    expect(text).toContain('Kanal: Västarvets Instagram');
    expect(text).toContain('Är innehållet korrekt och sakligt?\n  Svar: Ja, jag har kontrollerat det');
    await expect(page.locator('[data-record-status]')).toContainText('har laddats ner');
  });

  test('keyboard only: a confidential answer stops the post at once, whatever else is answered', async ({ page }) => {
    await freshStart(page);
    await page.locator('#sq-channel').focus();
    await answerByKeyboard(page, 'korrekt', 0);
    await answerByKeyboard(page, 'syfte', 0);
    await answerByKeyboard(page, 'grafisk-profil', 0);
    await answerByKeyboard(page, 'ton', 0);
    await answerByKeyboard(page, 'sekretess', 0);
    await expect(verdict(page).locator('[data-title]')).toHaveText('Publicera inte');
    await expect(status(page)).toContainText('Bedömning: Publicera inte.');
    await expect(verdict(page).locator('[data-reasons] li')).toHaveText([/Stoppar.*sekretessbelagda eller känsliga uppgifter/]);
    await expect(verdict(page).locator('[data-reasons] a')).toHaveAttribute('href', /riktlinjer\/hur-vi-kommunicerar\/#sekretess$/);
    // Fine answers elsewhere do not lift the stop.
    await answer(page, { ...fine, sekretess: 'ja' });
    await expect(verdict(page).locator('[data-title]')).toHaveText('Publicera inte');
  });

  test('keyboard only: a follow-up appears after its question and joins the tab order', async ({ page }) => {
    await freshStart(page);
    await page.locator('#q-sekretess-vet-inte').focus();
    await answerByKeyboard(page, 'personuppgifter', 0);
    await expect(page.locator('#q-krankande')).toBeVisible();
    await expect(page.locator('#q-samtycke')).toBeVisible();
    await answerByKeyboard(page, 'krankande', 0);
    await expect(verdict(page).locator('[data-title]')).toHaveText('Publicera inte');
    // Changing the first answer hides the follow-ups and their answers stop counting.
    await page.locator('#q-personuppgifter-ja').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#q-personuppgifter-nej')).toBeChecked();
    await expect(page.locator('#q-krankande')).toBeHidden();
    await expect(verdict(page).locator('[data-title]')).toHaveText('Inte klart än');
  });

  test('a partly answered quiz shows progress, what was found so far and is accessible', async ({ page }) => {
    await freshStart(page);
    await answer(page, { korrekt: 'nej', syfte: 'kunskap', personuppgifter: 'ja', samtycke: 'vet-inte' });
    await expect(status(page)).toHaveText('4 av 14 frågor besvarade. Hittills: Ändra först.');
    await expect(page.locator('#q-korrekt [data-effect]')).toContainText('Ändra först');
    await expect(verdict(page).locator('[data-reasons] li')).toHaveCount(2);
    await expect(verdict(page).locator('[data-steps] li').last()).toHaveText('Svara på frågorna som är kvar.');
    await expectAccessible(page, 'delvis besvarad');
  });

  const verdicts = [
    ['publish', 'Klart att publicera', {}, 0],
    ['revise', 'Ändra först', { korrekt: 'nej', bevakning: 'nej' }, 2],
    ['consult', 'Fråga först', { politiskt: 'ja', standpunkt: 'tveksam' }, 1],
    ['stop', 'Publicera inte', { uppdrag: 'nej', 'andras-material': 'ja', 'ratt-att-anvanda': 'nej', debatt: 'ja' }, 3],
  ] as const;
  for (const [outcome, title, changes, reasons] of verdicts) {
    test(`the verdict "${title}" names its reasons and rules and is accessible`, async ({ page }) => {
      await freshStart(page);
      await answer(page, { ...fine, ...changes });
      await expect(verdict(page)).toHaveAttribute('data-outcome', outcome);
      await expect(verdict(page).locator('[data-title]')).toHaveText(title);
      await expect(verdict(page).locator('[data-reasons] li')).toHaveCount(reasons);
      for (const link of await verdict(page).locator('[data-reasons] a').all()) await expect(link).toHaveAttribute('href', /\/riktlinjer\/[a-z-]+\/#[a-z0-9-]+$/);
      await expect(verdict(page).locator('[data-contact]')).toBeVisible({ visible: outcome === 'consult' });
      await expectAccessible(page, title);
    });
  }

  test('answers are kept when going to a rule and back, and across a reload', async ({ page }) => {
    await freshStart(page);
    await page.fill('#sq-channel', 'Facebook');
    await answer(page, { korrekt: 'ja', debatt: 'ja' });
    await page.locator('#q-debatt').getByRole('link', { name: 'Ledarsidor och debattinlägg' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/riktlinjer\/hur-vi-kommunicerar\/#ledarsidor-och-debattinlagg$/);
    await page.goBack();
    await expect(page.locator('#q-korrekt-ja')).toBeChecked();
    await expect(page.locator('#q-debatt-ja')).toBeChecked();
    await expect(page.locator('#sq-channel')).toHaveValue('Facebook');
    await expect(status(page)).toHaveText('2 av 12 frågor besvarade. Hittills: Fråga först.');
    await page.reload();
    await expect(page.locator('#q-debatt-ja')).toBeChecked();
    await expect(status(page)).toHaveText('2 av 12 frågor besvarade. Hittills: Fråga först.');
  });

  test('saving an unfinished record shows the GOV.UK error summary, linked to each field', async ({ page }) => {
    await freshStart(page);
    const { korrekt: _unanswered, ...rest } = fine;
    await answer(page, rest);
    await page.locator('button[data-action="copy"]').focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('#sq-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('Det finns ett problem');
    await expect(summary.getByRole('link')).toHaveText([
      'Skriv vilken kanal inlägget ska publiceras i',
      'Välj om innehållet är korrekt och sakligt',
      'Skriv vem som har gjort bedömningen',
    ]);
    await expect(page).toHaveTitle(/^Fel: Lämplighetsbedömning/);
    await expect(page.locator('#q-korrekt-error')).toHaveText('Fel: Välj om innehållet är korrekt och sakligt');
    await expect(page.locator('#q-korrekt')).toHaveAttribute('aria-describedby', /q-korrekt-error/);
    await expectAccessible(page, 'felsammanfattning');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#q-korrekt-ja')).toBeFocused();
    await page.keyboard.press('Space');
    // A fixed problem leaves the summary; the page title stays "Fel: " while others remain.
    await expect(summary.getByRole('link')).toHaveCount(2);
    await page.fill('#sq-channel', 'Instagram');
    await page.fill('#sq-assessor', 'Anna');
    await expect(summary).toBeHidden();
    await expect(page).toHaveTitle(/^Lämplighetsbedömning/);
  });

  test('copy puts the record on the clipboard and says "Kopierat"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await freshStart(page);
    await page.fill('#sq-channel', 'LinkedIn');
    await answer(page, { ...fine, debatt: 'ja' });
    await page.fill('#sq-assessor', 'Bo Berg');
    await page.locator('button[data-action="copy"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-record-status]')).toHaveText(/^Kopierat\./);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Bedömning: Fråga först');
    expect(copied).toContain('Kommunikationschefen: ');
    expect(copied).toMatch(/Regel: Ledarsidor och debattinlägg, http:\/\/localhost:\d+\/riktlinjer\/hur-vi-kommunicerar\/#ledarsidor-och-debattinlagg/);
  });

  test('print shows the record alone', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'true');
    });
    await freshStart(page);
    await page.fill('#sq-channel', 'Instagram');
    await answer(page, { ...fine, ton: 'nej' });
    await page.fill('#sq-assessor', 'Cecilia Ek');
    await page.locator('button[data-action="print"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'true');
    await page.emulateMedia({ media: 'print' });
    const record = page.locator('[data-print-record]');
    await expect(record).toBeVisible();
    await expect(record).toContainText('Bedömd av');
    await expect(record).toContainText('Cecilia Ek');
    await expect(record).toContainText('Ändra först');
    await expect(page.locator('#q-korrekt')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
  });

  test('a pasted draft is checked and the findings stand at their questions; the classifier loads only then', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await freshStart(page);
    expect(loaded.some((u) => /classifier/.test(u))).toBe(false);
    await page.fill('#sq-draft', 'Välkommen! Mejla anna.svensson@gmail.com eller läs mer på https://example.com/program.');
    await expect(page.locator('[data-draft-status]')).toContainText('Vi hittade');
    expect(loaded.some((u) => /classifier/.test(u))).toBe(true);
    await expect(page.locator('#q-personuppgifter [data-draft-note]')).toContainText('anna.svensson@gmail.com');
    await expect(page.locator('#q-korrekt [data-draft-note]')).toContainText('https://example.com/program');
    await expect(page.locator('#q-personuppgifter')).toHaveAttribute('aria-describedby', /q-personuppgifter-draft/);
    await expectAccessible(page, 'utkast kontrollerat');
    // The draft is never stored.
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    expect(stored).not.toContain('gmail');
  });

  test('"Börja om" clears every answer', async ({ page }) => {
    await freshStart(page);
    await page.fill('#sq-channel', 'Instagram');
    await answer(page, { korrekt: 'ja', sekretess: 'ja' });
    await page.locator('button[data-action="reset"]').click();
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(page.locator('#sq-channel')).toHaveValue('');
    await expect(page.locator('#sq-channel')).toBeFocused();
    await expect(status(page)).toHaveText('0 av 12 frågor besvarade.');
    await page.reload();
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
  });
});

test.describe('lämplighetsbedömningen utan JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 90_000 });

  test('is a plain list of every question with hints, rules and how the verdict is reached', async ({ page }) => {
    await page.goto(url);
    const questions = page.locator('fieldset.sq-question');
    await expect(questions).toHaveCount(16);
    for (const fieldset of await questions.all()) {
      await expect(fieldset).toBeVisible();
      await expect(fieldset.locator('legend')).not.toBeEmpty();
      await expect(fieldset.locator('.sq-hint')).not.toBeEmpty();
      await expect(fieldset.locator('.sq-rules a').first()).toHaveAttribute('href', /\/riktlinjer\/[a-z-]+\/#[a-z0-9-]+$/);
    }
    await expect(page.locator('#q-samtycke')).toContainText('Följdfråga till ”Personuppgifter och personer på bild”');
    await expect(page.getByText('Med JavaScript påslaget visas bedömningen här')).toBeVisible();
    await page.getByText('Så räknas bedömningen ut').click();
    await expect(page.locator('.sq-how')).toContainText('Publicera inte om du svarar');
    // Buttons that need the script are not offered, and nothing can be submitted.
    await expect(page.locator('button[data-action="copy"]')).toBeHidden();
    await expect(page.locator('#sq-draft')).toBeHidden();
    await expect(page.locator('main form')).toHaveCount(0);
  });
});

test('without the quiz script the page is accessible too', async ({ page }) => {
  test.setTimeout(90_000);
  // axe needs JavaScript to run, so here only the quiz's own script is left out: the page is then as without JavaScript.
  await page.route(/SuitabilityQuiz\.astro.*\.js$/, (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
  await page.goto(url);
  await expect(page.getByText('Med JavaScript påslaget visas bedömningen här')).toBeVisible();
  await expect(page.locator('#q-samtycke')).toBeVisible();
  await expectAccessible(page, 'utan skriptet');
});
