import type { WordList } from './types.ts';

/** English insults, whole words only. */
export const insultsEn: WordList = {
  category: 'insult',
  lang: 'en',
  label: 'personal-attack',
  why: 'Förolämpning (engelska)',
  entries: [
    { term: 'moron', forms: 'morons moronic', severity: 'medium', note: '' },
    { term: 'retard', forms: 'retards retarded', severity: 'high', note: 'Kränkande om funktionsnedsättning.' },
    { term: 'douchebag', forms: 'douche douchebags scumbag scumbags', severity: 'medium', note: '' },
    { term: 'dumbass', forms: 'dumbasses dipshit', severity: 'medium', note: '' },
    { term: 'loser', forms: 'losers', severity: 'medium', note: '' },
    { term: 'fatso', forms: 'fatass', severity: 'medium', note: '' },
    { term: 'stupid', forms: 'idiots', severity: 'low', note: '"stupid" ensamt räknas bara riktat mot en person.', weight: 0.5 },
  ],
};
