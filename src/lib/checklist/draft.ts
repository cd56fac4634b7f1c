import type { Answers, ChecklistDef } from '../../data/checklist/types.ts';
import { fieldsInOrder, isChoice } from './fields.ts';

/** What a saved draft looks like, in localStorage and in an exported JSON file alike. */
export interface DraftEnvelope {
  format: typeof draftFormat;
  version: number;
  savedAt: string;
  answers: Answers;
}

export const draftFormat = 'vastarvet-checklista-digital-kanal';
/** Raise when a field changes meaning; older drafts are then set aside rather than misread. */
export const draftVersion = 1;
export const draftStorageKey = 'vastarvet:checklista:utkast';
export const setAsideStorageKey = 'vastarvet:checklista:undanlagt-utkast';
/** A draft is a few kilobytes; anything far bigger is not one of ours. */
export const maxImportBytes = 512 * 1024;

export type DraftResult =
  | { kind: 'ok'; draft: DraftEnvelope }
  | { kind: 'invalid'; reason: 'not-json' | 'not-a-draft' | 'newer' | 'older' | 'damaged'; message: string };

export function makeEnvelope(answers: Answers, now: Date): DraftEnvelope {
  return { format: draftFormat, version: draftVersion, savedAt: now.toISOString(), answers };
}

/** The JSON text that is stored and exported: readable, so a person can open the file and see their words. */
export function serializeDraft(answers: Answers, now: Date): string {
  return JSON.stringify(makeEnvelope(answers, now), null, 2);
}

const messages = {
  'not-json': 'Filen går inte att läsa som ett sparat utkast. Välj en JSON-fil som du har sparat från den här checklistan.',
  'not-a-draft': 'Filen är inte ett sparat utkast av checklistan för startande av digital kanal.',
  newer: 'Utkastet är sparat med en nyare version av checklistan och kan inte läsas här.',
  older: 'Utkastet är sparat med en äldre version av checklistan och kan inte läsas längre.',
  damaged: 'Utkastet är skadat och går inte att läsa.',
} as const;

const invalid = (reason: keyof typeof messages, detail?: string): DraftResult => ({
  kind: 'invalid',
  reason,
  message: detail ? `${messages[reason]} ${detail}` : messages[reason],
});

/**
 * Reads a stored or imported draft. It never throws: anything it cannot trust comes back as
 * `invalid` with a plain-Swedish reason, so the page can set it aside instead of crashing.
 * Unknown fields are left out; a known field with a value of the wrong shape makes the draft damaged.
 */
export function parseDraft(text: string, def: ChecklistDef): DraftResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return invalid('not-json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return invalid('not-a-draft');
  const record = data as Record<string, unknown>;
  if (record.format !== draftFormat) return invalid('not-a-draft');
  if (typeof record.version !== 'number' || !Number.isInteger(record.version)) return invalid('damaged', 'Versionsnumret saknas.');
  if (record.version > draftVersion) return invalid('newer');
  if (record.version < draftVersion) return invalid('older');
  const savedAt = typeof record.savedAt === 'string' && !Number.isNaN(Date.parse(record.savedAt)) ? record.savedAt : null;
  if (!savedAt) return invalid('damaged', 'Datumet då det sparades saknas.');
  const rawAnswers = record.answers;
  if (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers)) return invalid('damaged', 'Svaren saknas.');
  const source = rawAnswers as Record<string, unknown>;
  const answers: Answers = {};
  for (const field of fieldsInOrder(def)) {
    if (!(field.id in source)) continue;
    const value = source[field.id];
    if (isChoice(field)) {
      const list = typeof value === 'string' ? (value ? [value] : []) : value;
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
        return invalid('damaged', `Svaret på ”${field.shortLabel}” har fel form.`);
      }
      const known = list.filter((v) => field.options.some((o) => o.value === v));
      answers[field.id] = field.kind === 'radios' ? (known[0] ?? '') : known;
    } else {
      if (typeof value !== 'string') return invalid('damaged', `Svaret på ”${field.shortLabel}” har fel form.`);
      answers[field.id] = value;
    }
  }
  return { kind: 'ok', draft: { format: draftFormat, version: draftVersion, savedAt, answers } };
}

/** Reads a file the person chose to import, with a clear message for every way it can be wrong. */
export function importDraft(text: string, byteLength: number, def: ChecklistDef): DraftResult {
  if (byteLength === 0) return invalid('not-json', 'Filen är tom.');
  if (byteLength > maxImportBytes) return invalid('not-a-draft', 'Filen är för stor för att vara ett utkast.');
  return parseDraft(text, def);
}

/** A file name that says what the file is and sorts by date, without characters that trouble any system. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'ny-kanal';
}

export function draftFileName(accountName: string, today: string): string {
  return `checklista-utkast-${fileSlug(accountName)}-${today}.json`;
}

export function pdfFileName(accountName: string, today: string): string {
  return `checklista-${fileSlug(accountName)}-${today}.pdf`;
}
