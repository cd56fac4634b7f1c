/**
 * Text after one or more normalisation passes, with a map back to the string as typed so that
 * every finding can point at the characters the person actually wrote.
 */
export interface MappedText {
  readonly text: string;
  /** Offset in the original of the first UTF-16 unit behind each unit of `text`. */
  readonly start: ArrayLike<number>;
  /** Offset in the original just after the last unit behind each unit of `text`. */
  readonly end: ArrayLike<number>;
  /** Bit set of the passes that changed each unit (see `Flag`). */
  readonly flags: ArrayLike<number>;
}

/** Bits recording which evasion a pass undid, so explanations can name it. */
export const Flag = {
  invisible: 1,
  fullwidth: 2,
  homoglyph: 4,
  leetspeak: 8,
  spaced: 16,
  repeated: 32,
  mask: 64,
} as const;

/** 0, 1, 2 …: identity maps are views into it, since nearly every comment leaves some pass unchanged and most leave all. */
let counting = new Int32Array(0);
let zeros = new Uint8Array(0);

export function identity(text: string): MappedText {
  const n = text.length;
  if (counting.length < n + 1) {
    // Grown (at least doubled), never shrunk: after a 1 MB comment it holds 5–10 MB, which the next long comment reuses.
    counting = new Int32Array(Math.max(n + 1, 2 * counting.length, 1024));
    for (let i = 0; i < counting.length; i++) counting[i] = i;
    zeros = new Uint8Array(counting.length);
  }
  // Views, not copies: no pass writes into its input's map.
  return { text, start: counting.subarray(0, n), end: counting.subarray(1, n + 1), flags: zeros.subarray(0, n) };
}

/** Collects the output of a pass unit by unit; each output unit inherits the span of the input units it came from. */
export class MappedBuilder {
  private readonly src: MappedText;
  private readonly parts: string[] = [];
  private start: Int32Array;
  private end: Int32Array;
  private flags: Uint8Array;
  private n = 0;

  constructor(src: MappedText) {
    this.src = src;
    const cap = src.text.length + 16;
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
  }

  private reserve(extra: number): void {
    const need = this.n + extra;
    if (need <= this.start.length) return;
    const cap = Math.max(need, this.start.length * 2);
    const s = new Int32Array(cap);
    s.set(this.start);
    const e = new Int32Array(cap);
    e.set(this.end);
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.start = s;
    this.end = e;
    this.flags = f;
  }

  /** Copies input units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const s = this.src;
    this.parts.push(s.text.slice(from, to));
    this.reserve(to - from);
    let n = this.n;
    for (let i = from; i < to; i++, n++) {
      this.start[n] = s.start[i];
      this.end[n] = s.end[i];
      this.flags[n] = s.flags[i];
    }
    this.n = n;
  }

  /** Emits `out` in place of input units [from, to), every new unit covering their whole span. */
  replace(from: number, to: number, out: string, flag: number): void {
    const s = this.src;
    let f = flag;
    for (let i = from; i < to; i++) f |= s.flags[i];
    const st = s.start[from];
    const en = s.end[to - 1];
    this.parts.push(out);
    this.reserve(out.length);
    for (let i = 0; i < out.length; i++, this.n++) {
      this.start[this.n] = st;
      this.end[this.n] = en;
      this.flags[this.n] = f;
    }
  }

  /** Marks the last emitted unit, used when a removed character sat next to it. */
  markLast(flag: number): void {
    if (this.n > 0) this.flags[this.n - 1] |= flag;
  }

  get length(): number {
    return this.n;
  }

  build(): MappedText {
    return { text: this.parts.join(''), start: this.start.subarray(0, this.n), end: this.end.subarray(0, this.n), flags: this.flags.subarray(0, this.n) };
  }
}
