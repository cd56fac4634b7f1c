import { ruleLocations } from '../guideline/index.ts';
import type { ChoiceOption, RuleLink } from './types.ts';

/**
 * The purposes the guideline gives communication in social media (chapter Syfte och ändamål).
 * `guidelineWords` are the chapter's own words; a unit test checks they stand in the chapter, so the
 * list cannot drift from the adopted text.
 */
export const guidelinePurposes = [
  { value: 'inspirerande', label: 'Inspirerande', guidelineWords: 'inspirerande' },
  { value: 'kunskapsframjande', label: 'Kunskapsfrämjande', guidelineWords: 'kunskapsfrämjande' },
  { value: 'delaktighet', label: 'Uppmuntrar till delaktighet', guidelineWords: 'uppmuntra till delaktighet' },
] as const satisfies readonly (ChoiceOption & { guidelineWords: string })[];

export const purposeRule: RuleLink = { location: ruleLocations.syfte, text: 'Läs om syftet i riktlinjerna' };

/** The paragraph saying social media are part of the overall communication. */
export const integratedPartLocation = ruleLocations.integreradDel;
