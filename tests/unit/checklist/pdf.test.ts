import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFCheckBox, PDFRadioGroup, PDFTextField } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { checklist } from '../../../src/data/checklist/index.ts';
import type { Answers } from '../../../src/data/checklist/types.ts';
import { documentMeta } from '../../../src/data/guideline/index.ts';
import { displayValue, fieldsInOrder, isChoice, isShown } from '../../../src/lib/checklist/fields.ts';
import { buildBlankChecklistPdf, buildChecklistPdf } from '../../../src/lib/checklist/pdf.ts';
import { toDrawable, wrapText } from '../../../src/lib/checklist/pdf-text.ts';
import { filledAnswers } from './answers.ts';

const now = new Date('2026-12-03T13:45:00Z');
const today = '2026-12-03';
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page, read back with pdf-lib's own extraction (no tools needed on the machine). */
async function pagesText(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) =>
    flat(
      page
        .extractContents()
        .flatMap((asset) => (asset.kind === 'text' ? [asset.getText()] : []))
        .join(' '),
    ),
  );
}

/** The pages as one text, footers taken out, so an answer that runs over a page break reads as one. */
const footer = new RegExp(` ?${documentMeta.title}, ${documentMeta.date}, dnr ${documentMeta.diarienummer} Sida \\d+ av \\d+`, 'g');
const withoutFooters = (pages: string[]) => flat(pages.map((p) => p.replace(footer, '')).join(' '));

const longAnswer = Array.from({ length: 60 }, (_, i) => `Mening ${i + 1} om hur vi svarar på frågor från besökare, även på lördagar och söndagar när många är lediga.`).join(' ');
const answersWithLongText: Answers = { ...filledAnswers, 'answer-routine': `${longAnswer}\nSista raden: ÅÄÖ åäö é ü – €.` };

describe('the filled-in PDF', () => {
  let pages: string[] = [];
  let all = '';
  let bytes: Uint8Array;
  beforeAll(async () => {
    const result = await buildChecklistPdf({ def: checklist, answers: answersWithLongText, meta: documentMeta, now, today });
    bytes = result.bytes;
    expect(result.replacedCharacters).toBe(false);
    pages = await pagesText(bytes);
    all = withoutFooters(pages);
  });

  test('has every answer, with å ä ö intact', () => {
    for (const field of fieldsInOrder(checklist).filter((f) => isShown(f, answersWithLongText))) {
      const values = displayValue(field, answersWithLongText);
      expect(values.length, field.id).toBeGreaterThan(0);
      for (const value of values) expect(all, field.id).toContain(flat(value));
    }
    expect(all).toContain('Sista raden: ÅÄÖ åäö é ü – €.');
  });

  test('asks each question in the order of the form', () => {
    const shown = fieldsInOrder(checklist).filter((f) => isShown(f, answersWithLongText));
    const positions = shown.map((f) => all.indexOf(flat(f.label)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    // Group questions repeat ("Namn", "E-postadress"), so compare the unique ones.
    const unique = shown.filter((f) => shown.filter((g) => g.label === f.label).length === 1).map((f) => all.indexOf(flat(f.label)));
    expect(unique).toEqual([...unique].sort((a, b) => a - b));
  });

  test('wraps a long answer across pages without losing a word', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const start = pages.findIndex((p) => p.includes('Mening 1 om'));
    const end = pages.findIndex((p) => p.includes('Mening 60 om'));
    expect(end).toBeGreaterThan(start);
    expect(all).toContain(flat(longAnswer));
  });

  test("every page has the guideline's date and diarienummer and its page number", () => {
    pages.forEach((page, i) => {
      expect(page).toContain(`${documentMeta.title}, ${documentMeta.date}, dnr ${documentMeta.diarienummer}`);
      expect(page).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
  });

  test('ends with the empty decision, ready for signatures by both', async () => {
    const last = pages.at(-1)!;
    expect(last).toContain('Beslut');
    for (const heading of ['Närmaste chef', 'Kommunikationschef']) expect(last).toContain(heading);
    expect(last.match(/Underskrift/g)).toHaveLength(2);
    expect(last).toContain('Godkänd');
    expect(last).toContain('Inte godkänd');
    const form = (await PDFDocument.load(bytes)).getForm();
    const decision = form.getFields().filter((f) => f.getName().startsWith('beslut-'));
    expect(decision.map((f) => f.getName()).sort()).toEqual(
      ['beslut-manager', 'beslut-manager-datum', 'beslut-manager-namn', 'beslut-manager-kommentar', 'beslut-comms-chief', 'beslut-comms-chief-datum', 'beslut-comms-chief-namn', 'beslut-comms-chief-kommentar'].sort(),
    );
    expect((form.getField('beslut-manager') as PDFRadioGroup).getSelected()).toBeUndefined();
    expect((form.getField('beslut-manager-namn') as PDFTextField).getText()).toBeUndefined();
  });

  test('has a title and the Swedish language set', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(checklist.title);
    expect(doc.catalog.toString()).toContain('/Lang (sv-SE)');
  });

  test('leaves out a follow-up that was not asked and marks a missing optional answer', async () => {
    const answers = { ...filledAnswers, address: '', 'platform-other': 'Hemlig plattform' };
    const text = withoutFooters(await pagesText((await buildChecklistPdf({ def: checklist, answers, meta: documentMeta, now, today })).bytes));
    expect(text).not.toContain('Hemlig plattform');
    expect(text).toContain('Kontots adress (om kontot redan finns) Inte ifyllt');
  });

  test('draws characters the standard fonts lack instead of throwing, and says so', async () => {
    const answers = { ...filledAnswers, political: 'Vi svarar ✓ → kommunikationschefen ≥ 1 gång 😀' };
    const result = await buildChecklistPdf({ def: checklist, answers, meta: documentMeta, now, today });
    expect(result.replacedCharacters).toBe(true);
    const text = withoutFooters(await pagesText(result.bytes));
    expect(text).toContain('Vi svarar x -> kommunikationschefen >= 1 gång ?');
    expect(text).toContain('Vissa tecken kunde inte visas');
  });

  // An independent reader: poppler's pdftotext, when the machine has it (CI installs poppler-utils).
  test.skipIf(!existsSync('/usr/bin/pdftotext'))('pdftotext reads the same answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checklista-'));
    const file = join(dir, 'checklista.pdf');
    writeFileSync(file, bytes);
    const text = flat(execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    for (const id of ['account-name', 'responsible-name', 'manager-name', 'substitute-name', 'gallring', 'political']) {
      expect(text).toContain(flat(filledAnswers[id] as string));
    }
    expect(text).toContain(documentMeta.diarienummer);
  });
});

describe('the blank fillable PDF', () => {
  test('has a form field for every question and the decision', async () => {
    const bytes = await buildBlankChecklistPdf({ def: checklist, meta: documentMeta, now });
    const doc = await PDFDocument.load(bytes);
    const form = doc.getForm();
    const names = new Set(form.getFields().map((f) => f.getName()));
    for (const field of fieldsInOrder(checklist)) {
      if (field.kind === 'radios') {
        const group = form.getField(field.id);
        expect(group, field.id).toBeInstanceOf(PDFRadioGroup);
        expect((group as PDFRadioGroup).getOptions()).toEqual(isChoice(field) ? field.options.map((o) => o.value) : []);
      } else if (field.kind === 'checkboxes') {
        for (const option of field.options) expect(form.getField(`${field.id}--${option.value}`), field.id).toBeInstanceOf(PDFCheckBox);
      } else {
        expect(form.getField(field.id), field.id).toBeInstanceOf(PDFTextField);
        expect(names.has(field.id)).toBe(true);
      }
    }
    expect((form.getField('answer-routine') as PDFTextField).isMultiline()).toBe(true);
    expect(form.getField('beslut-comms-chief')).toBeInstanceOf(PDFRadioGroup);
    const text = (await pagesText(bytes)).join(' ');
    expect(text).toContain('Svara bara om du valde ”En annan plattform”.');
    expect(text).toContain(documentMeta.diarienummer);
  });

  test('can be filled in with å ä ö and saved', async () => {
    const doc = await PDFDocument.load(await buildBlankChecklistPdf({ def: checklist, meta: documentMeta, now }));
    const form = doc.getForm();
    form.getTextField('account-name').setText('Göteborgs Älvsborg – Öppet hus');
    form.getRadioGroup('platform').select('instagram');
    const again = (await PDFDocument.load(await doc.save())).getForm();
    expect(again.getTextField('account-name').getText()).toBe('Göteborgs Älvsborg – Öppet hus');
    expect(again.getRadioGroup('platform').getSelected()).toBe('instagram');
  });
});

describe('text for the standard fonts', () => {
  const winAnsi = new Set([...Array.from({ length: 95 }, (_, i) => i + 32), ...'åäöÅÄÖéü–—€…”’'.split('').map((c) => c.codePointAt(0)!)]);

  test('composes letters typed as a base letter and a combining mark', () => {
    expect(toDrawable('a\u030Angstro\u0308m', winAnsi)).toEqual({ text: 'ångström', replaced: false });
  });

  test('spells out symbols and replaces what cannot be drawn', () => {
    expect(toDrawable('✓ → ≥ ≤ 😀 ő', winAnsi)).toEqual({ text: 'x -> >= <= ? o', replaced: true });
    expect(toDrawable('a\u200Bb\tc', winAnsi)).toEqual({ text: 'ab    c', replaced: false });
  });

  test('wraps at spaces, keeps line breaks, and breaks words longer than a line', () => {
    const measure = (s: string) => s.length;
    expect(wrapText('ett två tre fyra', 8, measure)).toEqual(['ett två', 'tre fyra']);
    expect(wrapText('rad ett\n\nrad tre', 20, measure)).toEqual(['rad ett', '', 'rad tre']);
    expect(wrapText('https://exempel.se/mycket/lång/adress', 10, measure)).toEqual(['https://ex', 'empel.se/m', 'ycket/lång', '/adress']);
  });
});
