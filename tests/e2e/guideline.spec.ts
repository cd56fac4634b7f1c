import { readFileSync } from 'node:fs';
import {
  answerRule,
  commentRules,
  communicationRules,
  documentMeta,
  removalDuty,
  ruleLocations,
} from '../../src/data/guideline/index.ts';
import { expect, test } from './fixtures.ts';

const chapters = [
  'inledning',
  'syfte-och-andamal',
  'hur-vi-kommunicerar',
  'kommentarer',
  'uppsikt-och-moderering',
  'diarieforing-arkivering-och-gallring',
  'anstalldas-anvandning',
  'ovriga-dokument',
];

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const source = readFileSync(new URL('../fixtures/riktlinjer-sociala-medier-2016.txt', import.meta.url), 'utf8');
// The document's first lines are its metadata block; the rest is the text, checked sentence by sentence.
const [metadataBlock, body] = [source.slice(0, source.indexOf('Riktlinjer vid användande')), source.slice(source.indexOf('Riktlinjer vid användande'))];
const sentences = body
  .split('\n')
  .map((line) => line.replace(/^- /, '').replace(/:$/, ''))
  .flatMap((line) => line.split(/(?<=[.:])\s+(?=[A-ZÅÄÖ])/))
  .map(normalise)
  .filter(Boolean);

test('every sentence of the adopted guideline is published word for word', async ({ page }) => {
  let text = '';
  await page.goto('riktlinjer/');
  text += await page.locator('main h1').innerText();
  for (const chapter of chapters) {
    await page.goto(`riktlinjer/${chapter}/`);
    text += ' ' + (await page.locator('main .prose').innerText()) + ' ' + (await page.locator('main h1').innerText());
  }
  // Anchor links (#) sit at the end of paragraphs; they are not part of the text.
  const published = normalise(text.replace(/ ?#\s*Länk till det här (stycket|avsnittet)/g, ''));
  const missing = sentences.filter((s) => !published.includes(s));
  expect(missing).toEqual([]);
  expect(sentences.length).toBeGreaterThan(40);
});

test('the overview shows the document metadata', async ({ page }) => {
  await page.goto('riktlinjer/');
  const meta = page.locator('.document-meta');
  for (const value of [
    documentMeta.kind,
    documentMeta.date,
    documentMeta.diarienummer,
    documentMeta.organisation,
    documentMeta.administration,
    documentMeta.handlaggare.name,
    documentMeta.handlaggare.phone,
    documentMeta.handlaggare.email,
  ]) {
    await expect(meta).toContainText(value);
    expect(metadataBlock).toContain(value);
  }
});

test('every rule the tools link to has its anchor in the guideline', async ({ request }) => {
  const locations = [
    ...commentRules.map((r) => r.location),
    ...communicationRules.map((r) => r.location),
    answerRule.location,
    removalDuty.location,
    ...Object.values(ruleLocations),
  ];
  const missing: string[] = [];
  for (const { chapter, anchor } of locations) {
    const html = await (await request.get(`riktlinjer/${chapter}/`)).text();
    if (!html.includes(`id="${anchor}"`)) missing.push(`${chapter}#${anchor}`);
  }
  expect(missing).toEqual([]);
});

test('editorial notes are marked as such and dated', async ({ page }) => {
  await page.goto('riktlinjer/uppsikt-och-moderering/');
  const notes = page.getByRole('complementary', { name: /Bra att veta/ });
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText('inte en del av de antagna riktlinjerna');
  await expect(notes.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('complementary', { name: /Personuppgiftslagen/ })).toContainText('2018:218');
  await expect(page.getByRole('complementary', { name: /anslagstavlor/ })).toContainText('olaga integritetsintrång');
  await page.goto('riktlinjer/hur-vi-kommunicerar/');
  await expect(page.getByRole('complementary', { name: /Bra att veta/ })).toContainText('5866-2018');
});

test('every heading and rule can be linked to', async ({ page }) => {
  await page.goto('riktlinjer/kommentarer/');
  const rule = page.locator('#svordomar');
  await expect(rule).toContainText('Svordomar eller obscena ord');
  const link = rule.getByRole('link', { name: 'Länk till det här stycket' });
  await expect(link).toHaveAttribute('href', '#svordomar');
  await page.goto('riktlinjer/hur-vi-kommunicerar/');
  await expect(page.locator('h2#politiskt-laddat-innehall').getByRole('link', { name: 'Länk till det här avsnittet' })).toBeVisible();
});

test('a rule link opens the page at the rule', async ({ page }) => {
  await page.goto('riktlinjer/hur-vi-kommunicerar/#svar-inom-24-timmar');
  await expect(page.locator('#svar-inom-24-timmar')).toBeInViewport();
  await expect(page.locator(':target')).toContainText('24 timmar på vardagar');
});

test('chapters have a sidebar, a table of contents and previous/next links', async ({ page }) => {
  await page.goto('riktlinjer/hur-vi-kommunicerar/');
  const sidebar = page.getByRole('navigation', { name: 'Kapitel i riktlinjerna' });
  await expect(sidebar.getByRole('link', { name: 'Hur vi kommunicerar i sociala medier' })).toHaveAttribute('aria-current', 'page');
  const toc = page.getByRole('navigation', { name: 'På den här sidan' });
  await toc.getByRole('link', { name: 'Politiskt laddat innehåll' }).click();
  await expect(page).toHaveURL(/#politiskt-laddat-innehall$/);
  const prevNext = page.getByRole('navigation', { name: 'Föregående och nästa kapitel' });
  await prevNext.getByRole('link', { name: /Nästa kapitel/ }).click();
  await expect(page).toHaveURL(/riktlinjer\/kommentarer\/$/);
});

test('the footer names the document date and diarienummer on every page', async ({ page }) => {
  await page.goto('');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(documentMeta.diarienummer);
  await expect(footer.locator(`time[datetime="${documentMeta.date}"]`)).toBeVisible();
});

test('every table of contents entry points at something on its page', async ({ page }) => {
  for (const chapter of chapters) {
    await page.goto(`riktlinjer/${chapter}/`);
    const targets = await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of targets) await expect(page.locator(`[id="${id}"]`), `${chapter}#${id}`).toHaveCount(1);
  }
});
