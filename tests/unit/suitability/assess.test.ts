import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pending, quiz } from '../../../src/data/suitability/index.ts';
import { assess, isFinal, visibleQuestions } from '../../../src/lib/suitability/index.ts';
import type { Answers } from '../../../src/lib/suitability/index.ts';
import { allFine, fineFollowUps, stopAnswers } from './answers.ts';

const stopKeys = Object.keys(stopAnswers) as (keyof typeof stopAnswers)[];

/** Every non-empty subset of the stop answers. */
const subsets = Array.from({ length: 2 ** stopKeys.length - 1 }, (_, i) => stopKeys.filter((_, bit) => ((i + 1) >> bit) & 1));

/** Every answer that is not fine, for the questions that have one, with follow-ups opened. */
const everythingWrong: Answers = {
  korrekt: 'nej',
  syfte: 'inget',
  'grafisk-profil': 'vet-inte',
  ton: 'nej',
  sekretess: 'vet-inte',
  personuppgifter: 'ja',
  krankande: 'vet-inte',
  samtycke: 'nej',
  'andras-material': 'ja',
  'ratt-att-anvanda': 'vet-inte',
  politiskt: 'ja',
  standpunkt: 'tveksam',
  debatt: 'ja',
  konto: 'privat',
  uppdrag: 'inte-dokumenterat',
  bevakning: 'nej',
};

describe('assess', () => {
  test('all fine answers: ready to publish, with no reasons', () => {
    const result = assess(allFine);
    expect(result.outcome).toBe('publish');
    expect(result.complete).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.nextSteps).toEqual(quiz.outcomes.publish.nextSteps);
  });

  test('no answers: nothing is final and every top-level question is unanswered', () => {
    const result = assess({});
    expect(result.complete).toBe(false);
    expect(isFinal(result)).toBe(false);
    expect(result.unanswered).toEqual(quiz.questions.filter((q) => !q.showIf).map((q) => q.id));
  });

  describe.each(stopKeys)('the stop answer %s', (key) => {
    test('alone among fine answers gives stop, with its reason linked to its rule', () => {
      const result = assess({ ...allFine, ...fineFollowUps, ...stopAnswers[key] });
      expect(result.outcome).toBe('stop');
      expect(result.complete).toBe(true);
      expect(result.reasons).toHaveLength(1);
      expect(result.reasons[0]).toMatchObject({ questionId: key, outcome: 'stop' });
      const question = quiz.questions.find((q) => q.id === key)!;
      expect(result.reasons[0]!.ruleLocation).toEqual(question.rules[0]!.location);
    });

    test('alone with nothing else answered gives a final stop', () => {
      const result = assess(stopAnswers[key]);
      expect(result.outcome).toBe('stop');
      expect(result.complete).toBe(false);
      expect(isFinal(result)).toBe(true);
    });

    test('beats every consult and revise answer', () => {
      const result = assess({ ...everythingWrong, ...stopAnswers[key] });
      expect(result.outcome).toBe('stop');
      expect(result.reasons[0]!.questionId).toBe(key);
      expect(result.reasons.filter((r) => r.outcome === 'stop')).toHaveLength(1);
      // The other problems are still listed, so the person can fix everything at once.
      expect(result.reasons.some((r) => r.outcome === 'consult')).toBe(true);
      expect(result.reasons.some((r) => r.outcome === 'revise')).toBe(true);
    });
  });

  test.each(subsets.map((s) => [s.join(' + '), s] as const))('the stop answers %s together give stop with one reason each', (_name, keys) => {
    const answers = Object.assign({}, allFine, fineFollowUps, ...keys.map((k) => stopAnswers[k]));
    const result = assess(answers);
    expect(result.outcome).toBe('stop');
    expect(result.reasons.map((r) => r.questionId).sort()).toEqual([...keys].sort());
    expect(assess({ ...everythingWrong, ...answers }).outcome).toBe('stop');
  });

  test('a hidden follow-up cannot stop the post: consent and rights only count when their question applies', () => {
    expect(assess({ ...allFine, krankande: 'ja' }).outcome).toBe('publish');
    expect(assess({ ...allFine, 'ratt-att-anvanda': 'nej' }).outcome).toBe('publish');
  });

  test.each([
    ['sekretess', 'vet-inte', {}],
    ['krankande', 'vet-inte', { personuppgifter: 'ja', samtycke: 'ja' }],
    ['politiskt', 'vet-inte', {}],
    ['standpunkt', 'tveksam', { politiskt: 'ja' }],
    ['debatt', 'ja', {}],
  ] as const)('consult: %s = %s asks the communications chief first', (questionId, answer, extra) => {
    const result = assess({ ...allFine, ...fineFollowUps, ...extra, [questionId]: answer });
    expect(result.outcome).toBe('consult');
    expect(result.complete).toBe(true);
    expect(result.reasons.map((r) => r.questionId)).toEqual([questionId]);
    expect(result.nextSteps.at(-1)).toBe(quiz.outcomes.consult.nextSteps.at(-1));
  });

  test.each([
    ['korrekt', 'nej', {}],
    ['syfte', 'inget', {}],
    ['grafisk-profil', 'nej', {}],
    ['grafisk-profil', 'vet-inte', {}],
    ['ton', 'nej', {}],
    ['samtycke', 'nej', { personuppgifter: 'ja' }],
    ['samtycke', 'vet-inte', { personuppgifter: 'ja' }],
    ['ratt-att-anvanda', 'vet-inte', { 'andras-material': 'ja' }],
    ['standpunkt', 'nej', { politiskt: 'ja' }],
    ['konto', 'privat', {}],
    ['uppdrag', 'inte-dokumenterat', {}],
    ['bevakning', 'nej', {}],
  ] as const)('revise: %s = %s says what to change first', (questionId, answer, extra) => {
    const result = assess({ ...allFine, ...fineFollowUps, ...extra, [questionId]: answer });
    expect(result.outcome).toBe('revise');
    expect(result.reasons).toHaveLength(1);
    const question = quiz.questions.find((q) => q.id === questionId)!;
    const step = question.options.find((o) => o.id === answer)!.effect!.nextStep;
    expect(result.nextSteps[0]).toBe(step);
  });

  test('consult beats revise, and reasons come worst first, then in question order', () => {
    const result = assess({ ...allFine, korrekt: 'nej', debatt: 'ja', bevakning: 'nej' });
    expect(result.outcome).toBe('consult');
    expect(result.reasons.map((r) => r.questionId)).toEqual(['debatt', 'korrekt', 'bevakning']);
  });

  test('the same next step is not repeated', () => {
    const result = assess({ ...allFine, sekretess: 'vet-inte', politiskt: 'vet-inte' });
    expect(result.nextSteps.filter((s) => s === result.nextSteps[0])).toHaveLength(1);
  });

  test('an answer that is not one of the options counts as unanswered', () => {
    const result = assess({ ...allFine, korrekt: 'kanske' });
    expect(result.complete).toBe(false);
    expect(result.unanswered).toEqual(['korrekt']);
  });

  test('property: any visible stop answer gives stop, whatever else is answered', () => {
    const answerFor = (q: (typeof quiz.questions)[number]) => fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: undefined });
    const arbitraryAnswers = fc.record(Object.fromEntries(quiz.questions.map((q) => [q.id, answerFor(q)])));
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const visible = visibleQuestions(answers);
        const hasStop = visible.some((q) => q.options.find((o) => o.id === answers[q.id])?.effect?.outcome === 'stop');
        expect(assess(answers).outcome === 'stop').toBe(hasStop);
      }),
      { numRuns: 500 },
    );
  });
});

describe('visibleQuestions', () => {
  const ids = (answers: Answers) => visibleQuestions(answers).map((q) => q.id);

  test('follow-ups are hidden until an earlier answer needs them', () => {
    expect(ids({})).not.toContain('krankande');
    expect(ids({})).not.toContain('samtycke');
    expect(ids({})).not.toContain('ratt-att-anvanda');
    expect(ids({})).not.toContain('standpunkt');
  });

  test('personal data opens the questions on offensive data and consent, right after it', () => {
    const shown = ids({ personuppgifter: 'ja' });
    const at = shown.indexOf('personuppgifter');
    expect(shown.slice(at, at + 3)).toEqual(['personuppgifter', 'krankande', 'samtycke']);
    expect(ids({ personuppgifter: 'nej' })).not.toContain('samtycke');
  });

  test("other people's material opens the question on the right to use it", () => {
    expect(ids({ 'andras-material': 'ja' })).toContain('ratt-att-anvanda');
    expect(ids({ 'andras-material': 'nej' })).not.toContain('ratt-att-anvanda');
  });

  test('a politically charged subject opens the question on the standpoint; "vet inte" does not', () => {
    expect(ids({ politiskt: 'ja' })).toContain('standpunkt');
    expect(ids({ politiskt: 'vet-inte' })).not.toContain('standpunkt');
  });

  test('changing the parent answer hides the follow-up again but its answer is kept and ignored', () => {
    const answers = { ...allFine, personuppgifter: 'nej', samtycke: 'nej' };
    expect(ids(answers)).not.toContain('samtycke');
    expect(assess(answers).outcome).toBe('publish');
    expect(assess({ ...answers, personuppgifter: 'ja', krankande: 'nej' }).outcome).toBe('revise');
  });
});

describe('next steps before the verdict is final', () => {
  test('never tell the person to publish while questions are unanswered', () => {
    const result = assess({ korrekt: 'ja' });
    expect(result.outcome).toBe('publish');
    expect(isFinal(result)).toBe(false);
    expect(result.nextSteps).toEqual([pending.nextStep]);
  });

  test('list the steps found so far, then the reminder', () => {
    const result = assess({ korrekt: 'nej' });
    expect(result.nextSteps).toHaveLength(2);
    expect(result.nextSteps.at(-1)).toBe(pending.nextStep);
  });
});
