import { readFile } from 'node:fs/promises';
import { PDFDocument, PDFTextField } from '@cantoo/pdf-lib';
import type { Page } from '@playwright/test';
import { checklist } from '../../src/data/checklist/index.ts';
import { draftStorageKey, setAsideStorageKey } from '../../src/lib/checklist/draft.ts';
import { fieldsInOrder } from '../../src/lib/checklist/fields.ts';
import { filledAnswers } from '../unit/checklist/answers.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const url = 'checklista/';
const baseTitle = 'Checklista för startande av digital kanal – Sociala medier i Västarvet';
const choiceIds = new Set(fieldsInOrder(checklist).filter((f) => f.kind === 'radios' || f.kind === 'checkboxes').map((f) => f.id));
const requiredCount = fieldsInOrder(checklist).filter((f) => f.required && !f.showWhen).length;

const submit = (page: Page) => page.getByRole('button', { name: 'Granska dina svar' }).click();
const errorSummary = (page: Page) => page.locator('#cl-error-summary');
const summaryView = (page: Page) => page.locator('[data-view="summary"]');
const notices = (page: Page) => page.locator('[data-notices]');

/** Fills in the whole checklist as a person would, with the mouse and keyboard. */
async function fillAll(page: Page, answers: Record<string, string | string[]> = filledAnswers): Promise<void> {
  for (const [id, value] of Object.entries(answers)) {
    if (choiceIds.has(id)) {
      for (const option of Array.isArray(value) ? value : [value]) if (option) await page.check(`#cl-${id}-${option}`);
    } else if (typeof value === 'string' && value && (await page.locator(`#cl-${id}`).isVisible())) {
      await page.fill(`#cl-${id}`, value);
    }
  }
}

/** Waits until the debounced save has written the draft. */
async function waitForSave(page: Page): Promise<void> {
  await expect(page.locator('[data-draft-status]')).toContainText('Senast sparat');
}

test.describe('Checklistan', () => {
  // The page is long: axe needs several seconds for it on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('the empty form is accessible and asks in sections with fieldsets', async ({ page }) => {
    await page.goto(url);
    await expect(page).toHaveTitle(baseTitle);
    await expect(page.getByRole('heading', { level: 2, name: /Kanalen/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Vilken plattform ska kanalen finnas på?' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Ersättare' })).toBeVisible();
    await expect(page.getByLabel('Vad ska kontot heta?')).toHaveAttribute('aria-describedby', 'cl-account-name-hint');
    await expect(page.getByRole('link', { name: 'Läs regeln om inloggningsuppgifter' })).toHaveAttribute('href', '/riktlinjer/uppsikt-och-moderering/#inloggningsuppgifter');
    await expect(page.getByLabel(/inom 24 timmar på vardagar/)).toBeVisible();
    await expectAccessible(page, 'tom');
  });

  test('submitting with errors shows the error summary, focused, and keeps what was typed', async ({ page }) => {
    await page.goto(url);
    await page.fill('#cl-account-name', 'Västarvets forskning');
    await page.fill('#cl-manager-email', 'inte en adress');
    await submit(page);
    await expect(errorSummary(page)).toBeFocused();
    await expect(page).toHaveTitle(`Fel: ${baseTitle}`);
    await expect(errorSummary(page).getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
    const links = errorSummary(page).getByRole('link');
    await expect(links).toHaveCount(requiredCount - 1);
    await expect(links.first()).toHaveText('Välj vilken plattform kanalen ska finnas på');
    await expect(errorSummary(page).getByRole('link', { name: /Skriv e-postadressen i rätt format/ })).toBeVisible();
    // The inline error says the same, with a hidden "Fel:" first, and is tied to the field.
    const inline = page.locator('#cl-manager-email-error');
    await expect(inline).toHaveText(/^Fel: Skriv e-postadressen i rätt format/);
    await expect(page.locator('#cl-manager-email')).toHaveAttribute('aria-describedby', /cl-manager-email-error/);
    await expect(page.locator('#cl-manager-email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#cl-account-name')).toHaveValue('Västarvets forskning');
    await expect(page.locator('#cl-manager-email')).toHaveValue('inte en adress');
    await expectAccessible(page, 'med fel');

    // A summary link moves to the first radio of its group.
    await links.first().click();
    await expect(page.locator('#cl-platform-facebook')).toBeFocused();
    await errorSummary(page).getByRole('link', { name: 'Skriv chefens befattning' }).click();
    await expect(page.locator('#cl-manager-title')).toBeFocused();
  });

  test('a follow-up question shows and counts only when its answer is chosen', async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('#cl-platform-other')).toBeHidden();
    await page.check('#cl-platform-annan');
    await expect(page.locator('#cl-platform-other')).toBeVisible();
    await submit(page);
    await expect(errorSummary(page).getByRole('link', { name: 'Skriv vilken plattform kanalen ska finnas på' })).toBeVisible();
    await page.check('#cl-platform-instagram');
    await expect(page.locator('#cl-platform-other')).toBeHidden();
    await submit(page);
    await expect(errorSummary(page).getByRole('link', { name: 'Skriv vilken plattform kanalen ska finnas på' })).toHaveCount(0);
  });

  test('filled in, nothing is requested; the summary has every answer and change links', async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // The browser asks for the site's icon on its own, whenever it likes; that is not the form.
    page.on('request', (request) => {
      if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
    });
    await fillAll(page);
    await waitForSave(page);
    await expectAccessible(page, 'ifylld');
    expect(requests, 'inga förfrågningar medan formuläret fylls i').toEqual([]);

    await submit(page);
    await expect(summaryView(page)).toBeVisible();
    await expect(page.locator('[data-view="form"]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Kontrollera dina svar' })).toBeFocused();
    await expect(page).toHaveTitle(`Kontrollera dina svar – ${baseTitle}`);
    await expect(errorSummary(page)).toBeHidden();
    expect(requests).toEqual([]);

    const row = (id: string) => page.locator(`[data-summary-row="${id}"]`);
    await expect(row('account-name')).toContainText('Bohusläns museum – Fornfynd för skolor');
    await expect(row('purposes').getByRole('listitem')).toHaveText(['Kunskapsfrämjande', 'Uppmuntrar till delaktighet']);
    await expect(row('responsible-name')).toContainText('Åsa Öberg');
    await expect(row('login-handover')).toContainText('Nej, vi lämnar dem när kontot är skapat');
    await expect(row('platform-other')).toBeHidden();
    await expect(page.locator('.cl-decision').getByRole('heading', { name: 'Närmaste chef' })).toBeVisible();
    await expectAccessible(page, 'kontrollera svaren');

    // "Ändra" goes back to the question, focused, with its answer kept.
    await row('gallring').getByRole('link', { name: 'Ändra gallringsbeslut' }).click();
    await expect(page.locator('#cl-gallring')).toBeFocused();
    await expect(page.locator('#cl-gallring')).toHaveValue(filledAnswers.gallring as string);
    await page.fill('#cl-gallring', 'Nytt gallringsbeslut, dnr VA 2026–00001');
    await submit(page);
    await expect(row('gallring')).toContainText('Nytt gallringsbeslut, dnr VA 2026–00001');

    // The browser's back button returns from the summary to the form.
    await page.goBack();
    await expect(page.locator('[data-view="form"]')).toBeVisible();
    await expect(summaryView(page)).toBeHidden();
  });

  test('the mailto link goes to the manager and the communications chief with subject and summary', async ({ page }) => {
    await page.goto(url);
    await fillAll(page);
    await submit(page);
    const href = (await page.locator('[data-mailto]').getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(1800);
    expect(href).toMatch(/^mailto:goran\.alvsjo@vgregion\.se,[^?]+@[^?]+\?subject=/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Checklista för startande av digital kanal – Bohusläns museum – Fornfynd för skolor');
    expect(href).toContain('%0D%0A');
    expect(params.get('body')).toContain('Ansvarig, namn: Åsa Öberg');
    expect(params.get('body')).toMatch(/bifogade PDF-filen checklista-bohuslans-museum-fornfynd-for-skolor-\d{4}-\d{2}-\d{2}\.pdf/);
    await expect(page.getByText('Bifoga PDF-filen')).toBeVisible();
  });

  test('the PDF downloads with every answer, and the blank PDF has form fields', async ({ page }) => {
    await page.goto(url);
    await fillAll(page);
    await submit(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^checklista-bohuslans-museum-fornfynd-for-skolor-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    const text = doc
      .getPages()
      .flatMap((p) => p.extractContents().flatMap((a) => (a.kind === 'text' ? [a.getText()] : [])))
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const id of ['account-name', 'responsible-name', 'manager-name', 'substitute-name', 'gallring', 'searchable']) {
      expect(text).toContain(filledAnswers[id] as string);
    }
    await expect(page.locator('[data-pdf-status]')).toContainText('är nedladdad');

    await page.goBack();
    const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner en tom checklista som PDF-fil' }).click()]);
    expect(blank.suggestedFilename()).toBe('checklista-digital-kanal-tom.pdf');
    const form = (await PDFDocument.load(await readFile((await blank.path())!))).getForm();
    expect(form.getField('account-name')).toBeInstanceOf(PDFTextField);
    expect(form.getFields().length).toBeGreaterThan(30);
  });

  test('where the browser can share files, the PDF is shared directly', async ({ page }) => {
    // Desktop Chromium cannot share files; stand in for a phone's share sheet.
    await page.addInitScript(() => {
      const w = window as unknown as { shared?: { name: string; type: string; size: number } };
      Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => !!data.files?.length });
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          const file = data.files![0]!;
          w.shared = { name: file.name, type: file.type, size: file.size };
        },
      });
    });
    await page.goto(url);
    await fillAll(page);
    await submit(page);
    await page.getByRole('button', { name: 'Dela PDF-filen' }).click();
    await expect(page.locator('[data-pdf-status]')).toContainText('är delad');
    const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string; size: number } }).shared);
    expect(shared.name).toMatch(/^checklista-bohuslans-museum-fornfynd-for-skolor-.*\.pdf$/);
    expect(shared.type).toBe('application/pdf');
    expect(shared.size).toBeGreaterThan(5000);
  });

  test('without file sharing there is no share button', async ({ page }) => {
    await page.goto(url);
    await fillAll(page);
    await submit(page);
    await expect(page.getByRole('button', { name: 'Ladda ner PDF' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dela PDF-filen' })).toBeHidden();
  });

  test('a reload brings back everything typed, with a notice', async ({ page }) => {
    await page.goto(url);
    await page.check('#cl-platform-annan');
    await page.fill('#cl-platform-other', 'Mastodon');
    await page.fill('#cl-audience', 'Rad ett med åäö\nRad två');
    await page.check('#cl-purposes-inspirerande');
    await waitForSave(page);
    await page.reload();
    await expect(notices(page)).toContainText('Vi har återställt det du skrev');
    await expect(page.locator('#cl-platform-annan')).toBeChecked();
    await expect(page.locator('#cl-platform-other')).toHaveValue('Mastodon');
    await expect(page.locator('#cl-audience')).toHaveValue('Rad ett med åäö\nRad två');
    await expect(page.locator('#cl-purposes-inspirerande')).toBeChecked();
    await expectAccessible(page, 'återställt utkast');
  });

  test('the draft is saved when the page is left before the delay', async ({ page }) => {
    await page.goto(url);
    await page.fill('#cl-account-name', 'Sparas direkt');
    await page.goto('riktlinjer/');
    await page.goto(url);
    await expect(page.locator('#cl-account-name')).toHaveValue('Sparas direkt');
  });

  test('a damaged saved draft is set aside with a notice, and can be downloaded', async ({ page }) => {
    await page.goto(url);
    const damaged = '{"format":"vastarvet-checklista-digital-kanal","version":1,"savedAt":"2026-12-01T10:00:00Z","answers":{"account-name":';
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [draftStorageKey, damaged]);
    await page.reload();
    await expect(notices(page)).toContainText('Vi kunde inte läsa utkastet');
    await expect(notices(page)).toContainText('lagt det åt sidan');
    await expect(page.locator('#cl-account-name')).toHaveValue('');
    expect(await page.evaluate((key) => localStorage.getItem(key), setAsideStorageKey)).toBe(damaged);
    expect(await page.evaluate((key) => localStorage.getItem(key), draftStorageKey)).toBeNull();
    const [download] = await Promise.all([page.waitForEvent('download'), notices(page).getByRole('button', { name: 'Ladda ner det undanlagda utkastet' }).click()]);
    expect(await readFile((await download.path())!, 'utf8')).toBe(damaged);
    await expectAccessible(page, 'undanlagt utkast');
  });

  test('"Börja om" asks first, and clears only after confirmation', async ({ page }) => {
    await page.goto(url);
    await page.fill('#cl-account-name', 'Ska bort');
    await waitForSave(page);
    await page.getByRole('button', { name: 'Börja om' }).click();
    const confirm = page.getByRole('group', { name: 'Vill du tömma formuläret?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expectAccessible(page, 'bekräfta börja om');
    await confirm.getByRole('button', { name: 'Nej, behåll det jag har skrivit' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('button', { name: 'Börja om' })).toBeFocused();
    await expect(page.locator('#cl-account-name')).toHaveValue('Ska bort');

    await page.getByRole('button', { name: 'Börja om' }).click();
    await confirm.getByRole('button', { name: 'Ja, töm formuläret' }).click();
    await expect(page.locator('#cl-account-name')).toHaveValue('');
    await expect(notices(page)).toContainText('Formuläret är tömt');
    expect(await page.evaluate((key) => localStorage.getItem(key), draftStorageKey)).toBeNull();
    await page.reload();
    await expect(page.locator('#cl-account-name')).toHaveValue('');
  });

  test('a broken file gets a clear message; nothing typed is lost', async ({ page }) => {
    await page.goto(url);
    await page.fill('#cl-account-name', 'Mitt konto');
    const input = page.getByLabel('Öppna ett utkast som du har sparat som fil');
    await input.setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "vastarvet-chec') });
    await expect(page.locator('#cl-import-error')).toHaveText(/^Fel: Filen går inte att läsa som ett sparat utkast/);
    await expect(input).toHaveAttribute('aria-describedby', /cl-import-error/);
    await expect(page.locator('#cl-account-name')).toHaveValue('Mitt konto');
    await expectAccessible(page, 'trasig fil');

    await input.setInputFiles({ name: 'annan.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "något annat"}') });
    await expect(page.locator('#cl-import-error')).toContainText('Filen är inte ett sparat utkast av checklistan');
  });

  test('export and import round trip keeps every answer, and import can be undone', async ({ page }) => {
    await page.goto(url);
    await fillAll(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara utkastet som fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^checklista-utkast-bohuslans-museum-fornfynd-for-skolor-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile((await download.path())!);

    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Ja, töm formuläret' }).click();
    await page.fill('#cl-account-name', 'Skrivet innan');
    await page.getByLabel('Öppna ett utkast som du har sparat som fil').setInputFiles({ name: 'utkast.json', mimeType: 'application/json', buffer: file });
    await expect(notices(page)).toContainText('Utkastet från filen utkast.json är inläst');
    await submit(page);
    await expect(summaryView(page)).toBeVisible();
    for (const id of ['account-name', 'answer-routine', 'political', 'hours-per-week']) {
      await expect(page.locator(`[data-summary-value="${id}"]`)).toHaveText(filledAnswers[id] as string);
    }
    await page.getByRole('button', { name: 'Tillbaka till formuläret' }).click();
    await notices(page).getByRole('button', { name: 'Ångra och ta tillbaka det jag skrev innan' }).click();
    await expect(page.locator('#cl-account-name')).toHaveValue('Skrivet innan');
  });

  test('the print layout shows the answers and the decision, not the form', async ({ page }) => {
    await page.goto(url);
    await fillAll(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('[data-view="form"]')).toBeHidden();
    await expect(summaryView(page)).toBeVisible();
    await expect(page.locator('[data-summary-value="account-name"]')).toHaveText(filledAnswers['account-name'] as string);
    await expect(page.locator('.cl-decision')).toBeVisible();
    await expect(page.locator('.cl-send')).toBeHidden();
    await expect(page.getByRole('link', { name: /^Ändra/ }).first()).toBeHidden();
  });

  test('works with the keyboard alone: submit, summary link, change', async ({ page }) => {
    await page.goto(url);
    await page.locator('#cl-account-name').focus();
    await page.keyboard.type('Tangentbordet');
    await page.locator('#cl-terms-read-ja').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Granska dina svar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(errorSummary(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#cl-platform-facebook')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#cl-platform-instagram')).toBeChecked();
  });
});
