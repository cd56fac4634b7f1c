import { describe, expect, test } from 'vitest';
import { checklist } from '../../../src/data/checklist/index.ts';
import { emptyAnswers, fieldsInOrder } from '../../../src/lib/checklist/fields.ts';
import { validateChecklist } from '../../../src/lib/checklist/validate.ts';
import { filledAnswers } from './answers.ts';

const today = '2026-12-03';
const check = (changes: Record<string, string | string[]>) => validateChecklist(checklist, { ...filledAnswers, ...changes }, { today });
const messageFor = (changes: Record<string, string | string[]>, fieldId: string) => check(changes).find((e) => e.fieldId === fieldId)?.message;

describe('validateChecklist', () => {
  test('a complete checklist has no errors', () => {
    expect(check({})).toEqual([]);
  });

  test('an empty form lists every required question once, in the order of the form', () => {
    const errors = validateChecklist(checklist, emptyAnswers(checklist), { today });
    const expected = fieldsInOrder(checklist).filter((f) => f.required && !f.showWhen);
    expect(errors.map((e) => e.fieldId)).toEqual(expected.map((f) => f.id));
    expect(errors[0]).toEqual({ fieldId: 'platform', message: 'Välj vilken plattform kanalen ska finnas på' });
  });

  test('spaces alone are no answer', () => {
    expect(messageFor({ 'account-name': '   \n ' }, 'account-name')).toBe('Skriv vad kontot ska heta');
  });

  test('a follow-up question is required only when its answer is chosen', () => {
    expect(messageFor({ platform: 'annan', 'platform-other': '' }, 'platform-other')).toBe('Skriv vilken plattform kanalen ska finnas på');
    expect(messageFor({ platform: 'instagram', 'platform-other': '' }, 'platform-other')).toBeUndefined();
    expect(messageFor({ 'login-handover': 'nej' }, 'login-handover-why')).toMatch(/^Beskriv varför/);
    expect(messageFor({ 'graphic-profile': 'nej' }, 'graphic-profile-why')).toMatch(/^Beskriv varför/);
  });

  test('e-mail addresses must be addresses, and unsafe characters for a mailto link are refused', () => {
    expect(messageFor({ 'manager-email': 'göran' }, 'manager-email')).toMatch(/^Skriv e-postadressen i rätt format/);
    expect(messageFor({ 'manager-email': 'a@b.se?cc=x@y.se' }, 'manager-email')).toMatch(/rätt format/);
    expect(messageFor({ 'manager-email': ' goran.alvsjo@vgregion.se ' }, 'manager-email')).toBeUndefined();
  });

  test('the substitute must be someone else than the responsible employee', () => {
    expect(messageFor({ 'substitute-email': 'ASA.OBERG@vgregion.se' }, 'substitute-email')).toBe(
      'Ersättaren måste vara en annan person än den ansvariga medarbetaren',
    );
  });

  test('hours are a Swedish number within the range', () => {
    expect(messageFor({ 'hours-per-week': '2,5' }, 'hours-per-week')).toBeUndefined();
    expect(messageFor({ 'hours-per-week': '3.5' }, 'hours-per-week')).toBeUndefined();
    expect(messageFor({ 'hours-per-week': 'tre' }, 'hours-per-week')).toBe('Antal timmar måste vara ett tal, till exempel 3 eller 2,5');
    expect(messageFor({ 'hours-per-week': '0' }, 'hours-per-week')).toBe('Antal timmar måste vara minst 0,5');
    expect(messageFor({ 'hours-per-week': '41' }, 'hours-per-week')).toBe('Antal timmar kan vara högst 40');
  });

  test('dates are real dates, and the assignment cannot be given after today', () => {
    expect(messageFor({ 'planned-start': '2027-02-30' }, 'planned-start')).toMatch(/riktigt datum/);
    expect(messageFor({ 'assignment-date': '2026-12-04' }, 'assignment-date')).toBe('Datum för uppdraget kan inte vara senare än i dag');
    expect(messageFor({ 'assignment-date': today }, 'assignment-date')).toBeUndefined();
  });

  test('web addresses are checked only when given', () => {
    expect(messageFor({ address: '' }, 'address')).toBeUndefined();
    expect(messageFor({ address: 'instagram.com/fornfynd' }, 'address')).toBeUndefined();
    expect(messageFor({ address: 'vet inte än' }, 'address')).toMatch(/^Skriv adressen i rätt format/);
  });

  test('too long answers are named, never cut', () => {
    expect(messageFor({ audience: 'å'.repeat(2001) }, 'audience')).toBe('Beskrivningen av målgruppen får vara högst 2000 tecken');
  });

  test('choices must be options of the question', () => {
    expect(messageFor({ purposes: ['okänt'] }, 'purposes')).toBe('Välj minst ett av riktlinjernas syften');
    expect(messageFor({ 'terms-read': [] }, 'terms-read')).toBe('Läs plattformens användarvillkor och kryssa i rutan');
  });
});
