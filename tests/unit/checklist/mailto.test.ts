import { describe, expect, test } from 'vitest';
import { checklist } from '../../../src/data/checklist/index.ts';
import { fieldsInOrder, isChoice } from '../../../src/lib/checklist/fields.ts';
import { buildMailto, encodeMailtoPart, truncate } from '../../../src/lib/checklist/mailto.ts';
import { filledAnswers } from './answers.ts';

const chief = 'kommunikation.vastarvet@vgregion.se';
const pdf = 'checklista-bohuslans-museum-2026-12-03.pdf';
const mail = (answers = filledAnswers) => buildMailto({ def: checklist, answers, commsChiefEmail: chief, pdfFileName: pdf });
const query = (href: string) => new URLSearchParams(href.slice(href.indexOf('?') + 1));

describe('the mailto link', () => {
  test("goes to the manager from the form and the communications chief from configuration", () => {
    const { href, to } = mail();
    expect(to).toEqual(['goran.alvsjo@vgregion.se', chief]);
    expect(href.startsWith(`mailto:goran.alvsjo@vgregion.se,${chief}?subject=`)).toBe(true);
  });

  test('sends once when the manager is the communications chief', () => {
    expect(mail({ ...filledAnswers, 'manager-email': chief.toUpperCase() }).to).toEqual([chief]);
  });

  test('has the subject the issue asks for, with the en dash and å ä ö encoded as UTF-8', () => {
    const { href, subject } = mail();
    expect(subject).toBe('Checklista för startande av digital kanal – Bohusläns museum – Fornfynd för skolor');
    const encoded = href.slice(href.indexOf('subject=') + 8, href.indexOf('&body='));
    expect(encoded).toContain('f%C3%B6r'); // ö
    expect(encoded).toContain('Bohusl%C3%A4ns'); // ä
    expect(encoded).toContain('%20%E2%80%93%20'); // space, en dash, space
    expect(encoded).not.toMatch(/[^A-Za-z0-9%\-_.!~*'()]/);
    expect(decodeURIComponent(encoded)).toBe(subject);
  });

  test('encodes line breaks as CRLF and spaces as %20, never as +', () => {
    const { href } = mail();
    const body = href.slice(href.indexOf('&body=') + 6);
    expect(body).toContain('%0D%0A');
    expect(body.replaceAll('%0D%0A', '')).not.toMatch(/%0A|%0D/);
    expect(body).not.toContain('+');
    expect(encodeMailtoPart('å\nä\r\nö')).toBe('%C3%A5%0D%0A%C3%A4%0D%0A%C3%B6');
  });

  test('the body summarises the channel and tells that the PDF is attached', () => {
    const body = query(mail().href).get('body')!;
    expect(body).toContain('Plattform: Instagram');
    expect(body).toContain('Kontots namn: Bohusläns museum – Fornfynd för skolor');
    expect(body).toContain('Ansvarig, namn: Åsa Öberg');
    expect(body).toContain('Syften: Kunskapsfrämjande, Uppmuntrar till delaktighet');
    expect(body).toContain(`bifogade PDF-filen ${pdf}`);
    expect(body.split('\r\n').at(-1)).toBe('Åsa Öberg');
    // Long answers stay in the PDF.
    expect(body).not.toContain(filledAnswers.complements as string);
  });

  test('a follow-up answer is in the body only when its question was asked', () => {
    expect(query(mail({ ...filledAnswers, 'platform-other': 'Mastodon' }).href).get('body')).not.toContain('Mastodon');
    expect(query(mail({ ...filledAnswers, platform: 'annan', 'platform-other': 'Mastodon' }).href).get('body')).toContain('Annan plattform: Mastodon');
  });

  test('stays under 1,800 characters even when every answer is as long as allowed and full of å ä ö', () => {
    const worst = Object.fromEntries(
      fieldsInOrder(checklist).map((f) => [
        f.id,
        isChoice(f) ? f.options.map((o) => o.value) : f.kind === 'email' ? `${'ö'.repeat(60)}@vgregion.se` : 'åäö '.repeat(f.maxLength / 4),
      ]),
    );
    const result = mail(worst);
    expect(result.href.length).toBeLessThanOrEqual(1800);
    expect(result.shortened).toBe(true);
    const body = query(result.href).get('body')!;
    expect(body).toContain('Plattform:');
    expect(body).toContain(`bifogade PDF-filen ${pdf}`);
  });

  test('is not marked as shortened when everything fits', () => {
    expect(mail().shortened).toBe(false);
    expect(mail().href.length).toBeLessThanOrEqual(1800);
  });

  test('truncate never splits a character', () => {
    expect(truncate('åäö😀x', 4)).toBe('åäö…');
    expect(truncate('ab😀😀c', 4)).toBe('ab😀…');
    expect(truncate('kort', 10)).toBe('kort');
  });
});
