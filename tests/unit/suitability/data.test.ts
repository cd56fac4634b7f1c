import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commentLabelIds, commentRules, communicationRules, removalDuty } from '../../../src/data/guideline/index.ts';
import { quiz } from '../../../src/data/suitability/index.ts';
import * as schema from '../../../src/data/suitability/schema.ts';

const contentDir = new URL('../../../src/content/riktlinjer/', import.meta.url);
const chapters = new Map(
  readdirSync(contentDir).map((file) => [file.replace(/^\d+-/, '').replace(/\.mdx$/, ''), readFileSync(new URL(file, contentDir), 'utf8')]),
);
/** Anchors the chapter components render from the shared data rather than from the MDX text. */
const renderedAnchors = new Set(
  [...commentRules, ...communicationRules, removalDuty].map((r) => `${r.location.chapter}#${r.location.anchor}`),
);

describe('the quiz data', () => {
  test('matches its schema', () => {
    const result = schema.quiz.safeParse(quiz);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('the schema rejects a follow-up that comes before its parent', () => {
    const [first, ...rest] = quiz.questions;
    const followUp = quiz.questions.find((q) => q.showIf)!;
    const broken = { ...quiz, questions: [followUp, first!, ...rest.filter((q) => q.id !== followUp.id)] };
    expect(schema.quiz.safeParse(broken).success).toBe(false);
  });

  test('the schema rejects a follow-up on an answer its parent does not have', () => {
    const questions = quiz.questions.map((q) => (q.showIf ? { ...q, showIf: { ...q.showIf, optionIds: ['finns-inte'] } } : q));
    expect(schema.quiz.safeParse({ ...quiz, questions }).success).toBe(false);
  });

  test('the schema rejects two questions with the same id', () => {
    expect(schema.quiz.safeParse({ ...quiz, questions: [...quiz.questions, quiz.questions[0]] }).success).toBe(false);
  });

  test('exactly the four answers the guideline forbids outright stop the post', () => {
    const stops = quiz.questions.flatMap((q) => q.options.filter((o) => o.effect?.outcome === 'stop').map((o) => `${q.id}=${o.id}`));
    expect(stops.sort()).toEqual(['krankande=ja', 'ratt-att-anvanda=nej', 'sekretess=ja', 'uppdrag=nej']);
  });

  test('every question the issue names is asked', () => {
    const ids = quiz.questions.map((q) => q.id);
    for (const id of ['korrekt', 'syfte', 'grafisk-profil', 'ton', 'sekretess', 'personuppgifter', 'samtycke', 'andras-material', 'ratt-att-anvanda', 'politiskt', 'debatt', 'uppdrag', 'bevakning']) {
      expect(ids).toContain(id);
    }
  });

  test('every question has at least one fine answer, so every path can end in publish', () => {
    for (const q of quiz.questions) expect(q.options.some((o) => !o.effect), q.id).toBe(true);
  });

  test('every comment label found in a draft is shown next to a question', () => {
    expect(quiz.draftChecks.map((c) => c.key)).toEqual([...commentLabelIds, 'link']);
  });

  const locations = quiz.questions.flatMap((q) => q.rules.map((r) => [q.id, r.label, r.location] as const));
  test.each(locations)('%s links to a rule that exists in the guideline: %s', (_id, _label, location) => {
    const text = chapters.get(location.chapter);
    expect(text, `kapitlet ${location.chapter}`).toBeDefined();
    const inText = [`id="${location.anchor}"`, `{#${location.anchor}}`, `id: ${location.anchor},`].some((s) => text!.includes(s));
    expect(inText || renderedAnchors.has(`${location.chapter}#${location.anchor}`), location.anchor).toBe(true);
  });

});
