import type { Answers } from '../../../src/lib/suitability/index.ts';

/** A complete set of answers where nothing is wrong: the post is ready to publish. */
export const allFine = {
  korrekt: 'ja',
  syfte: 'inspirera',
  'grafisk-profil': 'ja',
  ton: 'ja',
  sekretess: 'nej',
  personuppgifter: 'nej',
  'andras-material': 'nej',
  politiskt: 'nej',
  debatt: 'nej',
  konto: 'vastarvet',
  uppdrag: 'ja',
  bevakning: 'ja',
} as const satisfies Answers;

/** The four answers the guideline forbids outright, each with the earlier answer its follow-up needs. */
export const stopAnswers = {
  sekretess: { sekretess: 'ja' },
  krankande: { personuppgifter: 'ja', krankande: 'ja' },
  'ratt-att-anvanda': { 'andras-material': 'ja', 'ratt-att-anvanda': 'nej' },
  uppdrag: { uppdrag: 'nej' },
} as const satisfies Record<string, Answers>;

/** Fine answers to the follow-ups, for when their parents are answered yes. */
export const fineFollowUps = {
  krankande: 'nej',
  samtycke: 'ja',
  'ratt-att-anvanda': 'ja',
  standpunkt: 'ja',
} as const satisfies Answers;
