import type { Token } from '../boundaries.ts';
import type { PatternEntry, PatternList } from '../lexicon/types.ts';

type Alt =
  | { kind: 'word'; w: string }
  | { kind: 'prefix'; w: string }
  | { kind: 'suffix'; w: string }
  | { kind: 'class'; w: string }
  | { kind: 'num' };

type Elem =
  | { kind: 'alts'; alts: Alt[]; optional: boolean; words?: ReadonlySet<string>; rest?: Alt[] }
  | { kind: 'gap'; max: number }
  | { kind: 'start' }
  | { kind: 'end' };

export interface CompiledPattern {
  list: PatternList;
  entry: PatternEntry;
  elems: Elem[];
  id: number;
  /** Word sets of the required all-literal elements: a comment lacking a word from any of them cannot match. */
  required: ReadonlySet<string>[];
}

/** What the matcher needs to know about a token besides its text: its word classes. */
export interface TokenInfo {
  tok: Token;
  /** Categories of the lexicon hits of the token (insult, group, crime-verb ...). */
  cats: ReadonlySet<string>;
  /** Canonical lexicon terms the token stands for ("fan" for "f*n"). */
  terms: readonly string[];
}

// Per start token a pattern tries at most the product of its gaps + 1: still a small constant.
const MAX_GAP = 10;
/** Prefix patterns (`klottr*`) must be at least this long. */
const PREFIX_KEY = 3;
/** Suffix patterns (`*billiga`) are at least this long; they are indexed by their last SUFFIX_KEY letters. */
const SUFFIX_KEY = 2;

/** Real words that look like a pattern word without its dots: never restored. */
const ASCII_WORDS = new Set(['har', 'var', 'for', 'far', 'bar', 'sa', 'tar', 'lat', 'mot', 'kan', 'man', 'hor', 'kon', 'rov', 'bog', 'dom', 'ol', 'mor', 'sag', 'sak', 'alla', 'hora', 'as', 'fa', 'bast', 'mala', 'sala', 'lasa', 'kora', 'gora', 'hall', 'halla', 'sang']);

/** Parses one pattern; throws on a malformed or empty-matching pattern so a bad list fails its unit test, never a visitor. */
export function compilePattern(src: string): Elem[] {
  const elems: Elem[] = [];
  for (const raw of src.trim().split(/\s+/)) {
    if (raw === '^') elems.push({ kind: 'start' });
    else if (raw === '$') elems.push({ kind: 'end' });
    else if (/^\.\.\d$/.test(raw)) {
      const max = Number(raw.slice(2));
      if (max > MAX_GAP) throw new Error(`Gap > ${MAX_GAP}: ${src}`);
      elems.push({ kind: 'gap', max });
    } else {
      const optional = raw.startsWith('[') && raw.endsWith(']');
      const body = optional ? raw.slice(1, -1) : raw;
      const alts: Alt[] = body.split('|').map((a): Alt => {
        if (a === '#') return { kind: 'num' };
        if (a.startsWith('@')) return { kind: 'class', w: a.slice(1) };
        if (a.endsWith('*') && a.length > 2) {
          if (a.length <= PREFIX_KEY) throw new Error(`Prefix shorter than ${PREFIX_KEY} letters: ${src}`);
          return { kind: 'prefix', w: a.slice(0, -1) };
        }
        if (a.startsWith('*') && a.length > SUFFIX_KEY) return { kind: 'suffix', w: a.slice(1) };
        if (!/^[\p{L}\p{N}-]+$/u.test(a)) throw new Error(`Bad "${a}": ${src}`);
        return { kind: 'word', w: a };
      });
      elems.push({ kind: 'alts', alts, optional });
    }
  }
  if (!elems.some((e) => e.kind === 'alts' && !e.optional)) throw new Error(`Matches nothing: ${src}`);
  // Literal alternatives go into a set: most tokens are tested against them, and a set lookup is one hash.
  for (const e of elems) {
    if (e.kind !== 'alts') continue;
    e.words = new Set(e.alts.filter((a) => a.kind === 'word').map((a) => (a as { w: string }).w));
    e.rest = e.alts.filter((a) => a.kind !== 'word');
  }
  const first = elems.find((e) => e.kind !== 'start');
  if (!first || first.kind === 'gap') throw new Error(`No first word: ${src}`);
  return elems;
}

/** Patterns indexed by the words that can start them, so only plausible ones are tried at each token. */
export class PatternIndex {
  private readonly byWord = new Map<string, CompiledPattern[]>();
  /** Prefix patterns by the prefix's first PREFIX_KEY letters: one lookup per token, not one per prefix length. */
  private readonly byPrefix = new Map<string, [string, CompiledPattern][]>();
  private readonly byClass = new Map<string, CompiledPattern[]>();
  /** Suffix patterns by the suffix's last SUFFIX_KEY letters, so they are not tried at every token. */
  private readonly bySuffix = new Map<string, [string, CompiledPattern][]>();
  private readonly byNum: CompiledPattern[] = [];
  readonly all: CompiledPattern[] = [];
  private readonly ascii = new Map<string, string>();

  constructor(lists: readonly PatternList[]) {
    for (const list of lists) {
      for (const entry of list.entries) {
        const elems = compilePattern(entry.pattern);
        const required: ReadonlySet<string>[] = [];
        for (const e of elems) if (e.kind === 'alts' && !e.optional && e.rest?.length === 0 && e.words) required.push(e.words);
        const p: CompiledPattern = { list, entry, elems, id: this.all.length, required };
        this.all.push(p);
        for (const alt of firstAlts(p.elems)) {
          if (alt.kind === 'word') push(this.byWord, alt.w, p);
          else if (alt.kind === 'prefix') push(this.byPrefix, alt.w.slice(0, PREFIX_KEY), [alt.w, p]);
          else if (alt.kind === 'class') push(this.byClass, alt.w, p);
          else if (alt.kind === 'suffix') push(this.bySuffix, alt.w.slice(-SUFFIX_KEY), [alt.w, p]);
          else this.byNum.push(p);
        }
      }
    }
    const literal = new Set<string>();
    for (const p of this.all) for (const e of p.elems) if (e.kind === 'alts') for (const a of e.alts) if (a.kind === 'word') literal.add(a.w);
    for (const w of literal) {
      const a = w.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
      if (a !== w && !literal.has(a) && !ASCII_WORDS.has(a)) this.ascii.set(a, w);
    }
  }

  /** The pattern word a word typed without å, ä or ö stands for ("angra" → "ångra"), if any. */
  restoreDiacritics(word: string): string | undefined {
    return this.ascii.get(word);
  }

  /** Calls `found` for every pattern match, at most one per pattern and start token. */
  forEachMatch(infos: readonly TokenInfo[], found: (pattern: CompiledPattern, from: number, to: number) => void): void {
    // One stamp per start token across calls, so no per-call allocation is needed.
    const cands = this.cands;
    const present = new Set<string>();
    for (const info of infos) {
      present.add(info.tok.text);
      for (const t of info.terms) present.add(t);
    }
    const call = ++this.call;
    if (this.viableAt.length !== this.all.length) {
      this.viableAt = new Float64Array(this.all.length);
      this.viable = new Uint8Array(this.all.length);
    }
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      const stamp = ++this.stamp;
      cands.length = 0;
      const w = info.tok.text;
      this.take(this.byWord.get(w), stamp);
      for (const t of info.terms) if (t !== w) this.take(this.byWord.get(t), stamp);
      const prefixed = this.byPrefix.get(w.slice(0, PREFIX_KEY));
      if (prefixed) for (const [prefix, p] of prefixed) if (w.startsWith(prefix)) this.takeOne(p, stamp);
      if (info.cats.size > 0) for (const c of info.cats) this.take(this.byClass.get(c), stamp);
      if (info.tok.kind === 'num') this.take(this.byNum, stamp);
      const suffixed = this.bySuffix.get(w.slice(-SUFFIX_KEY));
      if (suffixed) for (const [suffix, p] of suffixed) if (w.endsWith(suffix)) this.takeOne(p, stamp);
      for (let k = 0; k < cands.length; k++) {
        const p = cands[k];
        if (this.viableAt[p.id] !== call) {
          this.viableAt[p.id] = call;
          this.viable[p.id] = p.required.every((set) => hasAny(set, present)) ? 1 : 0;
        }
        if (this.viable[p.id] === 0) continue;
        const to = matchAt(p.elems, 0, infos, i, info.tok.sentence);
        if (to > i) found(p, i, to);
      }
    }
    cands.length = 0;
  }

  private seen = new Float64Array(0);
  private viableAt = new Float64Array(0);
  private viable = new Uint8Array(0);
  private call = 0;
  private readonly cands: CompiledPattern[] = [];
  private stamp = 0;

  private take(ps: CompiledPattern[] | undefined, stamp: number): void {
    if (ps) for (const p of ps) this.takeOne(p, stamp);
  }

  private takeOne(p: CompiledPattern, stamp: number): void {
    if (this.seen.length !== this.all.length) this.seen = new Float64Array(this.all.length);
    if (this.seen[p.id] !== stamp) {
      this.seen[p.id] = stamp;
      this.cands.push(p);
    }
  }

  /** Every match as a list; convenient where speed does not matter. */
  matches(infos: readonly TokenInfo[]): { pattern: CompiledPattern; from: number; to: number }[] {
    const out: { pattern: CompiledPattern; from: number; to: number }[] = [];
    this.forEachMatch(infos, (pattern, from, to) => out.push({ pattern, from, to }));
    return out;
  }
}

function hasAny(set: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  // Iterate over the smaller of the two.
  if (set.size <= present.size) {
    for (const w of set) if (present.has(w)) return true;
  } else {
    for (const w of present) if (set.has(w)) return true;
  }
  return false;
}

function firstAlts(elems: Elem[]): Alt[] {
  const out: Alt[] = [];
  for (const e of elems) {
    if (e.kind === 'start' || e.kind === 'end') continue;
    if (e.kind === 'gap') break;
    out.push(...e.alts);
    if (!e.optional) break;
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const l = map.get(key);
  if (l) l.push(v);
  else map.set(key, [v]);
}

function elemMatches(el: { alts: Alt[]; words?: ReadonlySet<string>; rest?: Alt[] }, info: TokenInfo): boolean {
  const words = el.words;
  if (words) {
    if (words.has(info.tok.text)) return true;
    for (const t of info.terms) if (words.has(t)) return true;
    const rest = el.rest ?? [];
    for (let i = 0; i < rest.length; i++) if (altMatches(rest[i], info)) return true;
    return false;
  }
  return el.alts.some((a) => altMatches(a, info));
}

function altMatches(alt: Alt, info: TokenInfo): boolean {
  const w = info.tok.text;
  switch (alt.kind) {
    case 'word':
      return w === alt.w || info.terms.includes(alt.w);
    case 'prefix':
      return w.startsWith(alt.w) || info.terms.some((t) => t.startsWith(alt.w));
    case 'suffix':
      return w.endsWith(alt.w);
    case 'class':
      return info.cats.has(alt.w);
    case 'num':
      return info.tok.kind === 'num';
  }
}

/**
 * Tries the pattern from element `e` at token `t`; returns the index after the last token used,
 * or -1. Gaps and optional elements are tried shortest first. Patterns are a few elements long
 * with short gaps, so the work per start token is bounded by a constant.
 */
function matchAt(elems: Elem[], e: number, infos: readonly TokenInfo[], t: number, sentence: number): number {
  if (e === elems.length) return t;
  const el = elems[e];
  const inSentence = t < infos.length && infos[t].tok.sentence === sentence;
  switch (el.kind) {
    case 'start':
      return inSentence && infos[t].tok.opens ? matchAt(elems, e + 1, infos, t, sentence) : -1;
    case 'end':
      return !inSentence ? matchAt(elems, e + 1, infos, t, sentence) : -1;
    case 'gap': {
      for (let k = 0; k <= el.max; k++) {
        const u = t + k;
        if (u > t && (u - 1 >= infos.length || infos[u - 1].tok.sentence !== sentence)) break;
        const r = matchAt(elems, e + 1, infos, u, sentence);
        if (r >= 0) return r;
      }
      return -1;
    }
    case 'alts': {
      if (inSentence && elemMatches(el, infos[t])) {
        const r = matchAt(elems, e + 1, infos, t + 1, sentence);
        if (r >= 0) return r;
      }
      return el.optional ? matchAt(elems, e + 1, infos, t, sentence) : -1;
    }
  }
}
