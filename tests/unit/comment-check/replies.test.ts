import { expect, test } from 'vitest';
import { commentExamples } from '../../../src/data/comment-examples.ts';
import { replySuggestions } from '../../../src/data/reply-suggestions.ts';
import { suggestedReplyIds } from '../../../src/lib/comment-check/reply-choice.ts';
import { verdictFor } from '../../../src/lib/comment-check/verdict.ts';
import { classification, finding } from './helpers.ts';

test('every suggestion has a unique id and text in Swedish with placeholders in brackets', () => {
  expect(new Set(replySuggestions.map((r) => r.id)).size).toBe(replySuggestions.length);
  for (const r of replySuggestions) expect(r.text).toMatch(/^Hej/);
  expect(replySuggestions.find((r) => r.id === 'personal-data')?.text).toMatch(/e-post|[Mm]ejla/);
  expect(replySuggestions.find((r) => r.id === 'personal-data')?.text).toMatch(/ring/);
  expect(replySuggestions.find((r) => r.id === 'personal-data')?.text).toMatch(/brev/);
});

test('replies are chosen for the verdict', () => {
  expect(suggestedReplyIds(verdictFor(classification()))).toEqual([]);
  expect(suggestedReplyIds(verdictFor(classification({ question: true })))).toEqual(['more-time', 'political']);
  expect(suggestedReplyIds(verdictFor(classification({ findings: [finding({ label: 'profanity', start: 0, end: 1 })] })))).toEqual(['removed']);
  expect(suggestedReplyIds(verdictFor(classification({ findings: [finding({ label: 'personal-data', start: 0, end: 1 })] })))).toEqual(['personal-data']);
});

test('there are examples to try, each with a name and a text', () => {
  expect(commentExamples.length).toBeGreaterThanOrEqual(4);
  for (const e of commentExamples) expect(e.text.length).toBeGreaterThan(20);
});
