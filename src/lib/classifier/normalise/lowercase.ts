import { MappedBuilder, type MappedText } from './mapped-text.ts';

/**
 * Lower-cases without folding diacritics: "Ö" becomes "ö", never "o", because in Swedish
 * "höra" and "hora", "kön" and "kon" are different words.
 */
export function lowercase(src: MappedText): MappedText {
  const lower = src.text.toLowerCase();
  if (lower === src.text) return src;
  // Almost always one unit per unit; then the map is unchanged.
  if (lower.length === src.text.length) return { text: lower, start: src.start, end: src.end, flags: src.flags };
  const b = new MappedBuilder(src);
  const text = src.text;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + w);
    const lo = ch.toLowerCase();
    if (lo === ch) b.copy(i, i + w);
    else b.replace(i, i + w, lo, 0);
    i += w;
  }
  return b.build();
}
