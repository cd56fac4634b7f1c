import { describe, expect, test } from 'vitest';
import { quiz } from '../../../src/data/suitability/index.ts';
import { draftNotes, draftSummary, findLinks } from '../../../src/lib/suitability/draft.ts';

describe('findLinks', () => {
  test('finds web addresses without the punctuation that ends the sentence', () => {
    const text = 'Läs mer på https://vastarvet.se/utstallning. Eller www.example.com, i dag!';
    expect(findLinks(text).map((l) => l.text)).toEqual(['https://vastarvet.se/utstallning', 'www.example.com']);
    for (const link of findLinks(text)) expect(text.slice(link.start, link.end)).toBe(link.text);
  });

  test('finds nothing in plain text', () => {
    expect(findLinks('Välkommen till museet på lördag.')).toEqual([]);
  });
});

describe('draftNotes', () => {
  const finding = (label: string, start: number, text: string) => ({
    label: label as 'profanity',
    start,
    end: start + text.length,
    text,
    matched: text,
    methods: ['lexicon' as const],
    explanation: 'förklaring',
    severity: 'medium' as const,
    confidence: 0.9,
  });

  test('puts each finding next to its question, in the quiz order, and counts duplicates once', () => {
    const text = 'Fan vad kul! Mejla anna@gmail.com eller se https://example.com';
    const notes = draftNotes(text, { findings: [finding('personal-data', 19, 'anna@gmail.com'), finding('profanity', 0, 'Fan'), finding('profanity', 0, 'Fan')] }, quiz.draftChecks);
    expect(notes.map((n) => [n.key, n.questionId, n.items.length])).toEqual([
      ['profanity', 'ton', 1],
      ['personal-data', 'personuppgifter', 1],
      ['link', 'korrekt', 1],
    ]);
    expect(draftSummary(notes)).toBe('Svordomar (1), Personuppgifter (1), Länkar (1)');
  });

  test('links are found even before the classifier has answered', () => {
    expect(draftNotes('www.example.com', null, quiz.draftChecks).map((n) => n.key)).toEqual(['link']);
  });
});
