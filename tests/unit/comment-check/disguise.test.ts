import { expect, test } from 'vitest';
import { confidenceWord, disguiseNote } from '../../../src/lib/comment-check/disguise.ts';

test('a disguised word is read out', () => {
  expect(disguiseNote({ text: 'j4vla', matched: 'jävla', methods: ['leetspeak', 'missing-diacritics'] })).toBe(
    'Förklätt ord: ”j4vla” läses som ”jävla” (siffror eller tecken i stället för bokstäver, a och o i stället för å, ä och ö).',
  );
  expect(disguiseNote({ text: 'i d i o t', matched: 'idiot', methods: ['spaced-letters'] })).toContain('mellanslag');
});

test('a plainly written word has no note', () => {
  expect(disguiseNote({ text: 'idiot', matched: 'idiot', methods: ['lexicon'] })).toBeNull();
  expect(disguiseNote({ text: 'Idiot', matched: 'idiot', methods: ['lexicon', 'repeated-letters'] })).toBeNull();
});

test('confidence in words', () => {
  expect(confidenceWord(0.95)).toBe('säker');
  expect(confidenceWord(0.7)).toBe('ganska säker');
  expect(confidenceWord(0.3)).toBe('osäker, bedöm själv');
});
