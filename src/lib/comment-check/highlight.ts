/** A piece of the comment: plain text, or text one or more findings point at. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indexes of the findings that cover this piece, in finding order; empty for plain text. */
  findings: number[];
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const combining = /\p{M}/u;

/** Moves an offset back so it never falls inside a surrogate pair or before a combining mark. */
function snapStart(text: string, i: number): number {
  let at = i;
  if (at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) at -= 1;
  while (at > 0 && combining.test(text[at] ?? '')) at -= 1;
  return at;
}

/** Moves an end offset forward for the same reasons: a mark never cuts an emoji or an accent in two. */
function snapEnd(text: string, i: number): number {
  let at = i;
  if (at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) at += 1;
  while (at < text.length && combining.test(text[at] ?? '')) at += 1;
  return at;
}

/**
 * Splits the text into plain and marked pieces. Overlapping spans become one mark that lists every finding
 * in it, so the words are never marked twice; spans outside the text are clipped, empty ones dropped.
 */
export function highlightSegments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const cleaned = spans
    .map((span, index) => {
      const start = snapStart(text, Math.max(0, Math.min(text.length, Math.floor(span.start))));
      const end = snapEnd(text, Math.max(0, Math.min(text.length, Math.floor(span.end))));
      return { start, end, index };
    })
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: { start: number; end: number; findings: number[] }[] = [];
  for (const span of cleaned) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.findings.push(span.index);
    } else {
      merged.push({ start: span.start, end: span.end, findings: [span.index] });
    }
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const m of merged) {
    if (m.start > cursor) segments.push({ start: cursor, end: m.start, text: text.slice(cursor, m.start), findings: [] });
    segments.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), findings: [...new Set(m.findings)].sort((a, b) => a - b) });
    cursor = m.end;
  }
  if (cursor < text.length) segments.push({ start: cursor, end: text.length, text: text.slice(cursor), findings: [] });
  return segments;
}

/** Marks in a text longer than this are shown with the words around them only, not the whole text again. */
export const EXCERPT_FROM = 5_000;

/** Moves a cut to the nearest space within a few characters, and never between the halves of a surrogate pair. */
function niceCut(text: string, at: number, direction: 1 | -1): number {
  let cut = at;
  for (let i = 0; i < 30; i++) {
    const probe = at + i * direction;
    if (probe <= 0 || probe >= text.length) break;
    if (/\s/u.test(text[probe] ?? '')) {
      cut = direction === 1 ? probe + 1 : probe;
      break;
    }
  }
  if (cut > 0 && cut < text.length && isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut += direction === 1 ? 1 : -1;
  return Math.max(0, Math.min(text.length, cut));
}

/**
 * The marked pieces of a long text with `context` characters around each, windows that meet joined into one.
 * Each inner array is one excerpt; the page puts "[…]" between them. Marks are never cut.
 */
export function excerptSegments(text: string, segments: readonly Segment[], context = 160): Segment[][] {
  const windows: { start: number; end: number }[] = [];
  for (const s of segments) {
    if (s.findings.length === 0) continue;
    const start = s.start - context <= 0 ? 0 : niceCut(text, s.start - context, 1);
    const end = s.end + context >= text.length ? text.length : niceCut(text, s.end + context, -1);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start: Math.min(start, s.start), end: Math.max(end, s.end) });
  }
  return windows.map((w) =>
    segments
      .filter((s) => s.end > w.start && s.start < w.end)
      .map((s) => {
        if (s.findings.length > 0) return s;
        const start = Math.max(s.start, w.start);
        const end = Math.min(s.end, w.end);
        return { start, end, text: text.slice(start, end), findings: [] };
      })
      .filter((s) => s.end > s.start),
  );
}
