import { parsePersonnummer, PERSONNUMMER_WORDS } from './personnummer.ts';
import { luhnValid } from './luhn.ts';
import type { Detection } from './detection.ts';

/**
 * Numbers disguised against harvesters and filters: spelled out ("noll sju noll, fyrtiofem
 * sextiosju"), typed digit by digit ("0 7 0 - 4 4 4 …"), split oddly ("19 920 115 – 7 8 3 2",
 * "070 / 555 / 12 / 34") or with the letter O for zero ("93O228-5177"). The words and digit groups
 * of a run are joined and the result is checked like any other phone number or personnummer.
 */
const UNITS = 'noll ett två tre fyra fem sex sju åtta nio'.split(' ');
const TEENS = 'tio elva tolv tretton fjorton femton sexton sjutton arton nitton'.split(' ');
const TENS = 'tjugo trettio fyrtio femtio sextio sjuttio åttio nittio'.split(' ');

/** The digits a number word stands for ("fyrtiofem" → "45"), or undefined. */
export function wordDigits(word: string): string | undefined {
  const w = word.toLowerCase();
  let i = UNITS.indexOf(w);
  if (i >= 0) return String(i);
  i = TEENS.indexOf(w);
  if (i >= 0) return String(10 + i);
  for (let t = 0; t < TENS.length; t++) {
    if (!w.startsWith(TENS[t])) continue;
    const rest = w.slice(TENS[t].length);
    const u = UNITS.indexOf(rest);
    if (rest === '') return `${t + 2}0`;
    if (u > 0) return `${t + 2}${u}`;
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the parts of one number: spaces, dashes, dots, commas, slashes. */
const GAP = /^[\s,.\-–—/:()]{0,4}$/;

interface Run {
  start: number;
  end: number;
  digits: string;
  words: number;
  singles: number;
  letterO: boolean;
  plus: boolean;
}

export function findSpelledNumbers(text: string): Detection[] {
  const out: Detection[] = [];
  let run: Run | undefined;
  const flush = (): void => {
    if (run) judge(run, text, out);
    run = undefined;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    let digits: string | undefined;
    let isWord = false;
    let letterO = false;
    if (/^\d+$/.test(w)) digits = w;
    else if (/^[\dOo]+$/.test(w) && /\d.*\d/.test(w)) {
      digits = w.replace(/[Oo]/g, '0');
      letterO = true;
    } else {
      digits = wordDigits(w);
      isWord = digits !== undefined;
    }
    const end = m.index + w.length;
    if (digits === undefined) {
      flush();
      // "plus fyrtiosex …": the plus starts an international number.
      if (w.toLowerCase() === 'plus') run = { start: m.index, end, digits: '', words: 0, singles: 0, letterO: false, plus: true };
      continue;
    }
    if (run && !GAP.test(text.slice(run.end, m.index))) flush();
    run ??= { start: m.index, end, digits: '', words: 0, singles: 0, letterO: false, plus: text[m.index - 1] === '+' };
    run.digits += digits;
    run.end = end;
    if (isWord) run.words++;
    if (w.length === 1 && !isWord) run.singles++;
    run.letterO ||= letterO;
    // Nothing Swedish is longer than a card number: a longer run is a table, not a disguise.
    if (run.digits.length > 19) {
      run = undefined;
    }
  }
  flush();
  return out;
}

function judge(run: Run, text: string, out: Detection[]): void {
  const raw = text.slice(run.start, run.end);
  // Plain numbers in the usual formats are the other detectors' work; this one looks only at disguises.
  const disguised = run.words >= 2 || run.singles >= 4 || run.letterO || (/[/–—.]/.test(raw) && /\d \D* ?\d/.test(raw));
  // "08.00 – 16.00" is an opening time, not a phone number.
  if (!disguised || run.digits.length < 7 || (run.words < 2 && /\d[.:]\d\d\b/.test(raw))) return;
  const d = run.digits;
  const [how, method] = run.words >= 2 ? ['skrivet med ord', 'pattern'] as const : run.letterO ? ['med O i stället för 0', 'homoglyph'] as const : ['uppdelat', 'spaced-letters'] as const;
  const push = (matched: string, severity: 'medium' | 'high', confidence: number): void => {
    out.push({ start: run.start, end: run.end, matched, methods: method === 'pattern' ? ['pattern'] : ['pattern', method], explanation: `”${raw}” är ett ${matched}, ${how}.`, severity, confidence });
  };
  if (d.length === 10 || d.length === 12) {
    const p = parsePersonnummer(d.slice(0, -4) + '-' + d.slice(-4));
    if (p && p.dateValid && (p.luhn || PERSONNUMMER_WORDS.test(text.slice(Math.max(0, run.start - 30), run.start)))) {
      return push(p.coordination ? 'samordningsnummer' : 'personnummer', 'high', p.luhn ? 0.9 : 0.6);
    }
  }
  const national = run.plus && d.startsWith('46') ? '0' + d.slice(2) : d.startsWith('0046') ? '0' + d.slice(4) : d;
  if (/^0[1-9]/.test(national) && national.length >= 8 && national.length <= 10 && (!national.startsWith('07') || national.length === 10)) {
    return push('telefonnummer', 'medium', 0.85);
  }
  if (d.length >= 13 && luhnValid(d)) push('kortnummer', 'high', 0.85);
}
