import type { CommentLabelId } from '../../../data/guideline/labels.ts';
import type { Severity } from '../types.ts';

/** One word of a lexicon, with its inflections. */
export interface WordEntry {
  /** The base form, shown to staff as what matched. */
  term: string;
  /** Other forms (inflections, common spellings), separated by spaces. */
  forms?: string;
  severity: Severity;
  /** Why the word is here, for the person reviewing the list. */
  note: string;
  /** Also matches as the first part of a compound: skit → skitbra. */
  start?: boolean;
  /** Also matches as the last part of a compound: jävel → kärringjävel. */
  end?: boolean;
  /** Also a surname or place: ignored when written with a capital inside a sentence (Hora). */
  name?: boolean;
  /** Below 1 the word is only a hint: hints of one label must add up to the label's threshold (HINTS_NEEDED in classify.ts: 0.6, spam 0.7) to count. */
  weight?: number;
  /** Id from removalDuty.lawGrounds when a hit means the law obliges removal. */
  lawGround?: string;
  /** A hint that only adds weight when another hint of the same label is present ("älskar" with "blodet"). */
  support?: boolean;
}

/**
 * A list of words of one kind in one language. With a `label`, a word alone is a finding; without,
 * the list is a word class that patterns refer to as `@category`.
 */
export interface WordList {
  category: string;
  lang: 'sv' | 'en';
  label?: CommentLabelId;
  /** Short Swedish name of the kind, used in explanations: "Svordom". */
  why: string;
  entries: WordEntry[];
}

/**
 * A context pattern over words, in a tiny language:
 * `du|ni` alternatives · `klottr*` prefix · `*gatan` suffix · `@insult` a word class ·
 * `[en|ett]` optional · `..3` up to three other words · `#` a number · `^` start of a sentence or of a clause after `:`, `;` or a dash ·
 * `$` sentence end. A pattern never crosses a sentence and must start with a word, class or `^`.
 */
export interface PatternEntry {
  pattern: string;
  severity: Severity;
  note: string;
  /** Below 1 a hint (see WordEntry.weight); below 0 a veto: findings of the label that overlap the match are dropped. */
  weight?: number;
  lawGround?: string;
  /** Overrides the list's `why` in explanations. */
  why?: string;
  /** Other labels the same match also earns: selling drugs with a contact is crime and spam. */
  also?: CommentLabelId[];
  /** A hint that only adds weight when another hint of the same label is present. */
  support?: boolean;
  /** Does not count in a question ("Får man dela bilderna utan tillstånd?" asks about the rule). */
  unlessQuestion?: boolean;
}

const SEVERITY: Record<string, Severity> = { l: 'low', m: 'medium', h: 'high' };

/**
 * Pattern entries written one per line to keep the browser bundle small:
 * `h.6 olaga-hot +crime-incitement s q: pattern`: severity (l, m, h) with an optional weight
 * (`.6`, or `-1` for a veto), then optionally a law ground, `+label` for each other label earned, `s` for a support
 * hint, `q` for unless-question, and after the colon the pattern. The note for the reviewer is the
 * comment above the line in the data file (comments are not shipped to the browser).
 */
export function patternEntries(lines: readonly string[]): PatternEntry[] {
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const head = line.slice(0, colon).trim().split(/\s+/);
    const sev = head[0];
    const entry: PatternEntry = { pattern: line.slice(colon + 1).trim(), severity: SEVERITY[sev[0]] ?? 'medium', note: '' };
    if (sev.length > 1) entry.weight = Number(sev.slice(1));
    for (const t of head.slice(1)) {
      if (t === 's') entry.support = true;
      else if (t === 'q') entry.unlessQuestion = true;
      else if (t.startsWith('+')) (entry.also ??= []).push(t.slice(1) as CommentLabelId);
      else entry.lawGround = t;
    }
    return entry;
  });
}

/**
 * Word entries written one per line, like the patterns: `m.6 start end name s lawGround: term forms`:
 * severity with an optional weight, flags (`start` and `end` for compounds, `name` for words that
 * are also names, `s` for a support hint), an optional law ground, then the base form and the
 * other forms; `-en` stands for the base form plus an ending (idiot -en → idioten). The note is the
 * comment above the line.
 */
export function wordEntries(lines: readonly string[]): WordEntry[] {
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const head = line.slice(0, colon).trim().split(/\s+/);
    const words = line.slice(colon + 1).trim().split(/\s+/);
    const sev = head[0];
    const entry: WordEntry = { term: words[0], severity: SEVERITY[sev[0]] ?? 'medium', note: '' };
    if (words.length > 1) entry.forms = words.slice(1).map((w) => (w[0] === '-' ? words[0] + w.slice(1) : w)).join(' ');
    if (sev.length > 1) entry.weight = Number(sev.slice(1));
    for (const t of head.slice(1)) {
      if (t === 'start') entry.start = true;
      else if (t === 'end') entry.end = true;
      else if (t === 'name') entry.name = true;
      else if (t === 's') entry.support = true;
      else entry.lawGround = t;
    }
    return entry;
  });
}

export interface PatternList {
  name: string;
  label: CommentLabelId;
  /** Short Swedish description used in explanations: "Hot mot en person". */
  why: string;
  entries: PatternEntry[];
}
