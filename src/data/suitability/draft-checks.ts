import { commentRules } from '../guideline/index.ts';
import { linkCheckKey } from './constants.ts';
import type { DraftCheck } from './schema.ts';

/**
 * Where a finding in the pasted draft belongs. A comment label found in our own post is something to
 * look at under the question it touches: offensive words under tone, advertising under purpose.
 */
const questionByLabel = {
  'personal-attack': 'ton',
  discrimination: 'ton',
  'hate-harassment': 'ton',
  'violence-pornography': 'ton',
  'crime-incitement': 'ton',
  copyright: 'andras-material',
  profanity: 'ton',
  spam: 'syfte',
  'personal-data': 'personuppgifter',
} as const satisfies Record<(typeof commentRules)[number]['id'], string>;

export const draftChecks: readonly DraftCheck[] = [
  ...commentRules.map((rule) => ({ key: rule.id, name: rule.shortName, questionId: questionByLabel[rule.id] })),
  { key: linkCheckKey, name: 'Länkar', questionId: 'korrekt' },
];
