import { luhnValid } from './luhn.ts';
import { near, REFERENCE_WORDS, type Detection } from './detection.ts';

/** 13 to 19 digits, optionally grouped by spaces, hyphens or dots: card numbers. */
const CARD = /(?<![\d.])\d(?:[ .-]?\d){12,18}(?![\d])/g;
/** Four groups of four: how a card number is written, whatever its check digit. */
const CARD_SHAPE = /^\d{4}([ .-])\d{4}\1\d{4}\1\d{4}$/;
/** Swedish bank accounts: clearing number (4 or 5 digits) then 6 to 10 digits. */
const ACCOUNT = /(?<![\d])\d{4}(?:-\d)?[ ,-]{1,2}\d{1,4}(?:[ -]?\d){5,9}(?![\d])/g;
/** IBAN, Swedish or other: two letters, two check digits, up to 30 alphanumerics. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/gu;
/** "konto 943 221 876-4", "clearing 8327-9": a number right after the word. */
const NAMED_ACCOUNT = /(?:clearing|konto)(?:nummer|nr)?\.?:? ?\d(?:[ -]?\d){4,15}(?![\d])/gi;
const ACCOUNT_WORDS = /konto|kontonummer|kontonr|clearing|bank|swedbank|handelsbanken|nordea|seb|länsförsäkringar|sätt in|överför|betala till/i;
const CARD_WORDS = /kort|card|visa|mastercard|amex|cvc|cvv|giltig/i;

function ibanValid(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  const re = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of re) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

export function findBankAndCards(text: string): Detection[] {
  const out: Detection[] = [];
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    const shaped = CARD_SHAPE.test(m[0]) || near(text, m.index, m.index + m[0].length, CARD_WORDS);
    if (!luhnValid(digits)) {
      if (shaped && digits.length === 16 && !near(text, m.index, m.index, REFERENCE_WORDS)) {
        out.push({ start: m.index, end: m.index + m[0].length, matched: 'kortnummer', methods: ['pattern'], explanation: `”${m[0]}” är skrivet som ett kortnummer.`, severity: 'high', confidence: 0.7 });
      }
      continue;
    }
    // A valid 12-digit personnummer is not a card; a card starts with 2-6.
    if (!/^[2-6]/.test(digits) && !near(text, m.index, m.index + m[0].length, CARD_WORDS)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      matched: 'kortnummer',
      methods: ['pattern', 'checksum'],
      explanation: `”${m[0]}” är ett kortnummer (kontrollsiffran stämmer).`,
      severity: 'high',
      confidence: 0.95,
    });
  }
  ACCOUNT.lastIndex = 0;
  for (let m = ACCOUNT.exec(text); m !== null; m = ACCOUNT.exec(text)) {
    if (!near(text, m.index, m.index + m[0].length, ACCOUNT_WORDS, 50)) continue;
    if (out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      matched: 'kontonummer',
      methods: ['pattern', 'context'],
      explanation: `”${m[0]}” ser ut som ett clearing- och kontonummer.`,
      severity: 'high',
      confidence: 0.85,
    });
  }
  NAMED_ACCOUNT.lastIndex = 0;
  for (let m = NAMED_ACCOUNT.exec(text); m !== null; m = NAMED_ACCOUNT.exec(text)) {
    const end = m.index + m[0].length;
    if (out.some((d) => d.start < end && m.index < d.end)) continue;
    out.push({ start: m.index, end, matched: 'kontonummer', methods: ['pattern', 'context'], explanation: `”${m[0]}” är ett bankkonto.`, severity: 'high', confidence: 0.85 });
  }
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    if (!ibanValid(m[0])) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      matched: 'IBAN',
      methods: ['pattern', 'checksum'],
      explanation: `”${m[0]}” är ett IBAN-kontonummer (kontrollsiffrorna stämmer).`,
      severity: 'high',
      confidence: 0.97,
    });
  }
  return out;
}
