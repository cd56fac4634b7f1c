import { REFERENCE_WORDS, type Detection } from './detection.ts';

/**
 * Swedish phone numbers: 070-123 45 67, 031-63 00 00, 08-123 456 78, +46 70 123 45 67,
 * 0046 70 ..., +46 (0)70 .... The digits after the prefix may be grouped with spaces or
 * hyphens; the repetition is bounded, so the pattern runs in linear time.
 */
const CANDIDATE = /(?<![\d+\p{L}])(?:\+46|0046)[ -]?(?:\(0\) ?)?[1-9](?:[ -]?\d){6,9}(?![\d])|(?<![\d+\p{L}/.,-])0[1-9]\d{0,2}(?:[ -]|\/)?\d(?:[ -]?\d){4,7}(?![\d])/gu;
/** Other countries' numbers: "+44 7700 900123", "+1 555 123 4567". Swedish ones are left to CANDIDATE. */
const FOREIGN = /(?<![\d+\p{L}])\+(?!46)[1-9]\d{0,2}(?:[ -]?\d){7,12}(?!\d)/gu;
/**
 * Words that make a number a reference (inventory, case, order), a bank or company number, or the
 * organisation's own switchboard ("museets växel", "receptionen på") rather than a person's phone.
 */
const NOT_PHONE = new RegExp(`${REFERENCE_WORDS.source}|bankgiro|plusgiro|konto|clearing|iban|kortnummer|org\\.?\\s?nr|organisationsnummer|växeln?\\b|reception(?:en)?\\b|kundtjänst`, 'i');

export function findPhones(text: string): Detection[] {
  const out: Detection[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const raw = m[0];
    const digits = raw.replace('(0)', '').replace(/\D/g, '');
    const national = digits.startsWith('46') && !raw.startsWith('0') ? '0' + digits.slice(2) : digits.startsWith('0046') ? '0' + digits.slice(4) : digits;
    // Swedish numbers are 8 to 10 digits with the leading 0; mobiles are 07x and 10 digits.
    if (national.length < 8 || national.length > 10) continue;
    if (/^07/.test(national) && national.length !== 10) continue;
    if (NOT_PHONE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    // A date (2023-04-05) or a time span is not a phone number: those never start with 0 and a digit group of 4.
    out.push({
      start: m.index,
      end: m.index + raw.length,
      matched: 'telefonnummer',
      methods: ['pattern'],
      explanation: `”${raw}” ser ut som ett telefonnummer.`,
      severity: 'medium',
      confidence: /^07/.test(national) || raw.startsWith('+') || raw.startsWith('00') ? 0.95 : 0.85,
    });
  }
  FOREIGN.lastIndex = 0;
  for (let m = FOREIGN.exec(text); m !== null; m = FOREIGN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, matched: 'telefonnummer', methods: ['pattern'], explanation: `”${m[0]}” ser ut som ett utländskt telefonnummer.`, severity: 'medium', confidence: 0.85 });
  }
  return out;
}
