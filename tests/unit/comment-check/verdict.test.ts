import { describe, expect, test } from 'vitest';
import { commentRules, removalDuty } from '../../../src/data/guideline/index.ts';
import { buildCheckerData } from '../../../src/lib/comment-check/checker-data.ts';
import { describeVerdict, listSv, verdictFor } from '../../../src/lib/comment-check/verdict.ts';
import { classification, finding } from './helpers.ts';

const data = buildCheckerData((p) => `/${p}`, ['vgregion.se']);

describe('verdict', () => {
  test('a clean comment can be published', () => {
    const v = verdictFor(classification());
    expect(v.kind).toBe('publish');
    expect(describeVerdict(v, data).title).toBe('Kan publiceras');
  });

  test('a broken rule means remove, naming the rules in the guideline order', () => {
    const v = verdictFor(classification({ findings: [finding({ label: 'profanity', start: 0, end: 3 }), finding({ label: 'personal-attack', start: 4, end: 9 })] }));
    expect(v.kind).toBe('remove');
    expect(v.labels).toEqual(['personal-attack', 'profanity']);
    const text = describeVerdict(v, data);
    expect(text.title).toBe('Bör tas bort');
    expect(text.summary).toBe('Kommentaren bryter mot reglerna om personliga angrepp och svordomar.');
  });

  test('personal data says to remove and refer to e-mail, phone or letter, from the rule data', () => {
    const v = verdictFor(classification({ findings: [finding({ label: 'personal-data', start: 0, end: 5 }), finding({ label: 'profanity', start: 6, end: 9 })] }));
    expect(v.kind).toBe('personal-data');
    const rule = commentRules.find((r) => r.id === 'personal-data')!;
    expect(describeVerdict(v, data).action).toBe(rule.whatToDo);
    expect(rule.whatToDo).toMatch(/e-post, telefon eller brev/);
  });

  test('the law wins and names its grounds and the law from removalDuty', () => {
    const v = verdictFor(classification({ findings: [finding({ label: 'hate-harassment', start: 0, end: 5, lawGround: 'olaga-hot' }), finding({ label: 'personal-data', start: 6, end: 9 })] }));
    expect(v.kind).toBe('remove-by-law');
    expect(v.lawGrounds).toEqual(['olaga-hot']);
    const text = describeVerdict(v, data);
    expect(text.title).toBe('Måste tas bort enligt lag');
    expect(text.summary).toContain('Den kan vara olaga hot.');
    expect(text.action).toContain(removalDuty.lawName);
  });

  test('mustRemoveByLaw alone is enough', () => {
    const v = verdictFor(classification({ mustRemoveByLaw: true, findings: [finding({ label: 'copyright', start: 0, end: 5 })] }));
    expect(v.kind).toBe('remove-by-law');
  });

  test('only weak findings ask staff to judge', () => {
    const v = verdictFor(classification({ findings: [finding({ label: 'spam', start: 0, end: 5, confidence: 0.4 })] }));
    expect(v.uncertain).toBe(true);
    expect(describeVerdict(v, data).title).toBe('Kan behöva tas bort');
  });

  test('lists the Swedish way', () => {
    expect(listSv([])).toBe('');
    expect(listSv(['a'])).toBe('a');
    expect(listSv(['a', 'b', 'c'])).toBe('a, b och c');
  });

  test('every rule link points at its anchor on the guideline', () => {
    for (const rule of data.rules) expect(rule.href).toMatch(/^\/riktlinjer\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });
});
