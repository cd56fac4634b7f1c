import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb } from '@cantoo/pdf-lib';
import type { PDFField, PDFFont, PDFForm, PDFPage, RGB } from '@cantoo/pdf-lib';

import type { DocumentMeta } from '../../data/guideline/schema.ts';
import type { Answers, ChecklistDef, FieldDef } from '../../data/checklist/types.ts';
import { displayValue, isChoice, isShown } from './fields.ts';
import { PdfTags, type TagElement, type TagRole } from './pdf-tags.ts';
import { toDrawable, wrapText } from './pdf-text.ts';

/**
 * The checklist as a PDF: filled in (every answer, the decision left empty for signatures) or blank
 * with form fields for those who fill it in offline. Both share one layout so they look alike, and both are
 * tagged (pdf-tags.ts), so a screen reader reads them as headings, paragraphs and labelled fields.
 * The module is loaded with import() only when someone asks for a PDF: pdf-lib is large.
 */

export type GuidelineMeta = Pick<DocumentMeta, 'title' | 'date' | 'diarienummer' | 'administration' | 'organisation'>;

export interface FilledPdfInput {
  def: ChecklistDef;
  answers: Answers;
  meta: GuidelineMeta;
  /** When the PDF is made; printed on the first page. */
  now: Date;
  today: string;
}

export interface BlankPdfInput {
  def: ChecklistDef;
  meta: GuidelineMeta;
  now: Date;
}

const A4: [number, number] = [595.28, 841.89];
const margin = { left: 56, right: 56, top: 56, bottom: 72 };
const contentWidth = A4[0] - margin.left - margin.right;
const colour = {
  text: rgb(0.1, 0.12, 0.13),
  soft: rgb(0.3, 0.33, 0.35),
  line: rgb(0.55, 0.58, 0.6),
  brand: rgb(0, 0.345, 0.353),
  fieldBorder: rgb(0.35, 0.38, 0.4),
  white: rgb(1, 1, 1),
};
const notAnswered = 'Inte ifyllt';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

interface TextStyle {
  font?: keyof Fonts;
  size?: number;
  color?: RGB;
  indent?: number;
  lineGap?: number;
  /** What the text is in the document's structure; a paragraph unless said. */
  role?: TagRole;
}

/** Writes top to bottom and starts a new page when the next piece does not fit. */
class Writer {
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  readonly tags: PdfTags;
  readonly supported: Set<number>;
  page!: PDFPage;
  y = 0;
  replaced = false;

  constructor(doc: PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
    this.tags = new PdfTags(doc);
    this.supported = new Set(fonts.regular.getCharacterSet());
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - margin.top;
  }

  /** Makes room for `height` points, turning the page if needed. */
  ensure(height: number): void {
    if (this.y - height < margin.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  drawable(text: string): string {
    const result = toDrawable(text, this.supported);
    if (result.replaced) this.replaced = true;
    return result.text;
  }

  /** Wrapped text; each line may go to the next page, so long answers flow across pages. */
  text(raw: string, style: TextStyle = {}): TagElement {
    const font = this.fonts[style.font ?? 'regular'];
    const size = style.size ?? 10.5;
    const indent = style.indent ?? 0;
    const leading = size * 1.35 + (style.lineGap ?? 0);
    const lines = wrapText(this.drawable(raw), contentWidth - indent, (s) => font.widthOfTextAtSize(s, size));
    const element = this.tags.element(style.role ?? 'P');
    for (const line of lines) {
      this.ensure(leading);
      this.y -= leading;
      const { page, y } = this;
      if (line) this.tags.mark(element, page, () => page.drawText(line, { x: margin.left + indent, y: y + size * 0.25, size, font, color: style.color ?? colour.text }));
    }
    return element;
  }

  /** A line or other decoration, which a screen reader skips. */
  decoration(draw: (page: PDFPage) => void): void {
    const { page } = this;
    this.tags.artifact(page, () => draw(page));
  }

  /** Names a form field for screen readers and places the widget just added in the reading order. */
  field(field: PDFField, name: string, widgetName = name): TagElement {
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(name));
    return this.tags.widget(this.page, widgetName);
  }

  rule(thickness = 0.75, color = colour.line): void {
    const y = this.y;
    this.decoration((page) => page.drawLine({ start: { x: margin.left, y }, end: { x: A4[0] - margin.right, y }, thickness, color }));
  }

  heading(raw: string, size: number, keepWith: number, role: TagRole = 'H2'): void {
    this.ensure(size * 1.4 + 8 + keepWith);
    this.space(size * 0.6);
    this.text(raw, { font: 'bold', size, color: colour.brand, role });
    this.space(4);
    this.rule(size > 12 ? 1.25 : 0.6, size > 12 ? colour.brand : colour.line);
    this.space(6);
  }
}

async function start(meta: GuidelineMeta, def: ChecklistDef, now: Date, subject: string) {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  doc.setTitle(def.title, { showInWindowTitleBar: true });
  doc.setSubject(subject);
  doc.setLanguage('sv-SE');
  doc.setCreator(`${meta.administration}, ${meta.organisation}`);
  doc.setProducer('Sociala medier i Västarvet');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  return { doc, fonts, writer: new Writer(doc, fonts) };
}

function titleBlock(w: Writer, def: ChecklistDef, meta: GuidelineMeta, lines: string[]): void {
  w.text(def.title, { font: 'bold', size: 19, color: colour.brand, role: 'H1' });
  w.space(2);
  w.text(`${meta.administration}, ${meta.organisation}`, { size: 10, color: colour.soft });
  w.space(8);
  for (const line of lines) w.text(line, { size: 10.5 });
  w.space(4);
}

/** "Sida 1 av 3" and the guideline's date and diarienummer on every page, once all pages exist. */
function footers(w: Writer, meta: GuidelineMeta): void {
  const pages = w.doc.getPages();
  const size = 8.5;
  const left = w.drawable(`${meta.title}, ${meta.date}, dnr ${meta.diarienummer}`);
  pages.forEach((page, i) => {
    const right = `Sida ${i + 1} av ${pages.length}`;
    const y = margin.bottom - 34;
    // Repeated on every page, like a running footer in a book: decoration to a screen reader, said once in the text.
    w.tags.artifact(page, () => {
      page.drawLine({ start: { x: margin.left, y: y + 14 }, end: { x: A4[0] - margin.right, y: y + 14 }, thickness: 0.5, color: colour.line });
      page.drawText(left, { x: margin.left, y, size, font: w.fonts.regular, color: colour.soft });
      const width = w.fonts.regular.widthOfTextAtSize(right, size);
      page.drawText(right, { x: A4[0] - margin.right - width, y, size, font: w.fonts.regular, color: colour.soft });
    });
  });
}

function fieldBox(form: PDFForm, w: Writer, name: string, label: string, height: number, multiline: boolean, indent = 0, width = contentWidth - indent): void {
  w.ensure(height + 4);
  w.y -= height;
  const field = form.createTextField(name);
  if (multiline) field.enableMultiline();
  field.addToPage(w.page, {
    x: margin.left + indent,
    y: w.y,
    width,
    height,
    font: w.fonts.regular,
    borderColor: colour.fieldBorder,
    borderWidth: 1,
    backgroundColor: colour.white,
    textColor: colour.text,
  });
  w.field(field, label);
  // Only possible once the field has an appearance on a page.
  field.setFontSize(multiline ? 10 : 11);
}

/** Radios or checkboxes as real form fields, one option per line with its label beside it. */
function choiceBoxes(form: PDFForm, w: Writer, name: string, question: string, kind: 'radios' | 'checkboxes', options: readonly { value: string; label: string }[], indent = 0): void {
  const size = 12;
  const group = kind === 'radios' ? form.createRadioGroup(name) : null;
  for (const option of options) {
    w.ensure(size + 10);
    w.y -= size + 8;
    const appearance = {
      x: margin.left + indent,
      y: w.y,
      width: size,
      height: size,
      borderColor: colour.fieldBorder,
      borderWidth: 1,
      backgroundColor: colour.white,
    };
    let element: TagElement;
    // The option's label is part of its Form element, so a screen reader says them together.
    if (group) {
      group.addOptionToPage(option.value, w.page, appearance);
      element = w.field(group, question, `${question}: ${option.label}`);
    } else {
      const box = form.createCheckBox(`${name}--${option.value}`);
      box.addToPage(w.page, appearance);
      element = w.field(box, `${question}: ${option.label}`);
    }
    const { page, y } = w;
    w.tags.mark(element, page, () =>
      page.drawText(w.drawable(option.label), { x: margin.left + indent + size + 8, y: y + 2, size: 10.5, font: w.fonts.regular, color: colour.text }),
    );
  }
}

function sectionIntro(w: Writer, text: string | undefined): void {
  if (text) w.text(text, { size: 10, color: colour.soft });
}

/** The decision page: empty, for the manager and the communications chief, with lines to sign on. */
function decisionSection(w: Writer, def: ChecklistDef, form: PDFForm): void {
  const d = def.decision;
  const blockHeight = 265;
  // Both decisions on one page, so the page can be signed and passed on by itself.
  if (w.y - margin.bottom < 60 + blockHeight * d.deciders.length) w.newPage();
  w.heading(d.heading, 15, blockHeight);
  w.text(d.intro, { size: 10.5 });
  for (const decider of d.deciders) {
    w.ensure(blockHeight);
    w.space(10);
    w.text(decider.heading, { font: 'bold', size: 12, role: 'H3' });
    w.space(2);
    w.text(d.outcomeLabel, { font: 'bold', size: 9.5, color: colour.soft });
    choiceBoxes(form, w, `beslut-${decider.id}`, `${decider.heading}: ${d.outcomeLabel}`, 'radios', d.outcomes);
    w.space(6);
    const lineWidth = (contentWidth - 16) / 2;
    const labelled = (label: string, x: number, name: string | null, width: number) => {
      const { page, y } = w;
      // A field and the label printed under its line are one Form element; the signature has no field.
      let element: TagElement;
      if (name) {
        const field = form.createTextField(name);
        field.addToPage(page, { x: margin.left + x, y: y + 1, width, height: 18, font: w.fonts.regular, borderWidth: 0, textColor: colour.text });
        element = w.field(field, `${decider.heading}: ${label}`);
        field.setFontSize(11);
      } else {
        element = w.tags.element('P');
      }
      w.decoration(() => page.drawLine({ start: { x: margin.left + x, y }, end: { x: margin.left + x + width, y }, thickness: 0.75, color: colour.text }));
      w.tags.mark(element, page, () => page.drawText(label, { x: margin.left + x, y: y - 11, size: 9, font: w.fonts.regular, color: colour.soft }));
    };
    w.y -= 26;
    labelled(d.dateLabel, 0, `beslut-${decider.id}-datum`, lineWidth);
    labelled(d.nameLabel, lineWidth + 16, `beslut-${decider.id}-namn`, lineWidth);
    // Room for a real handwritten signature above its line.
    w.y -= 52;
    labelled(d.signatureLabel, 0, null, contentWidth);
    w.y -= 18;
    w.text(d.commentLabel, { font: 'bold', size: 9.5, color: colour.soft });
    fieldBox(form, w, `beslut-${decider.id}-kommentar`, `${decider.heading}: ${d.commentLabel}`, 54, true);
  }
}

function answerOf(field: FieldDef, answers: Answers): string[] {
  return displayValue(field, answers);
}

/** The filled-in checklist: every answer under its question, long text wrapped across pages. */
export async function buildChecklistPdf(input: FilledPdfInput): Promise<{ bytes: Uint8Array; replacedCharacters: boolean }> {
  const { def, answers, meta, now, today } = input;
  const account = typeof answers['account-name'] === 'string' ? answers['account-name'].trim() : '';
  const { doc, writer: w } = await start(meta, def, now, account ? `Kontot ${account}` : 'Ny digital kanal');
  const form = doc.getForm();
  titleBlock(w, def, meta, [
    'Lämnas till närmaste chef och Västarvets kommunikationschef för beslut.',
    `Ifylld ${today}.`,
  ]);
  for (const section of def.sections) {
    w.heading(section.heading, 15, 50);
    sectionIntro(w, section.intro);
    for (const group of section.groups) {
      const shown = group.fields.filter((f) => isShown(f, answers));
      if (group.legend) {
        // A person's name, title and e-mail stay on one page.
        w.ensure(Math.min(30 + shown.length * 34, 300));
        w.space(6);
        w.text(group.legend, { font: 'bold', size: 12, role: 'H3' });
      }
      for (const field of shown) {
        w.ensure(36);
        w.space(5);
        w.text(field.label, { font: 'bold', size: 9.5, color: colour.soft, indent: group.legend ? 10 : 0 });
        const value = answerOf(field, answers);
        const indent = group.legend ? 10 : 0;
        if (value.length === 0) w.text(notAnswered, { font: 'italic', size: 10.5, color: colour.soft, indent });
        else if (field.kind === 'checkboxes' && value.length > 1) for (const v of value) w.text(`• ${v}`, { indent: indent + 4 });
        else w.text(value.join(', '), { indent });
        w.space(3);
      }
    }
  }
  decisionSection(w, def, form);
  if (w.replaced) {
    w.space(12);
    w.text('Vissa tecken kunde inte visas i PDF-filen och är utbytta mot liknande tecken eller "?". Det sparade utkastet innehåller texten som den skrevs.', {
      font: 'italic',
      size: 9,
      color: colour.soft,
    });
  }
  footers(w, meta);
  w.tags.finish();
  form.updateFieldAppearances(w.fonts.regular);
  return { bytes: await doc.save(), replacedCharacters: w.replaced };
}

/** The blank checklist with form fields, for those who fill it in offline. */
export async function buildBlankChecklistPdf(input: BlankPdfInput): Promise<Uint8Array> {
  const { def, meta, now } = input;
  const { doc, writer: w } = await start(meta, def, now, 'Tom checklista att fylla i');
  const form = doc.getForm();
  titleBlock(w, def, meta, [
    'Fyll i checklistan och lämna den till närmaste chef och Västarvets kommunikationschef för beslut.',
    'Du kan fylla i fälten i en PDF-läsare eller skriva ut sidan och fylla i för hand.',
  ]);
  const choiceLabel = new Map<string, string>();
  for (const section of def.sections) {
    w.heading(section.heading, 15, 60);
    sectionIntro(w, section.intro);
    for (const group of section.groups) {
      const indent = group.legend ? 10 : 0;
      if (group.legend) {
        w.ensure(80);
        w.space(6);
        w.text(group.legend, { font: 'bold', size: 12, role: 'H3' });
        if (group.hint) w.text(group.hint, { size: 9.5, color: colour.soft });
      }
      for (const field of group.fields) {
        w.ensure(50);
        w.space(8);
        w.text(field.label, { font: 'bold', size: 10.5, indent });
        const notes = [
          field.showWhen ? `Svara bara om du valde ”${choiceLabel.get(`${field.showWhen.field}:${field.showWhen.value}`) ?? field.showWhen.value}”.` : '',
          field.hint ?? '',
        ].filter(Boolean);
        for (const note of notes) w.text(note, { size: 9.5, color: colour.soft, indent });
        if (isChoice(field)) {
          for (const o of field.options) choiceLabel.set(`${field.id}:${o.value}`, o.label);
          choiceBoxes(form, w, field.id, field.label, field.kind, field.options, indent);
        } else {
          w.space(3);
          fieldBox(form, w, field.id, group.legend ? `${group.legend}: ${field.label}` : field.label, field.kind === 'textarea' ? 72 : 20, field.kind === 'textarea', indent, field.width === 'short' ? 140 : contentWidth - indent);
        }
      }
    }
  }
  decisionSection(w, def, form);
  footers(w, meta);
  w.tags.finish();
  form.updateFieldAppearances(w.fonts.regular);
  return doc.save();
}
