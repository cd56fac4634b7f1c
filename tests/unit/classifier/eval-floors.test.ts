import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { corpusDir, devDir, evaluate, holdoutDir } from '../../../scripts/eval.ts';
import { fnv1a, splitOf } from '../../../src/lib/classifier/evaluation/split.ts';

const hasCorpus = existsSync(corpusDir) && readdirSync(corpusDir).some((f) => f.endsWith('.jsonl'));

describe('corpus split', () => {
  test('FNV-1a matches the reference values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
  test('about 30 % of ids go to test, always the same ones', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `id${i}`);
    const share = ids.filter((id) => splitOf(id) === 'test').length / ids.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
  });
});

/**
 * Floors set a little below what the engine reached on the test split when it was written (see
 * docs/classifier.md); they catch regressions, not targets. Raise them when the engine improves.
 */
describe.skipIf(!hasCorpus)('accuracy on the test split stays above its floors', () => {
  const { scores } = hasCorpus ? evaluate('test') : { scores: undefined };
  test('macro-F1, clean comments flagged, evasions, questions', () => {
    expect(scores!.n).toBeGreaterThan(100);
    expect(scores!.macroF1).toBeGreaterThanOrEqual(0.75);
    expect(scores!.cleanFlagged).toBeLessThanOrEqual(0.02);
    expect(scores!.evasionRecall).toBeGreaterThanOrEqual(0.66);
    expect(scores!.questionAccuracy).toBeGreaterThanOrEqual(0.94);
  });
  const f1Floors: Record<string, number> = {
    'personal-attack': 0.8,
    discrimination: 0.79,
    'hate-harassment': 0.6,
    'violence-pornography': 0.62,
    'crime-incitement': 0.54,
    copyright: 0.81,
    profanity: 0.97,
    spam: 0.73,
    'personal-data': 0.93,
  };
  test.each(Object.keys(f1Floors))('%s', (label) => {
    const s = scores!.perLabel.find((p) => p.label === label)!;
    // Crime is the least precise (0.75 on test): its hints also fire on threats and violence.
    expect(s.precision).toBeGreaterThanOrEqual(0.7);
    expect(s.f1).toBeGreaterThanOrEqual(f1Floors[label]);
  });
});

if (!hasCorpus) {
  test('corpus missing', () => {
    console.warn(`No corpus in ${corpusDir}: the accuracy floors were skipped.`);
  });
}

const hasJsonl = (dir: string): boolean => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.jsonl'));

/** Macro-F1 and clean comments flagged on a blind corpus of its own stay above floors. */
function guards(split: 'dev' | 'holdout', dir: string, floors: { n: number; macroF1: number; cleanFlagged: number }): void {
  describe.skipIf(!hasJsonl(dir))(`accuracy on the ${split} corpus stays above its floors`, () => {
    test('macro-F1 and clean comments flagged', () => {
      const { scores } = evaluate(split);
      expect(scores.n).toBeGreaterThanOrEqual(floors.n);
      expect(scores.macroF1).toBeGreaterThanOrEqual(floors.macroF1);
      expect(scores.cleanFlagged).toBeLessThanOrEqual(floors.cleanFlagged);
      // 9,600 comments take about 5 s on a busy machine, the default limit.
    }, 60_000);
  });
}

// The dev corpus was written blind after the rules were tuned, and the model is trained on it.
guards('dev', devDir, { n: 300, macroF1: 0.75, cleanFlagged: 0.04 });
// Eight blind parts that neither the rules nor the model were built from (0.804 and 1.3 % when set).
guards('holdout', holdoutDir, { n: 2400, macroF1: 0.79, cleanFlagged: 0.025 });
