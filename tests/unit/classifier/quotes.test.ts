import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';

describe('quoted words someone else wrote', () => {
  test.each([
    "Till alla som skriver 'skicka hem dem' om romerna – läs på. Romer har bott i Sverige sedan 1500-talet.",
    'Att skriva att någon ”borde brännas” är helt oacceptabelt. Jag har anmält kommentarerna.',
    'Guiden sa ordet "negerkung" när hon citerade boken, i ett samtal om rasism i barnlitteratur.',
  ])('reported to criticise them, they are not the commenter’s own: %s', (text) => {
    const labels = classify(text).labels;
    expect(labels).not.toContain('hate-harassment');
    expect(labels).not.toContain('discrimination');
    expect(labels).not.toContain('personal-attack');
  });

  test.each([
    ['Du är en "idiot" och borde skämmas', 'personal-attack'],
    ['Skicka hem dem allihop, "kulturberikare" kallar ni dem', 'hate-harassment'],
  ])('scare quotes and slogans of one’s own still count: %s', (text, label) => {
    expect(classify(text).labels).toContain(label);
  });

  test('swear words and personal data count even inside quotes', () => {
    expect(classify('Han skrev "fan ta er" och sitt nummer "070-123 45 67"').labels).toEqual(['profanity', 'personal-data']);
  });
});
