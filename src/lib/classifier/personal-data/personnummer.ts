import { luhnValid } from './luhn.ts';
import { near, REFERENCE_WORDS, type Detection } from './detection.ts';

/**
 * Ten or twelve digits, with an optional - or + (and stray spaces) before the last four:
 * YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDDNNNN, YYYYMMDD-NNNN, YYMMDDNNNN. The lookarounds keep it
 * from starting or ending inside a longer number; every quantifier is bounded, so it is linear.
 */
const CANDIDATE = /(?<![\d+-])(\d{2})?(\d{2})(\d{2})(\d{2}) ?([-+]?) ?(\d{4})(?![\d])/g;
/** Words that say a number is a personnummer. */
export const PERSONNUMMER_WORDS = /person(?:nummer|nr|numret)|pers\.?\s?nr|p-?nr|samordningsnummer|födelsenummer|\bpnr\b|personal identity/i;

export interface ParsedPersonnummer {
  /** Full four-digit year, or undefined when the century cannot be known. */
  year: number;
  month: number;
  day: number;
  /** Day was given as day + 60. */
  coordination: boolean;
  luhn: boolean;
  dateValid: boolean;
}

/**
 * Parses and checks a Swedish personnummer or samordningsnummer (day + 60). The check digit is
 * Luhn over YYMMDDNNN; the date must exist. With two-digit years, "+" means 100 years or older.
 */
export function parsePersonnummer(input: string, now: Date = new Date()): ParsedPersonnummer | undefined {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(input.replace(/ /g, ''));
  if (!m) return undefined;
  const [, cent, yy, mm, dd, sep, num, check] = m;
  const thisYear = now.getFullYear();
  let year: number;
  if (cent !== undefined) year = Number(cent + yy);
  else {
    const base = sep === '+' ? thisYear - 100 : thisYear;
    year = base - ((base - Number(yy)) % 100 + 100) % 100;
  }
  const month = Number(mm);
  let day = Number(dd);
  const coordination = day > 60;
  if (coordination) day -= 60;
  const date = new Date(Date.UTC(year, month - 1, day));
  const dateValid =
    month >= 1 && month <= 12 && day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && num !== '000';
  return { year, month, day, coordination, luhn: luhnValid(yy + mm + dd + num + check), dateValid };
}

/** True for a valid personnummer or samordningsnummer in any of the usual forms. */
export function isValidPersonnummer(input: string): boolean {
  const p = parsePersonnummer(input);
  return p !== undefined && p.dateValid && p.luhn;
}

export function findPersonnummer(text: string): Detection[] {
  const out: Detection[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const raw = m[0];
    const p = parsePersonnummer(raw);
    if (!p) continue;
    const start = m.index;
    const end = start + raw.length;
    const kind = p.coordination ? 'samordningsnummer' : 'personnummer';
    if (p.dateValid && p.luhn) {
      // Ten digits with no separator starting with 0 are usually a phone number; the phone
      // detector reports those unless the text says personnummer.
      const noSep = /^\d{10}$/.test(raw);
      if (noSep && raw.startsWith('0') && !near(text, start, end, PERSONNUMMER_WORDS)) continue;
      out.push({
        start,
        end,
        matched: kind,
        methods: ['pattern', 'checksum'],
        explanation: `”${raw}” är ett giltigt ${kind} (datum och kontrollsiffra stämmer).`,
        severity: 'high',
        confidence: noSep && !near(text, start, end, PERSONNUMMER_WORDS) ? 0.8 : 0.97,
        lawGround: undefined,
      });
    } else if ((near(text, start, end, PERSONNUMMER_WORDS) && p.month >= 1 && p.month <= 12) || (m[5] === '-' && p.dateValid && !near(text, start, start, REFERENCE_WORDS))) {
      // A real date with the dash before the last four is written as a personnummer even when its
      // check digit is wrong (a typo, or a made-up number that still points at someone).
      out.push({
        start,
        end,
        matched: kind,
        methods: ['pattern', 'context'],
        explanation: `”${raw}” ser ut som ett ${kind}, men ${p.dateValid ? 'kontrollsiffran' : 'datumet'} stämmer inte.`,
        severity: 'medium',
        confidence: 0.55,
      });
    }
  }
  return out;
}
