import { describe, expect, test } from 'vitest';
import { commentLabelIds } from '../../../src/data/guideline/labels.ts';
import { removalDuty } from '../../../src/data/guideline/duties.ts';
import { patternLists, wordLists } from '../../../src/lib/classifier/lexicon/index.ts';
import { compilePattern } from '../../../src/lib/classifier/matching/patterns.ts';

const lawIds = removalDuty.lawGrounds.map((g) => g.id);
const severities = ['low', 'medium', 'high'];
const FUNCTION_WORDS = 'en ett att och i på är som det den de du ni jag vi han hon man av för med till om så men inte har var kan ska'.split(' ');
/** Lists of person references, where "du", "han" and "ni" are the point. */
const PRONOUN_LISTS = new Set(['person', 'person-plural']);

describe('word lists', () => {
  for (const list of wordLists) {
    test(`${list.category} (${list.lang})`, () => {
      if (list.label) expect(commentLabelIds).toContain(list.label);
      expect(list.why.length).toBeGreaterThan(0);
      for (const e of list.entries) {
        expect(severities).toContain(e.severity);
        expect(typeof e.note).toBe('string');
        if (e.lawGround) expect(lawIds).toContain(e.lawGround);
        for (const form of [e.term, ...(e.forms ?? '').split(/\s+/).filter(Boolean)]) {
          // Lower case, letters the normaliser produces: a form with a capital or a look-alike could never match.
          expect(form, `${list.category}: ${form}`).toMatch(/^[a-z0-9åäöéü-]+$/);
          // Forms are split on spaces, so "ett problem" would make every "ett" a stereotype.
          if (!PRONOUN_LISTS.has(list.category)) expect(FUNCTION_WORDS, `${list.category}: ${form}`).not.toContain(form);
        }
      }
    });
  }
});

describe('pattern lists', () => {
  for (const list of patternLists) {
    test(`${list.name}`, () => {
      expect(commentLabelIds).toContain(list.label);
      for (const e of list.entries) {
        expect(() => compilePattern(e.pattern), e.pattern).not.toThrow();
        expect(severities).toContain(e.severity);
        expect(typeof e.note).toBe('string');
        if (e.lawGround) expect(lawIds).toContain(e.lawGround);
        for (const l of e.also ?? []) expect(commentLabelIds).toContain(l);
      }
    });
  }

  test('the pattern language rejects patterns that match nothing or start with a gap', () => {
    expect(() => compilePattern('[a]')).toThrow();
    expect(() => compilePattern('..2 a')).toThrow();
    expect(() => compilePattern('a b|c')).not.toThrow();
  });
});
