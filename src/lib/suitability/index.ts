import { quiz } from '../../data/suitability/index.ts';
import * as core from './assess.ts';
import type { Answers, Assessment } from './assess.ts';

export type { Answers, Assessment, Reason } from './assess.ts';
export { isFinal } from './assess.ts';

/**
 * The verdict logic bound to the site's own quiz, for tests and build-time code. The browser passes the
 * quiz data in itself (read from the page), so this module and the guideline's full data stay out of its bundle.
 */
export const assess = (answers: Answers): Assessment => core.assess(answers, quiz);
export const visibleQuestions = (answers: Answers) => core.visibleQuestions(answers, quiz);
