import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  answerRule,
  commentLabelIds,
  commentRules,
  communicationRules,
  documentMeta,
  removalDuty,
  ruleLocations,
} from '../../../src/data/guideline/index.ts';
import * as schema from '../../../src/data/guideline/schema.ts';

// The adopted text, copied into the repository: the rule data must quote it exactly.
const source = readFileSync(new URL('../../fixtures/riktlinjer-sociala-medier-2016.txt', import.meta.url), 'utf8');

describe('the guideline rule data', () => {
  test('matches its schemas', () => {
    expect(() => schema.commentRules.parse(commentRules)).not.toThrow();
    expect(() => schema.answerRule.parse(answerRule)).not.toThrow();
    expect(() => schema.removalDuty.parse(removalDuty)).not.toThrow();
    expect(() => schema.communicationRule.array().parse(communicationRules)).not.toThrow();
    expect(() => schema.documentMeta.parse(documentMeta)).not.toThrow();
  });

  test('lists the nine labels in the guideline order', () => {
    expect(commentRules.map((r) => r.id)).toEqual([...commentLabelIds]);
  });

  test.each(commentRules.map((r) => [r.id, r.wording]))('%s quotes the guideline word for word', (_id, wording) => {
    expect(source).toContain(wording);
  });

  test.each(communicationRules.map((r) => [r.id, r.wording]))('%s quotes the guideline word for word', (_id, wording) => {
    expect(source).toContain(wording);
  });

  test('the 24-hour rule and the removal duty quote the guideline', () => {
    expect(source).toContain(answerRule.wording);
    expect(source).toContain(removalDuty.wording);
    expect(answerRule.wording).toContain(`${answerRule.hours} timmar på vardagar`);
  });

  test('the document metadata is the adopted one', () => {
    for (const value of [documentMeta.date, documentMeta.diarienummer, documentMeta.kind, documentMeta.handlaggare.name, documentMeta.handlaggare.phone, documentMeta.handlaggare.email]) {
      expect(source).toContain(value);
    }
  });

  test('no two rules share an anchor', () => {
    const all = [
      ...commentRules.map((r) => r.location),
      ...communicationRules.map((r) => r.location),
      removalDuty.location,
      ...Object.values(ruleLocations),
    ].map((l) => `${l.chapter}#${l.anchor}`);
    expect(new Set(all).size).toBe(all.length);
  });
});
