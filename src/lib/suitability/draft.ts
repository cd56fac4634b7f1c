import type { Classification } from '../classifier/types.ts';
import { linkCheckKey } from '../../data/suitability/constants.ts';
import type { DraftCheck } from '../../data/suitability/schema.ts';

export interface DraftItem {
  start: number;
  end: number;
  text: string;
  explanation: string;
}

/** What the check of a pasted draft found for one kind of problem, and the question it belongs to. */
export interface DraftNote {
  key: string;
  name: string;
  questionId: string;
  items: DraftItem[];
}

const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'”]+/giu;

/** Links in the draft: staff should check that each one works and leads where they think. */
export function findLinks(text: string): DraftItem[] {
  return [...text.matchAll(linkPattern)].map((match) => {
    const raw = match[0].replace(/[.,;:!?)\]]+$/u, '');
    const start = match.index;
    return { start, end: start + raw.length, text: raw, explanation: 'Kontrollera att länken fungerar och leder dit du tror.' };
  });
}

/**
 * Groups the classifier's findings and the links by kind, in the order of `checks`, leaving out kinds
 * with nothing found. The same words found twice for one kind count once.
 */
export function draftNotes(
  text: string,
  classification: Pick<Classification, 'findings'> | null,
  checks: readonly DraftCheck[],
): DraftNote[] {
  const byKey = new Map<string, DraftItem[]>();
  const add = (key: string, item: DraftItem) => {
    const items = byKey.get(key) ?? [];
    if (!items.some((i) => i.start === item.start && i.end === item.end)) items.push(item);
    byKey.set(key, items);
  };
  for (const finding of classification?.findings ?? []) {
    add(finding.label, { start: finding.start, end: finding.end, text: finding.text, explanation: finding.explanation });
  }
  for (const link of findLinks(text)) add(linkCheckKey, link);
  return checks
    .filter((check) => byKey.has(check.key))
    .map((check) => ({ ...check, items: byKey.get(check.key)!.sort((a, b) => a.start - b.start) }));
}

/** "Personuppgifter (2), Länkar (1)": the short form for the record and the summary. */
export function draftSummary(notes: readonly DraftNote[]): string {
  return notes.map((note) => `${note.name} (${note.items.length})`).join(', ');
}
