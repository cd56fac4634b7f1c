import { describe, expect, test } from 'vitest';
import { replySuggestions } from '../../../src/data/reply-suggestions.ts';
import { fillReplyText } from '../../../src/lib/comment-check/reply-text.ts';

const personalData = replySuggestions.find((r) => r.id === 'personal-data')!.text;

describe('fillReplyText', () => {
  test('puts the configured contact details where the reply asks for them', () => {
    const text = fillReplyText(personalData, { email: 'vastarvet@vgregion.se', phone: '010-441 44 00', postalAddress: 'Box 123, 462 22 Vänersborg' });
    expect(text).toContain('Mejla oss i stället på vastarvet@vgregion.se, ring 010-441 44 00 eller skriv ett brev till Box 123, 462 22 Vänersborg');
    expect(text).not.toMatch(/\[(e-postadress|telefonnummer|postadress)\]/);
  });

  test('keeps the placeholder of every detail that is not configured', () => {
    const text = fillReplyText(personalData, { email: 'vastarvet@vgregion.se' });
    expect(text).toContain('vastarvet@vgregion.se');
    expect(text).toContain('[telefonnummer]');
    expect(text).toContain('[postadress]');
  });

  test('leaves the other placeholders to the moderator', () => {
    const more = replySuggestions.find((r) => r.id === 'more-time')!.text;
    expect(fillReplyText(more, { email: 'a@b.se', phone: '010-1', postalAddress: 'Box 1' })).toBe(more);
  });
});
