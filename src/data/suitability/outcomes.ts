import { answerRule } from '../guideline/index.ts';
import type { Quiz } from './schema.ts';

const within = `inom ${answerRule.hours} timmar${answerRule.countsWeekdaysOnly ? ' på vardagar' : ''}`;

/** What each verdict says, and what to do after the answers' own next steps. */
export const outcomes: Quiz['outcomes'] = {
  publish: {
    title: 'Klart att publicera',
    summary: 'Utifrån dina svar kan inlägget publiceras.',
    nextSteps: ['Spara eller skriv ut bedömningen.', 'Publicera inlägget.', `Bevaka inlägget och svara på frågor ${within}.`],
    tag: 'Klart',
  },
  revise: {
    title: 'Ändra först',
    summary: 'Inlägget kan publiceras när du har ändrat eller kontrollerat det som står här.',
    nextSteps: ['Ändra dina svar här när du har gjort det, så ser du om inlägget är klart att publicera.'],
    tag: 'Ändra först',
  },
  consult: {
    title: 'Fråga först',
    summary: 'Fråga kommunikationschefen eller förvaltningschefen innan du publicerar.',
    nextSteps: [
      'Skicka med utkastet och den här bedömningen när du frågar.',
      'Publicera först när du har fått klartecken.',
    ],
    tag: 'Fråga först',
  },
  stop: {
    title: 'Publicera inte',
    summary: 'Inlägget får inte publiceras som det är nu, hur du än har svarat på de andra frågorna.',
    nextSteps: ['Publicera inte inlägget.', 'Om du kan ta bort det som stoppar inlägget: gör det och gör en ny bedömning.'],
    tag: 'Stoppar',
  },
};
