/**
 * Text for the PDF's standard fonts. They encode WinAnsi only (å ä ö é – € yes; ✓ → ≥ and emoji no)
 * and pdf-lib throws on anything else, so every string is made drawable first, with common symbols
 * spelled out rather than lost.
 */

const spelledOut: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '↔': '<->',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '✓': 'x',
  '✔': 'x',
  '✗': 'x',
  '✘': 'x',
  '☐': '[ ]',
  '☑': '[x]',
  '☒': '[x]',
  '•': '•',
  '\t': '    ',
};

/** Characters that take no room and mean nothing on paper. */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export interface Drawable {
  text: string;
  /** True when a character had to be replaced by a look-alike or "?". */
  replaced: boolean;
}

/**
 * Makes text drawable with a font that supports the code points in `supported`. Decomposed letters
 * (an "a" followed by a combining ring, as some Macs type it) are composed to "å" first.
 */
export function toDrawable(input: string, supported: ReadonlySet<number>): Drawable {
  let replaced = false;
  let out = '';
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(invisible, '');
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || supported.has(code)) {
      out += char;
      continue;
    }
    const spelled = spelledOut[char];
    if (spelled !== undefined && [...spelled].every((c) => supported.has(c.codePointAt(0)!))) {
      out += spelled;
      if (char !== '\t') replaced = true;
      continue;
    }
    // Letters with accents the font lacks (ő, ł is not decomposable) keep at least their base letter.
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (base && base !== char && [...base].every((c) => supported.has(c.codePointAt(0)!))) out += base;
    else if (/\p{Extended_Pictographic}|\p{M}/u.test(char)) out += /\p{M}/u.test(char) ? '' : '?';
    else if (/\s/u.test(char)) out += ' ';
    else out += '?';
    replaced = true;
  }
  return { text: out, replaced };
}

/**
 * Breaks text into lines no wider than `width`, keeping the person's own line breaks. A word longer
 * than a line (a long web address) is broken between characters rather than running off the page.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      if (measure(word) <= width) {
        line = word;
        continue;
      }
      let piece = '';
      for (const char of word) {
        if (measure(piece + char) > width && piece) {
          lines.push(piece);
          piece = '';
        }
        piece += char;
      }
      line = piece;
    }
    lines.push(line);
  }
  return lines;
}
