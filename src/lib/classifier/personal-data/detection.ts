import type { Finding } from '../types.ts';

/** A piece of personal data found in the original text, before it becomes a Finding. */
export type Detection = Omit<Finding, 'label' | 'text'>;

/** True when one of the words occurs within `radius` characters before `start` or after `end`. */
export function near(text: string, start: number, end: number, words: RegExp, radius = 40): boolean {
  const before = text.slice(Math.max(0, start - radius), start);
  const after = text.slice(end, end + radius);
  return words.test(before) || words.test(after);
}

/** A number after these words is a reference (order, case, inventory), not a person's. */
export const REFERENCE_WORDS = /dnr|diarie|ärende|inv(?:entarie)?\.?\s?nr|inventarienummer|order|referens|objekt|katalog|faktura|ocr/i;
