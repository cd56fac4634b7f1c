import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checklist, guidelinePurposes, integratedPartLocation } from '../../../src/data/checklist/index.ts';
import type { Answers, ChecklistDef, FieldDef } from '../../../src/data/checklist/types.ts';
import { answersSchema, checklistDefSchema } from '../../../src/data/checklist/schema.ts';
import { answerRule, ruleLocations } from '../../../src/data/guideline/index.ts';
import { fieldsInOrder, isChoice } from '../../../src/lib/checklist/fields.ts';
import { validateChecklist } from '../../../src/lib/checklist/validate.ts';
import { filledAnswers } from './answers.ts';

const source = readFileSync(new URL('../../fixtures/riktlinjer-sociala-medier-2016.txt', import.meta.url), 'utf8');
const chapter = (slug: string) => {
  const file = readFileSync(new URL(`../../../src/content/riktlinjer/`, import.meta.url).pathname + slugFile(slug), 'utf8');
  return file;
};
const slugFile = (slug: string) =>
  ({ 'syfte-och-andamal': '02-syfte-och-andamal.mdx' })[slug] ?? (() => {
    throw new Error(`okänt kapitel ${slug}`);
  })();

const fields = fieldsInOrder(checklist);
const field = (id: string): FieldDef => fields.find((f) => f.id === id)!;
const today = '2026-12-03';
const clone = (def: ChecklistDef): ChecklistDef => structuredClone(def) as ChecklistDef;

describe('the checklist definition', () => {
  test('passes its own schema', () => {
    expect(() => checklistDefSchema.parse(checklist)).not.toThrow();
  });

  test('asks everything the issue lists, in sections', () => {
    expect(checklist.sections.map((s) => s.heading)).toEqual(['Kanalen', 'Syfte och målgrupp', 'Ansvar och tid', 'Regler och rutiner']);
    for (const id of [
      'platform', 'account-name', 'address', 'unit', 'planned-start',
      'purposes', 'audience', 'complements',
      'responsible-name', 'responsible-title', 'responsible-email', 'manager-name', 'manager-email', 'assignment-date',
      'substitute-name', 'hours-per-week', 'answer-routine',
      'login-handover', 'org-identity', 'graphic-profile', 'comment-rules', 'searchable', 'gallring', 'political', 'terms-read',
    ]) {
      expect(field(id), id).toBeDefined();
    }
    expect(checklist.decision.deciders.map((d) => d.heading)).toEqual(['Närmaste chef', 'Kommunikationschef']);
  });

  test('fields that come from the guideline link to their rule', () => {
    expect(field('login-handover').rule?.location).toEqual(ruleLocations.inloggning);
    expect(field('gallring').rule?.location).toEqual(ruleLocations.gallring);
    expect(field('searchable').rule?.location).toEqual(ruleLocations.sokbarhet);
    expect(field('org-identity').rule?.location).toEqual(ruleLocations.iTjansten);
    expect(field('graphic-profile').rule?.location).toEqual(ruleLocations.grafiskProfil);
    expect(field('political').rule?.location).toEqual(ruleLocations.politisktLaddat);
    expect(field('answer-routine').rule?.location).toEqual(answerRule.location);
    expect(field('purposes').rule?.location).toEqual(ruleLocations.syfte);
    const groups = checklist.sections.flatMap((s) => s.groups);
    expect(groups.find((g) => g.id === 'chef')?.rule?.location).toEqual(ruleLocations.uppdragFranChef);
    expect(groups.find((g) => g.id === 'ersattare')?.rule?.location).toEqual(ruleLocations.uppsikt);
  });

  test('the answer question takes its hours from the rule data', () => {
    expect(field('answer-routine').label).toContain(`inom ${answerRule.hours} timmar på vardagar`);
  });

  test("the purposes are the guideline's own, word for word", () => {
    const purposes = field('purposes');
    expect(isChoice(purposes) && purposes.options.map((o) => o.value)).toEqual(guidelinePurposes.map((p) => p.value));
    const sentence = source.split('\n').find((line) => line.includes('inspirerande'))!;
    for (const purpose of guidelinePurposes) expect(sentence).toContain(purpose.guidelineWords);
  });

  test('the paragraph on integrated communication has the anchor the form links to', () => {
    expect(chapter(integratedPartLocation.chapter)).toContain(`id="${integratedPartLocation.anchor}"`);
  });

  test('the schema catches a duplicate id, a dangling condition and a missing message', () => {
    const duplicate = clone(checklist);
    (duplicate.sections[0]!.groups[0]!.fields as FieldDef[]).push({ ...field('unit') });
    expect(checklistDefSchema.safeParse(duplicate).success).toBe(false);

    const dangling = clone(checklist);
    (dangling.sections[0]!.groups[0]!.fields[1] as { showWhen: { field: string; value: string } }).showWhen = { field: 'platform', value: 'myspace' };
    expect(checklistDefSchema.safeParse(dangling).success).toBe(false);

    const noMessage = clone(checklist);
    const email = noMessage.sections[2]!.groups[0]!.fields[2] as { messages: Record<string, string> };
    delete email.messages.invalid;
    const result = checklistDefSchema.safeParse(noMessage);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toContain('responsible-email: messages.invalid saknas');
  });
});

describe('the zod validator derived from the definitions', () => {
  test('accepts a complete checklist', () => {
    expect(answersSchema(checklist, { today }).safeParse(filledAnswers).success).toBe(true);
  });

  test('gives the messages of the definitions, in the order of the form', () => {
    const result = answersSchema(checklist, { today }).safeParse({});
    expect(result.success).toBe(false);
    const required = fields.filter((f) => f.required && !f.showWhen);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(required.map((f) => f.id));
    expect(result.error!.issues.map((i) => i.message)).toEqual(required.map((f) => f.messages.required));
  });

  // The browser validates with validateChecklist (no zod in its bundle); both must judge every answer alike.
  test('agrees with the browser validation on any answers', { timeout: 30_000 }, () => {
    const samples: Record<string, string[]> = {
      email: ['a@b.se', 'asa.oberg@vgregion.se', 'ASA.OBERG@vgregion.se', 'fel', 'a@b', 'a b@c.se'],
      url: ['https://x.se/a', 'instagram.com/konto', 'inte en adress', 'http://'],
      date: ['2026-11-02', '2027-02-30', '2030-01-01', '1.2.2026', today],
      number: ['2,5', '0', '0,5', '40', '41', 'tre', '3.25', '100'],
      text: ['Åsa', '   ', 'ö'.repeat(101), 'x'],
      textarea: ['Lång text\nmed radbrytning', ' ', 'ä'.repeat(2001)],
    };
    const textAnswer = (f: FieldDef) =>
      fc.oneof(fc.constantFrom('', ...(samples[f.kind] ?? samples.text!)), fc.string({ maxLength: 12 }));
    const answer = (f: FieldDef) =>
      isChoice(f)
        ? f.kind === 'radios'
          ? fc.constantFrom('', 'okänd', ...f.options.map((o) => o.value))
          : fc.subarray([...f.options.map((o) => o.value), 'okänd'])
        : textAnswer(f);
    const record = fc.record(Object.fromEntries(fields.map((f) => [f.id, answer(f)])) as Record<string, fc.Arbitrary<string | string[]>>, {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(record, (answers) => {
        const browser = validateChecklist(checklist, answers as Answers, { today }).map((e) => [e.fieldId, e.message]);
        const result = answersSchema(checklist, { today }).safeParse(answers);
        const zod = result.success ? [] : result.error.issues.map((i) => [String(i.path[0]), i.message]);
        expect(zod).toEqual(browser);
      }),
      { numRuns: 300 },
    );
  });
});
