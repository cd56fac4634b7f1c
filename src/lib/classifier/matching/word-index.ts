import type { WordEntry, WordList } from '../lexicon/types.ts';
import type { DetectionMethod } from '../types.ts';

export interface WordHit {
  list: WordList;
  entry: WordEntry;
  /** The lexicon form that matched (after undoing the evasion). */
  form: string;
  /** How the match was found beyond plain lookup. */
  via: DetectionMethod[];
}

interface Slot {
  list: WordList;
  entry: WordEntry;
  form: string;
}

/** Folds å, ä, ö (and é) to plain letters, for people who type without them. */
export function stripDiacritics(w: string): string {
  return w.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[éè]/g, 'e');
}

/** Collapses every doubled letter: "fiitta" and "fitta" both become "fita". */
export function collapseDoubles(w: string): string {
  return w.replace(/(.)\1+/gu, '$1');
}

const DOUBLE_VOWEL = /([aeiouyåäö])\1/;

/**
 * All word lists compiled into maps, so each token costs a handful of lookups whatever the size
 * of the lexicons.
 */
export class WordIndex {
  private readonly exact = new Map<string, Slot[]>();
  private readonly ascii = new Map<string, Slot[]>();
  private readonly collapsed = new Map<string, Slot[]>();
  private readonly starts = new Map<string, Slot[]>();
  private readonly ends = new Map<string, Slot[]>();
  private readonly masked: Slot[] = [];
  private readonly allow: ReadonlySet<string>;
  private readonly asciiBlock: ReadonlySet<string>;
  private minAffix = 99;
  private maxAffix = 0;
  /** First and last three letters of the compound parts: most words are ruled out without slicing. */
  private readonly startHeads = new Set<string>();
  private readonly endTails = new Set<string>();

  constructor(lists: readonly WordList[], allow: ReadonlySet<string>, asciiBlock: ReadonlySet<string>) {
    this.allow = allow;
    this.asciiBlock = asciiBlock;
    for (const list of lists) {
      for (const entry of list.entries) {
        const forms = [entry.term, ...(entry.forms ? entry.forms.split(/\s+/).filter(Boolean) : [])];
        for (const form of forms) {
          const slot: Slot = { list, entry, form };
          add(this.exact, form, slot);
          if (list.lang === 'sv') {
            const a = stripDiacritics(form);
            if (a !== form && !asciiBlock.has(a)) add(this.ascii, a, slot);
          }
          add(this.collapsed, collapseDoubles(form), slot);
          if (entry.start) {
            this.addAffix(this.starts, form, slot);
            this.startHeads.add(form.slice(0, 3));
          }
          if (entry.end) {
            this.addAffix(this.ends, form, slot);
            this.endTails.add(form.slice(-3));
          }
          if (list.label === 'profanity' || list.category === 'insult' || list.category === 'slur') this.masked.push(slot);
        }
      }
    }
  }

  private addAffix(map: Map<string, Slot[]>, form: string, slot: Slot): void {
    add(map, form, slot);
    this.minAffix = Math.min(this.minAffix, form.length);
    this.maxAffix = Math.max(this.maxAffix, form.length);
  }

  /** True when the word is on the allow-list (fantastisk, slutsats, Skittles ...). */
  allowed(word: string): boolean {
    return this.allow.has(word);
  }

  /**
   * Every lexicon entry the word can be: exact, then the forms that undo a remaining evasion
   * (masked letters, stretched letters, missing diacritics), then compounds. `stretched` says
   * the repeated-letters pass shortened this word.
   */
  lookup(word: string, stretched: boolean): WordHit[] {
    if (this.allow.has(word)) return [];
    const out: WordHit[] = [];
    const exact = this.exact.get(word);
    if (exact) for (const s of exact) out.push({ ...s, via: [] });
    if (out.length > 0) return this.addCompounds(word, out);
    if (word.includes('*')) return this.lookupMasked(word);
    if (stretched || DOUBLE_VOWEL.test(word)) {
      const c = this.collapsed.get(collapseDoubles(word));
      if (c) for (const s of c) out.push({ ...s, via: ['repeated-letters'] });
      if (out.length > 0) return out;
    }
    if (!/[åäöé]/.test(word) && !this.asciiBlock.has(word)) {
      const a = this.ascii.get(word);
      if (a) for (const s of a) out.push({ ...s, via: ['missing-diacritics'] });
      if (out.length > 0) return out;
    }
    return this.addCompounds(word, out);
  }

  /** A compound: a known word at the start or end with at least two more letters ("skitbra", "kärringjävel"). */
  private addCompounds(word: string, out: WordHit[]): WordHit[] {
    const n = word.length;
    if (n < this.minAffix + 2) return out;
    const startOk = this.startHeads.has(word.slice(0, 3));
    const endOk = this.endTails.has(word.slice(-3));
    if (!startOk && !endOk) return out;
    const has = (slot: Slot): boolean => out.some((h) => h.entry === slot.entry);
    for (let len = startOk ? Math.min(this.maxAffix, n - 2) : 0; len >= this.minAffix; len--) {
      const s = this.starts.get(word.slice(0, len));
      if (s) {
        for (const slot of s) if (!has(slot)) out.push({ ...slot, via: ['compound'] });
        break;
      }
    }
    for (let len = endOk ? Math.min(this.maxAffix, n - 2) : 0; len >= this.minAffix; len--) {
      const e = this.ends.get(word.slice(n - len));
      if (e) {
        for (const slot of e) if (!has(slot)) out.push({ ...slot, via: ['compound'] });
        break;
      }
    }
    return out;
  }

  /** "f*n" → "fan": a masked word matches a swear word or insult of the same length, if only one fits. */
  private lookupMasked(word: string): WordHit[] {
    let letters = 0;
    for (const ch of word) if (ch !== '*') letters++;
    if (letters < 2 || letters * 2 < word.length - 1) return [];
    let found: Slot | undefined;
    const terms = new Set<string>();
    for (const s of this.masked) {
      if (s.form.length !== word.length) continue;
      let ok = true;
      for (let i = 0; i < word.length; i++) {
        if (word[i] !== '*' && word[i] !== s.form[i]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        if (!found) found = s;
        terms.add(s.entry.term);
      }
    }
    if (!found || terms.size > 2) return [];
    return [{ ...found, via: ['leetspeak'] }];
  }
}

function add(map: Map<string, Slot[]>, key: string, slot: Slot): void {
  const list = map.get(key);
  if (list) {
    if (!list.some((s) => s.entry === slot.entry && s.list === slot.list)) list.push(slot);
  } else map.set(key, [slot]);
}
