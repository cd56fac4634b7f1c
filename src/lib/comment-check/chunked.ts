import type { Classification } from '../classifier/types.ts';

/** Texts up to this length are checked in one go: a few milliseconds, too short to notice. */
export const SINGLE_PASS_LIMIT = 5_000;
/** Size of each piece of a longer text, so no single task blocks typing for long. */
export const CHUNK_SIZE = 3_000;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Cuts a long text into pieces at paragraph or sentence ends where it can, word gaps otherwise, never inside a
 * surrogate pair. Words that the engine reads together (a phrase over a sentence end) stay together almost always.
 */
export function splitForChecking(text: string, size = CHUNK_SIZE, limit = text.length): { start: number; end: number }[] {
  const total = Math.min(text.length, limit);
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  while (start < total) {
    let end = Math.min(total, start + size);
    if (end < total) {
      const window = text.slice(Math.max(start + 1, end - Math.floor(size / 2)), end);
      const offset = end - window.length;
      const paragraph = window.lastIndexOf('\n');
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const space = window.search(/\s\S*$/u);
      if (paragraph >= 0) end = offset + paragraph + 1;
      else if (sentence >= 0) end = offset + sentence + 2;
      else if (space >= 0) end = offset + space + 1;
      if (isHigh(text.charCodeAt(end - 1))) end -= 1;
    }
    pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

/**
 * Puts the answers for the pieces back together as one answer for the whole text, offsets shifted back.
 * Judgements about a text as a whole (bulk repetition, whether it asks something) are then made per piece:
 * a very long text that asks a question anywhere counts as asking one.
 */
export function mergeClassifications(
  parts: readonly { offset: number; result: Classification }[],
  totalLength: number,
): Classification {
  const findings = parts.flatMap(({ offset, result }) =>
    result.findings.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset })),
  );
  const labels = [...new Set(parts.flatMap((p) => p.result.labels))];
  const last = parts[parts.length - 1];
  const analysedLength = last ? last.offset + last.result.analysedLength : 0;
  return {
    labels,
    question: parts.some((p) => p.result.question),
    findings,
    mustRemoveByLaw: parts.some((p) => p.result.mustRemoveByLaw),
    truncated: analysedLength < totalLength || parts.some((p) => p.result.truncated),
    analysedLength,
  };
}
