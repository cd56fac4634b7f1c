import { wordEntries, type WordList } from './types.ts';

/** English insults, whole words only. */
export const insultsEn: WordList = {
  category: 'insult',
  lang: 'en',
  label: 'personal-attack',
  why: 'Förolämpning (engelska)',
  entries: wordEntries([
    'm: moron -s -ic',
    // Kränkande om funktionsnedsättning.
    'h: retard -s -ed',
    'm: douchebag douche -s scumbag scumbags',
    'm: dumbass -es dipshit',
    'm: loser -s',
    'm: fatso fatass',
    // "stupid" ensamt räknas bara riktat mot en person.
    'l.5: stupid idiots',
  ]),
};
