import { draftChecks } from './draft-checks.ts';
import { outcomes } from './outcomes.ts';
import { groups, questions } from './questions.ts';
import type { Quiz } from './schema.ts';

export { pending } from './texts.ts';
export { linkCheckKey, outcomeIds } from './constants.ts';
export type { AnswerOption, DraftCheck, OutcomeId, Question, QuestionGroup, Quiz, RuleRef } from './schema.ts';

/** The whole quiz as plain data: validated by its zod schema in unit tests and at build, never in the browser. */
export const quiz: Quiz = { groups: [...groups], questions: [...questions], outcomes, draftChecks: [...draftChecks] };
