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
  /** Below 1 the word is only a hint: hints of one label must add up to 1 to count. */
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
 * `[en|ett]` optional · `..3` up to three other words · `#` a number · `^` sentence start ·
 * `$` sentence end. A pattern never crosses a sentence and must start with a word, class or `^`.
 */
export interface PatternEntry {
  pattern: string;
  severity: Severity;
  note: string;
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

export interface PatternList {
  name: string;
  label: CommentLabelId;
  /** Short Swedish description used in explanations: "Hot mot en person". */
  why: string;
  entries: PatternEntry[];
}
