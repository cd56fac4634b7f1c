import { accuseVerbsSv } from './accusations.sv.ts';
import { allowedWordsSv, realWordsWithoutDiacriticsSv } from './allow.sv.ts';
import { accusationPatternsSv, attackPatternsSv } from './attack.sv.ts';
import { copyrightPatternsSv, copyrightWorksSv, piracySv } from './copyright.sv.ts';
import { contrabandSv, crimePatternsSv, crimeVerbsSv } from './crime.sv.ts';
import { discriminationPatternsSv, stereotypeSv } from './discrimination.sv.ts';
import { dehumanisingSv, exterminateSv, groupHatePatternsSv, harmVerbsSv, hateTargetsSv, threatPatternsSv } from './hate.sv.ts';
import { insultsEn } from './insults.en.ts';
import { insultAdjectivesSv, insultJobSv, insultNounsSv, insultsSv, personPluralSv, personRefsSv } from './insults.sv.ts';
import { profanityEn } from './profanity.en.ts';
import { profanitySv } from './profanity.sv.ts';
import { sensitivePatternsSv, sensitiveSv, thirdPersonSv } from './sensitive-data.sv.ts';
import { enjoySv, goreSv, sexualSv, violenceActsSv, violenceSexPatternsSv } from './sexual.sv.ts';
import { groupStemsSv, groupsEn, groupsSv, slursEn, slursSv } from './slurs.sv.ts';
import { spamPatternsSv, spamWordsSv } from './spam.sv.ts';
import { spokenFormsSv } from './spoken.sv.ts';
import type { PatternList, WordList } from './types.ts';

/** Every word list, labelled ones first. */
export const wordLists: readonly WordList[] = [
  profanitySv,
  profanityEn,
  insultsSv,
  insultsEn,
  slursSv,
  slursEn,
  sexualSv,
  goreSv,
  enjoySv,
  piracySv,
  spamWordsSv,
  insultAdjectivesSv,
  insultNounsSv,
  insultJobSv,
  personRefsSv,
  personPluralSv,
  accuseVerbsSv,
  groupsSv,
  groupsEn,
  groupStemsSv,
  stereotypeSv,
  dehumanisingSv,
  hateTargetsSv,
  exterminateSv,
  harmVerbsSv,
  violenceActsSv,
  crimeVerbsSv,
  contrabandSv,
  copyrightWorksSv,
  sensitiveSv,
  thirdPersonSv,
];

export const patternLists: readonly PatternList[] = [
  attackPatternsSv,
  accusationPatternsSv,
  discriminationPatternsSv,
  threatPatternsSv,
  groupHatePatternsSv,
  violenceSexPatternsSv,
  crimePatternsSv,
  copyrightPatternsSv,
  spamPatternsSv,
  sensitivePatternsSv,
];

export const spokenForms: ReadonlyMap<string, string> = new Map(Object.entries(spokenFormsSv));
export const allowedWords: ReadonlySet<string> = new Set(allowedWordsSv);
export const asciiBlocked: ReadonlySet<string> = new Set(realWordsWithoutDiacriticsSv);
