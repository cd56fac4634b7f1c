import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

const COMBINING = /\p{M}/u;
const LATIN1_STABLE = /^[\x00-\x9F\u00A1-\u00A7\u00A9\u00AB-\u00AE\u00B0\u00B1\u00B6\u00B7\u00BB\u00BF-\u00FF]*$/;
/** Fullwidth forms (ｆｕｃｋ) and halfwidth forms: typed to dodge filters that compare ASCII. */
const FULLWIDTH = /[\uFF00-\uFFEF]/;

/**
 * Unicode compatibility normalisation (NFKC), one base character plus its combining marks at a
 * time so each output keeps its span. Folds fullwidth letters, mathematical and circled letters,
 * ligatures, and composes "a" + U+0308 into "ä" so that å, ä and ö stay single letters.
 */
export function nfkc(src: MappedText): MappedText {
  const text = src.text;
  // Plain ASCII and the Latin-1 letters (å, ä, ö, é ...) never change under NFKC.
  if (LATIN1_STABLE.test(text) || text.normalize('NFKC') === text) return src;
  const b = new MappedBuilder(src);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i + (isHighSurrogateAt(text, i) ? 2 : 1);
    while (j < n) {
      const cp = text.codePointAt(j) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    const cluster = text.slice(i, j);
    const out = cluster.normalize('NFKC');
    if (out === cluster) {
      b.copy(i, j);
    } else {
      let flag = 0;
      if (FULLWIDTH.test(cluster)) flag = Flag.fullwidth;
      else if (/[a-z0-9]/i.test(out) && !/[\p{Script=Latin}\p{N}]/u.test(cluster.normalize('NFD').charAt(0))) flag = Flag.homoglyph;
      else if (/[\u{1D400}-\u{1D7FF}\u2460-\u24FF\u{1F100}-\u{1F1FF}]/u.test(cluster)) flag = Flag.homoglyph;
      b.replace(i, j, out, flag);
    }
    i = j;
  }
  return b.build();
}

function isHighSurrogateAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
}
