import type { MappedText } from './normalise/mapped-text.ts';

/** One word or number of the normalised text, with its span in the original. */
export interface Token {
  /** Normalised form, e.g. "jävla" for "J4VLA". */
  text: string;
  kind: 'word' | 'num';
  /** UTF-16 span in the original string. */
  start: number;
  end: number;
  /** Union of the normalisation flags of its units. */
  flags: number;
  /** Index of the sentence it belongs to; patterns never cross sentences. */
  sentence: number;
  /** First token of its sentence. */
  first: boolean;
  /** First of its sentence or of a clause after a colon, semicolon or dash: where an imperative can start ("Bojkotta inte – sabotera!"). */
  opens: boolean;
  /** Typed with a capital first letter (names such as the surname Hora). */
  capital: boolean;
  /** Span of the token in the normalised text. */
  nStart: number;
  nEnd: number;
}

/**
 * Words are runs of letters and combining marks, found with Unicode property escapes: `\b` in
 * JavaScript treats å, ä and ö as non-word characters and would cut "hörapparat" at "h".
 * A `*` inside a word is kept as a masked letter ("f*n"). Sentences end at . ! ? … and newlines.
 */
// A hyphen inside a word of at most four characters masks letters like a star ("f-n"); longer
// hyphenated words are compounds whose parts are read as words ("e-post", "Karl-Erik").
const TOKEN = /\p{L}{1,2}-\p{L}{1,2}(?![\p{L}-])|[\p{L}\p{M}]+(?:\*+[\p{L}\p{M}]+)*\**|\p{N}+|[.!?…\n]+/gu;
const UPPER = /\p{Lu}/u;

export function tokenise(mapped: MappedText, original: string): Token[] {
  const out: Token[] = [];
  const text = mapped.text;
  let sentence = 0;
  let first = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) {
      // The dot of an initial ("Jenny L. är …") does not end the sentence.
      const prev = out[out.length - 1];
      if (t === '.' && prev && prev.nEnd === m.index && prev.text.length === 1 && prev.capital) continue;
      // Nor does a dot inside an address or abbreviation ("hanna.berg@gmail.com", "t.ex").
      if (t === '.' && prev && prev.nEnd === m.index && /[\p{L}\p{N}]/u.test(text.charAt(m.index + 1))) continue;
      if (!first) sentence++;
      first = true;
      continue;
    }
    let w = t.replace('-', '*');
    // Trailing stars are emphasis or a cut-off word, not letters: "*fan*" is "fan".
    while (w.length > 1 && w.charCodeAt(w.length - 1) === 42) w = w.slice(0, -1);
    const nStart = m.index;
    const nEnd = m.index + w.length;
    let flags = 0;
    for (let i = nStart; i < nEnd; i++) flags |= mapped.flags[i];
    const start = mapped.start[nStart];
    const end = widenEnd(original, mapped.end[nEnd - 1]);
    const isNum = c >= 48 && c <= 57 ? true : /^\p{N}/u.test(w);
    const prev = out[out.length - 1];
    const opens = first || (prev !== undefined && /[:;–—]|\s-\s/.test(text.slice(prev.nEnd, nStart)));
    out.push({
      opens,
      text: w,
      kind: isNum ? 'num' : 'word',
      start,
      end,
      flags,
      sentence,
      first,
      capital: UPPER.test(original.charAt(start)),
      nStart,
      nEnd,
    });
    first = false;
  }
  return out;
}

const MARK = /\p{M}/u;

/** Extends an end offset over combining marks and the low half of a surrogate pair, so a span never splits a character. */
export function widenEnd(original: string, end: number): number {
  let e = end;
  if (e > 0 && e < original.length) {
    const prev = original.charCodeAt(e - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) e++;
  }
  while (e < original.length && MARK.test(original.charAt(e))) e++;
  return e;
}

/** Moves a start offset back off the low half of a surrogate pair. */
export function widenStart(original: string, start: number): number {
  if (start > 0 && start < original.length) {
    const c = original.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff) return start - 1;
  }
  return start;
}
