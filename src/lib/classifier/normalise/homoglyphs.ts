import { Flag, MappedBuilder, type MappedText } from './mapped-text.ts';

/**
 * Cyrillic, Greek and odd Latin letters that look like Latin ones (after lower-casing). Unlike
 * generic confusable tables this one never folds ä, å or ö to a or o: they are letters of their own.
 */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o',
  п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y',
  һ: 'h', ӓ: 'ä', ӧ: 'ö', ҝ: 'k', ʏ: 'y', ь: 'b', г: 'r',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  γ: 'y', ϲ: 'c', ω: 'w', ϳ: 'j', ά: 'a', έ: 'e', ί: 'i', ό: 'o', ύ: 'u',
  // Latin look-alikes
  ı: 'i', ɑ: 'a', ɡ: 'g', ʀ: 'r', ꜱ: 's', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h',
  ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w',
  ᴢ: 'z', ø: 'ö', æ: 'ä',
};

const LETTER = /\p{L}|\p{M}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ANY_GLYPH = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`);
const LATIN = /[\p{Script=Latin}\p{M}]/u;

/**
 * Maps look-alike letters to Latin, but only in words made of Latin and look-alike letters: a
 * word in real Russian or Greek keeps letters that have no Latin twin and is left alone.
 * Danish/Norwegian ø and æ count as ö and ä only inside otherwise Latin words.
 */
export function foldHomoglyphs(src: MappedText): MappedText {
  const text = src.text;
  if (!ANY_GLYPH.test(text)) return src;
  const b = new MappedBuilder(src);
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (!ANY_GLYPH.test(word)) continue;
    let foldable = true;
    let latin = 0;
    let glyphs = 0;
    for (const ch of word) {
      // Small capitals (ᴢɪɢ) are Latin letters: a word of only those is a disguise, not Greek.
      if (HOMOGLYPHS[ch] !== undefined) {
        glyphs++;
        if (LATIN.test(ch)) latin++;
      } else if (LATIN.test(ch)) latin++;
      else if (LETTER.test(ch)) {
        foldable = false;
        break;
      }
    }
    // ø and æ alone in a Latin word are a Nordic spelling, not a disguise: still fold them, but a
    // word of only Greek letters (a real Greek word) is left as it is unless it is short.
    if (!foldable || (latin === 0 && glyphs > 6)) continue;
    b.copy(last, m.index);
    for (let k = 0; k < word.length; k++) {
      const ch = word[k];
      const to = HOMOGLYPHS[ch];
      if (to === undefined) b.copy(m.index + k, m.index + k + 1);
      else b.replace(m.index + k, m.index + k + 1, to, ch === 'ø' || ch === 'æ' ? 0 : Flag.homoglyph);
    }
    last = m.index + word.length;
  }
  b.copy(last, text.length);
  return b.build();
}
