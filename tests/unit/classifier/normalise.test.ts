import { describe, expect, test } from 'vitest';
import { foldHomoglyphs } from '../../../src/lib/classifier/normalise/homoglyphs.ts';
import { removeInvisible } from '../../../src/lib/classifier/normalise/invisible.ts';
import { foldLeetspeak } from '../../../src/lib/classifier/normalise/leetspeak.ts';
import { lowercase } from '../../../src/lib/classifier/normalise/lowercase.ts';
import { Flag, identity, type MappedText } from '../../../src/lib/classifier/normalise/mapped-text.ts';
import { nfkc } from '../../../src/lib/classifier/normalise/nfkc.ts';
import { normalise, passes } from '../../../src/lib/classifier/normalise/pipeline.ts';
import { collapseRepeats } from '../../../src/lib/classifier/normalise/repeated-letters.ts';
import { joinSpacedLetters } from '../../../src/lib/classifier/normalise/spaced-letters.ts';

/** The original text behind normalised units [from, to). */
function back(m: MappedText, original: string, from: number, to: number): string {
  return original.slice(m.start[from], m.end[to - 1]);
}

function run(pass: (m: MappedText) => MappedText, s: string): MappedText {
  return pass(identity(s));
}

describe('offset map invariants', () => {
  test.each(['J4VLA', 'jäääävla', 's.k.i.t', 'ｆｕｃｋ', 'ѕкіт', 'j\u200Bävla', 'Ha\u0308r', 'İstanbul', '𝐟𝐮𝐜𝐤', 'i d i o t'])('%s: one entry per unit, spans ordered and inside', (s) => {
    const m = normalise(s);
    expect(m.start.length).toBe(m.text.length);
    expect(m.end.length).toBe(m.text.length);
    for (let i = 0; i < m.text.length; i++) {
      expect(m.start[i]).toBeGreaterThanOrEqual(0);
      expect(m.end[i]).toBeLessThanOrEqual(s.length);
      expect(m.start[i]).toBeLessThan(m.end[i]);
      if (i > 0) expect(m.start[i]).toBeGreaterThanOrEqual(m.start[i - 1]);
    }
  });

  test('passes are named and in order', () => {
    expect(passes.map((p) => p.name)).toEqual(['invisible', 'nfkc', 'lowercase', 'homoglyphs', 'leetspeak', 'spaced-letters', 'repeated-letters']);
  });

  test('unchanged text keeps the identity map', () => {
    const m = normalise('hej på dig');
    expect(m.text).toBe('hej på dig');
    expect(Array.from(m.start)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('invisible characters', () => {
  test('removes zero-width characters and flags the neighbours', () => {
    const s = 'j\u200Bä\u200Dvla\uFEFF';
    const m = run(removeInvisible, s);
    expect(m.text).toBe('jävla');
    expect(m.flags[0] & Flag.invisible).toBeTruthy();
    expect(m.flags[1] & Flag.invisible).toBeTruthy();
    expect(back(m, s, 0, 5)).toBe('j\u200Bä\u200Dvla');
  });
  test('soft hyphen and word joiner', () => {
    expect(run(removeInvisible, 'id\u00ADi\u2060ot').text).toBe('idiot');
  });
});

describe('NFKC', () => {
  test('fullwidth letters become ASCII and are flagged', () => {
    const s = 'ｆｕｃｋ';
    const m = run(nfkc, s);
    expect(m.text).toBe('fuck');
    expect(m.flags[0] & Flag.fullwidth).toBeTruthy();
    expect(back(m, s, 1, 2)).toBe('ｕ');
  });
  test('combining diaeresis composes to ä, mapped to both units', () => {
    const s = 'ja\u0308vla';
    const m = run(nfkc, s);
    expect(m.text).toBe('jävla');
    expect(back(m, s, 1, 2)).toBe('a\u0308');
  });
  test('mathematical bold letters (surrogate pairs) map to the whole pair', () => {
    const s = 'x𝐟y';
    const m = run(nfkc, s);
    expect(m.text).toBe('xfy');
    expect(back(m, s, 1, 2)).toBe('𝐟');
    expect(m.flags[1] & Flag.homoglyph).toBeTruthy();
  });
});

describe('lowercase', () => {
  test('keeps å, ä, ö distinct', () => {
    expect(run(lowercase, 'HÖRA KÖN ÅÄÖ').text).toBe('höra kön åäö');
  });
  test('handles a capital that lower-cases to two units', () => {
    const s = 'İa';
    const m = run(lowercase, s);
    expect(m.text.length).toBe(3);
    expect(back(m, s, 2, 3)).toBe('a');
  });
});

describe('homoglyphs', () => {
  test('Cyrillic look-alikes in a Latin word', () => {
    const s = 'ѕкіт';
    const m = run(foldHomoglyphs, s);
    expect(m.text).toBe('skit');
    expect(m.flags[0] & Flag.homoglyph).toBeTruthy();
  });
  test('Greek omicron inside a Latin word', () => {
    expect(run(foldHomoglyphs, 'idiοt').text).toBe('idiot');
  });
  test('a long word in small capitals is a disguise', () => {
    expect(run(foldHomoglyphs, 'ᴢɪɢᴇɴᴀʀᴇ').text).toBe('zigenare');
  });
  test('a long word of Greek letters that have Latin twins is left alone', () => {
    expect(run(foldHomoglyphs, 'κοινωνία').text).toBe('κοινωνία');
  });
  test('a real Russian word is left alone', () => {
    expect(run(foldHomoglyphs, 'привет').text).toBe('привет');
  });
  test('never folds ä or ö', () => {
    expect(run(foldHomoglyphs, 'höra kön').text).toBe('höra kön');
  });
});

describe('leetspeak', () => {
  test('digits inside words', () => {
    const s = 'j4vla sk1t h0ra';
    const m = run(foldLeetspeak, s);
    expect(m.text).toBe('javla skit hora');
    expect(m.flags[1] & Flag.leetspeak).toBeTruthy();
  });
  test('numbers, units and punctuation at word edges stay', () => {
    expect(run(foldLeetspeak, 'fan! år 2024, 10kr, mp3, 3st').text).toBe('fan! år 2024, 10kr, mp3, 3st');
  });
  test('symbols between letters', () => {
    expect(run(foldLeetspeak, 'h@ra $kit').text).toBe('hara skit');
  });
  test('e-mail addresses are not read as leetspeak', () => {
    expect(run(foldLeetspeak, 'anna@gmail.com').text).toBe('anna@gmail.com');
  });
});

describe('spaced letters', () => {
  test.each([
    ['i d i o t', 'idiot'],
    ['s.k.i.t', 'skit'],
    ['f-a-n', 'fan'],
    ['h_o_r_a', 'hora'],
    ['du är en i d i o t!', 'du är en idiot!'],
  ])('%s → %s', (s, want) => {
    const m = run(joinSpacedLetters, s);
    expect(m.text).toBe(want);
  });
  test('maps the joined word back over the separators', () => {
    const s = 'xx s.k.i.t yy';
    const m = run(joinSpacedLetters, s);
    const i = m.text.indexOf('skit');
    expect(back(m, s, i, i + 4)).toBe('s.k.i.t');
    expect(m.flags[i] & Flag.spaced).toBeTruthy();
  });
  test('ordinary text and two-letter abbreviations are untouched', () => {
    expect(run(joinSpacedLetters, 'det är i dag s.k. bra').text).toBe('det är i dag s.k. bra');
  });
});

describe('repeated letters', () => {
  test('three or more collapse to one', () => {
    const s = 'jäääävla fuuuuck';
    const m = run(collapseRepeats, s);
    expect(m.text).toBe('jävla fuck');
    expect(back(m, s, 1, 2)).toBe('ääää');
    expect(m.flags[1] & Flag.repeated).toBeTruthy();
  });
  test('real double letters stay: fann is not fan', () => {
    expect(run(collapseRepeats, 'fann allt').text).toBe('fann allt');
  });
});
