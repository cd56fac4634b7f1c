import type { Detection } from './detection.ts';

/**
 * E-mail addresses. The lookbehind lets a match start only where a run of address characters
 * starts, which keeps the scan linear on long strings without an "@".
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/gu;
/**
 * "anna (at) gmail punkt com", "anna[at]gmail.com", "k.berg(a)outlook.se", "lisa punkt berg snabel-a hotmail punkt com":
 * addresses disguised against harvesters. Group 1 is the domain as typed.
 */
const DISGUISED = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{1,64}(?: (?:punkt|dot) [\p{L}\p{N}_-]{1,64}){0,3} ?(?:[([{] ?(?:at|a|snabel(?:[- ]?a)?) ?[)\]}]|(?:at|snabel-?a|snabel a)(?= )) ?([\p{L}\p{N}-]{1,63}(?: ?(?:\.|\(punkt\)|\[punkt\]|\(dot\)|\[dot\]| punkt | dot ) ?[\p{L}\p{N}-]{1,63}){1,4})/giu;
/** Without brackets, "at" is an English word: the address must then end in a known top-level domain. */
const TLD = /\.(?:se|com|nu|net|org|fi|no|dk|de|eu|io|info|biz|co|uk)$/i;

export const defaultOwnEmailDomains: readonly string[] = ['vgregion.se', 'vastarvet.se'];
/**
 * Domains that look like a museum, archive, heritage society or public body ("bokning@hembygdsmuseet.se",
 * "info@regionmuseet.se"): an address there is the organisation's, not a private person's, even when the
 * deployment has not configured the domain. Blind writers used such addresses as clean examples again and again.
 */
const ORGANISATION_DOMAIN = /muse|hembygd|arkiv|bibliotek|region|kommun|rening|rbund|slott|kultur|rsamling/i;

/** True when the domain is one of ours or a subdomain of one. */
export function isOwnDomain(domain: string, own: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return own.some((o) => {
    const x = o.toLowerCase();
    return d === x || d.endsWith('.' + x);
  });
}

export function findEmails(text: string, own: readonly string[]): Detection[] {
  const out: Detection[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    let raw = m[0];
    while (raw.endsWith('.') || raw.endsWith('-')) raw = raw.slice(0, -1);
    const domain = raw.slice(raw.indexOf('@') + 1);
    if (!/\.[\p{L}]{2,}$/u.test(domain)) continue;
    if (isOwnDomain(domain, own) || ORGANISATION_DOMAIN.test(domain)) continue;
    out.push({
      start: m.index,
      end: m.index + raw.length,
      matched: 'e-postadress',
      methods: ['pattern'],
      explanation: `”${raw}” är en e-postadress.`,
      severity: 'medium',
      confidence: 0.97,
    });
  }
  DISGUISED.lastIndex = 0;
  for (let m = DISGUISED.exec(text); m !== null; m = DISGUISED.exec(text)) {
    const raw = m[0];
    const domain = m[1].replace(/ ?(?:\(punkt\)|\[punkt\]|\(dot\)|\[dot\]| punkt | dot ) ?/gi, '.').replace(/ /g, '');
    if (!/[)\]}]/.test(raw) && !TLD.test(domain)) continue;
    if (isOwnDomain(domain, own)) continue;
    out.push({
      start: m.index,
      end: m.index + raw.length,
      matched: 'e-postadress',
      methods: ['pattern', 'context'],
      explanation: `”${raw}” är en förklädd e-postadress.`,
      severity: 'medium',
      confidence: 0.85,
    });
  }
  return out;
}
