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

export function identity(text: string): MappedText {
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end, flags: new Uint8Array(n) };
}

/** Collects the output of a pass unit by unit; each output unit inherits the span of the input units it came from. */
export class MappedBuilder {
  private readonly src: MappedText;
  private readonly parts: string[] = [];
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly flags: number[] = [];

  constructor(src: MappedText) {
    this.src = src;
  }

  /** Copies input units [from, to) unchanged. */
  copy(from: number, to: number): void {
    const s = this.src;
    this.parts.push(s.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.start.push(s.start[i]);
      this.end.push(s.end[i]);
      this.flags.push(s.flags[i]);
    }
  }

  /** Emits `out` in place of input units [from, to), every new unit covering their whole span. */
  replace(from: number, to: number, out: string, flag: number): void {
    const s = this.src;
    let f = flag;
    for (let i = from; i < to; i++) f |= s.flags[i];
    const st = s.start[from];
    const en = s.end[to - 1];
    this.parts.push(out);
    for (let i = 0; i < out.length; i++) {
      this.start.push(st);
      this.end.push(en);
      this.flags.push(f);
    }
  }

  /** Marks the last emitted unit, used when a removed character sat next to it. */
  markLast(flag: number): void {
    if (this.flags.length > 0) this.flags[this.flags.length - 1] |= flag;
  }

  get length(): number {
    return this.flags.length;
  }

  build(): MappedText {
    return { text: this.parts.join(''), start: this.start, end: this.end, flags: this.flags };
  }
}
