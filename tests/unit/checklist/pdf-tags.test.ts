import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import type { PDFPage } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { checklist } from '../../../src/data/checklist/index.ts';
import type { FieldDef } from '../../../src/data/checklist/types.ts';
import { documentMeta } from '../../../src/data/guideline/index.ts';
import { displayValue, fieldsInOrder, isShown } from '../../../src/lib/checklist/fields.ts';
import { buildBlankChecklistPdf, buildChecklistPdf } from '../../../src/lib/checklist/pdf.ts';
import { filledAnswers } from './answers.ts';

const now = new Date('2026-12-03T13:45:00Z');
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The operators of a page's content, in order, as written (pdf-lib writes text as hex strings). */
function contentTokens(page: PDFPage): string[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams.flatMap((stream) => {
    const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array();
    return Buffer.from(bytes).toString('latin1').split(/\s+/).filter(Boolean);
  });
}

/** Text drawn outside any marked content, and the MCIDs a page's marked content uses, in order. */
function markedContent(page: PDFPage): { untagged: number; mcids: number[] } {
  let depth = 0;
  let untagged = 0;
  const mcids: number[] = [];
  for (const token of contentTokens(page)) {
    const mcid = /^(\d+)>>$/.exec(token);
    if (mcid) mcids.push(Number(mcid[1]));
    if (token === 'BDC' || token === 'BMC') depth++;
    else if (token === 'EMC') depth--;
    else if ((token === 'Tj' || token === 'TJ') && depth === 0) untagged++;
  }
  expect(depth).toBe(0);
  return { untagged, mcids };
}

async function structure(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const treeRoot = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = treeRoot.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const parentTree = new Map<number, unknown>();
  for (let i = 0; i < nums.size(); i += 2) parentTree.set((nums.get(i) as PDFNumber).asNumber(), doc.context.lookup(nums.get(i + 1)));
  return { doc, treeRoot, parentTree };
}

const everyField = () => true;
const answered = (field: FieldDef) => isShown(field, filledAnswers);

describe.each([
  ['the filled-in PDF', async () => (await buildChecklistPdf({ def: checklist, answers: filledAnswers, meta: documentMeta, now, today: '2026-12-03' })).bytes, answered],
  ['the blank PDF', () => buildBlankChecklistPdf({ def: checklist, meta: documentMeta, now }), everyField],
])('%s is tagged', (_name, build, asked) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await build();
  });

  test('is marked as tagged, in Swedish, with a structure tree', async () => {
    const { doc, treeRoot } = await structure(bytes);
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.toString()).toContain('/Lang (sv-SE)');
    expect(treeRoot.lookup(PDFName.of('K'), PDFDict).get(PDFName.of('S'))?.toString()).toBe('/Document');
  });

  test('draws no text outside the structure or the decoration, on any page', async () => {
    const { doc } = await structure(bytes);
    for (const [i, page] of doc.getPages().entries()) expect(markedContent(page).untagged, `sida ${i + 1}`).toBe(0);
  });

  test("the parent tree maps every marked piece of every page back to its element", async () => {
    const { doc, parentTree } = await structure(bytes);
    for (const page of doc.getPages()) {
      const { mcids } = markedContent(page);
      expect(mcids).toEqual(mcids.map((_, i) => i));
      const owners = parentTree.get((page.node.get(PDFName.of('StructParents')) as PDFNumber).asNumber());
      expect(owners).toBeInstanceOf(PDFArray);
      const elements = (owners as PDFArray).asArray().map((ref) => doc.context.lookup(ref, PDFDict));
      expect(elements).toHaveLength(mcids.length);
      for (const element of elements) expect(element.get(PDFName.of('Type'))?.toString()).toBe('/StructElem');
    }
  });

  test('every form field has a name a screen reader can say, and every widget has its Form element', async () => {
    const { doc, parentTree } = await structure(bytes);
    const fields = doc.getForm().getFields();
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.acroField.dict.lookup(PDFName.of('TU'))?.toString(), field.getName()).toMatch(/^<FEFF[0-9A-F]{8,}>$/);
      for (const widget of field.acroField.getWidgets()) {
        const key = widget.dict.get(PDFName.of('StructParent'));
        expect(key, field.getName()).toBeInstanceOf(PDFNumber);
        const form = parentTree.get((key as PDFNumber).asNumber()) as PDFDict;
        expect(form.get(PDFName.of('S'))?.toString()).toBe('/Form');
        const objr = form.lookup(PDFName.of('K'), PDFArray).lookup(0, PDFDict);
        expect(objr.get(PDFName.of('Obj'))).toBeInstanceOf(PDFRef);
      }
    }
  });

  // An independent reader of the structure: poppler, when the machine has it (CI installs poppler-utils).
  test.skipIf(!existsSync('/usr/bin/pdfinfo'))('poppler reads the headings in order, and the text under them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'taggad-')), 'checklista.pdf');
    writeFileSync(file, bytes);
    const tree = execFileSync('/usr/bin/pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    const headings = [...tree.matchAll(/^ {2}(H\d) \(block\)\n\s+"([^"]*)"/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings[0]).toBe(`H1 ${checklist.title}`);
    const sections = headings.filter((h) => h.startsWith('H2 ')).map((h) => h.slice(3));
    expect(sections).toEqual([...checklist.sections.map((s) => s.heading), checklist.decision.heading]);
    expect(headings).toContain(`H3 ${checklist.decision.deciders[0]!.heading}`);
    const text = flat([...tree.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(' '));
    for (const field of fieldsInOrder(checklist).filter(asked)) expect(text, field.id).toContain(flat(field.label));
    if (tree.includes(documentMeta.diarienummer)) throw new Error('Sidfoten ska vara dekoration, inte en del av strukturen.');
  });
});

test.skipIf(!existsSync('/usr/bin/pdfinfo'))('the answers are in the structure of the filled-in PDF', async () => {
  const bytes = (await buildChecklistPdf({ def: checklist, answers: filledAnswers, meta: documentMeta, now, today: '2026-12-03' })).bytes;
  const file = join(mkdtempSync(join(tmpdir(), 'taggad-')), 'ifylld.pdf');
  writeFileSync(file, bytes);
  const text = flat([...execFileSync('/usr/bin/pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(' '));
  for (const field of fieldsInOrder(checklist).filter(answered)) {
    for (const value of displayValue(field, filledAnswers)) expect(text, field.id).toContain(flat(value));
  }
});
