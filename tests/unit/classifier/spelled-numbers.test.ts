import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { findEmails } from '../../../src/lib/classifier/personal-data/email.ts';
import { findSpelledNumbers, wordDigits } from '../../../src/lib/classifier/personal-data/spelled-numbers.ts';

describe('number words', () => {
  test.each([
    ['noll', '0'],
    ['sju', '7'],
    ['tolv', '12'],
    ['tjugo', '20'],
    ['fyrtiofem', '45'],
    ['ÅTTIOTRE', '83'],
    ['nittionio', '99'],
  ])('%s → %s', (word, digits) => {
    expect(wordDigits(word)).toBe(digits);
  });
  test.each(['sexig', 'tjugonoll', 'femma', 'tvåa', 'museet'])('%s is not a number word', (word) => {
    expect(wordDigits(word)).toBeUndefined();
  });
});

describe('disguised phone numbers and personnummer', () => {
  test.each([
    ['Ring mig: noll sju noll, ett två tre, fyrtiofem sextiosju', 'telefonnummer', 'noll sju noll, ett två tre, fyrtiofem sextiosju'],
    ['plus fyrtiosex sjuttio, sex sex sex, tolv trettiofyra', 'telefonnummer', 'plus fyrtiosex sjuttio, sex sex sex, tolv trettiofyra'],
    ['0 7 0 - 4 4 4 3 2 1 0 ring mig', 'telefonnummer', '0 7 0 - 4 4 4 3 2 1 0'],
    ['nummer 070 / 555 / 12 / 34 efter 17', 'telefonnummer', '070 / 555 / 12 / 34'],
    ['pnr 19 920 115 – 7 8 3 2 ifall ni behöver', 'personnummer', '19 920 115 – 7 8 3 2'],
    ['mitt nr är 93O228-5177', 'personnummer', '93O228-5177'],
  ])('%s', (text, matched, span) => {
    const found = findSpelledNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0].matched).toBe(matched);
    expect(text.slice(found[0].start, found[0].end)).toBe(span);
  });

  test('the explanation says how the number was disguised', () => {
    expect(findSpelledNumbers('noll sju noll ett två tre fyra fem sex sju')[0].explanation).toContain('skrivet med ord');
    expect(findSpelledNumbers('0 7 0 1 2 3 4 5 6 7')[0].methods).toContain('spaced-letters');
    expect(findSpelledNumbers('93O228-5177')[0].methods).toContain('homoglyph');
  });

  test.each([
    'Öppet 08.00 – 16.00 alla dagar, 10.00-17.00 på helger',
    'Vi har sex, sju eller åtta platser kvar',
    'Utställningen visar åren 1998 – 2003 – 2010',
    'Rum 1, 2, 3 och 4 är stängda',
    'Biljetten kostar 120 kr, barn 60 kr',
    'Ett två tre, nu kör vi!',
  ])('not a number to remove: %s', (text) => {
    expect(findSpelledNumbers(text)).toEqual([]);
    expect(classify(text).labels).not.toContain('personal-data');
  });
});

describe('disguised e-mail addresses', () => {
  test.each([
    'lena punkt johansson snabela yahoo punkt se',
    'kontakt: lars (snabel-a) telia (punkt) com',
    'mejla kalle_o at hotmail dot se om ni vill',
    'anna[at]gmail.com',
  ])('%s', (text) => {
    expect(findEmails(text, [])).toHaveLength(1);
    expect(classify(text).labels).toContain('personal-data');
  });
  test.each(['Meet me at school. Then we go home', 'We arrived at noon dot', 'info (at) vastarvet punkt se'])('not a personal address: %s', (text) => {
    expect(findEmails(text, ['vastarvet.se'])).toEqual([]);
  });
});
