import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

/**
 * Zero-width and formatting characters that render as nothing: people hide them inside words
 * ("j\u200Bävla") to slip past filters. Variation selectors go too; they only pick a glyph style.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'g');

/** True when the text holds a character that renders as nothing. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** Removes invisible characters and flags the letters on both sides of each. */
export function removeInvisible(src: MappedText): MappedText {
  if (!INVISIBLE.test(src.text)) return src;
  const b = new MappedBuilder(src);
  let last = 0;
  let pending = false;
  INVISIBLE_G.lastIndex = 0;
  for (let m = INVISIBLE_G.exec(src.text); m !== null; m = INVISIBLE_G.exec(src.text)) {
    const i = m.index;
    if (i > last) {
      b.copy(last, last + 1);
      if (pending) b.markLast(Flag.invisible);
      b.copy(last + 1, i);
    }
    b.markLast(Flag.invisible);
    pending = true;
    last = i + 1;
  }
  if (last < src.text.length) {
    b.copy(last, last + 1);
    if (pending) b.markLast(Flag.invisible);
    b.copy(last + 1, src.text.length);
  }
  return b.build();
}
