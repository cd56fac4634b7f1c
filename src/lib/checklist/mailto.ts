import type { Answers, ChecklistDef } from '../../data/checklist/types.ts';
import { displayValue, fieldsInOrder, isShown, textOf } from './fields.ts';

export interface MailtoInput {
  def: ChecklistDef;
  answers: Answers;
  commsChiefEmail: string;
  pdfFileName: string;
  /** Some mail programs cut mailto: links at about 2,000 characters; stay well below. */
  maxLength?: number;
}

export interface Mailto {
  href: string;
  to: string[];
  subject: string;
  body: string;
  /** True when some answers were cut or left out to keep the link short enough. */
  shortened: boolean;
}

export const subjectPrefix = 'Checklista för startande av digital kanal';
const defaultMax = 1800;
const crlf = '\r\n';

/** Cuts text to at most `max` characters (whole code points, so å and emoji never break), marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** Percent-encodes for a mailto: header as RFC 6068 wants: UTF-8, spaces as %20, line breaks as %0D%0A. */
export function encodeMailtoPart(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, crlf));
}

/** An address in the to-part: only what must be encoded is, so "@" stays readable. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

/**
 * The e-mail to the manager and the communications chief: a short plain-text summary and a reminder
 * that the PDF with every answer is attached. Long answers are cut, then left out, until the whole
 * link fits in `maxLength` characters.
 */
export function buildMailto(input: MailtoInput): Mailto {
  const { def, answers, commsChiefEmail, pdfFileName } = input;
  const max = input.maxLength ?? defaultMax;
  const manager = textOf(answers, 'manager-email').trim();
  const to = [...new Set([manager, commsChiefEmail].filter(Boolean).map((a) => a.toLowerCase()))];
  const account = textOf(answers, 'account-name').trim().replace(/\s+/g, ' ');
  const sender = textOf(answers, 'responsible-name').trim().replace(/\s+/g, ' ');

  const summary = fieldsInOrder(def)
    .filter((f) => f.inMail && isShown(f, answers))
    .map((f) => ({ label: f.shortLabel, value: displayValue(f, answers).join(', ').replace(/\s+/g, ' ') }))
    .filter((line) => line.value);

  const build = (valueMax: number, keep: number, subjectMax: number): Mailto => {
    const subject = account ? `${subjectPrefix} – ${truncate(account, subjectMax)}` : subjectPrefix;
    const lines = summary.slice(0, keep).map((line) => `${line.label}: ${truncate(line.value, valueMax)}`);
    const body = [
      'Hej!',
      '',
      'Här är checklistan för startande av en ny digital kanal. Jag ber om era beslut.',
      '',
      ...lines,
      ...(lines.length ? [''] : []),
      `Alla svar finns i den bifogade PDF-filen ${pdfFileName}. Beslutet fyller ni i på sista sidan.`,
      '',
      'Hälsningar',
      ...(sender ? [truncate(sender, valueMax)] : []),
    ].join(crlf);
    const href = `mailto:${to.map(encodeAddress).join(',')}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}`;
    const shortened = keep < summary.length || summary.some((l) => Array.from(l.value).length > valueMax) || Array.from(account).length > subjectMax;
    return { href, to, subject, body, shortened };
  };

  for (const valueMax of [200, 120, 80, 50, 30]) {
    const mail = build(valueMax, summary.length, 80);
    if (mail.href.length <= max) return mail;
  }
  for (let keep = summary.length - 1; keep >= 0; keep--) {
    const mail = build(30, keep, 40);
    if (mail.href.length <= max) return mail;
  }
  return build(20, 0, 20);
}
