/**
 * The classifier with its learned component: the rules first, then the learned model for the
 * labels they did not find. To use it everywhere, src/lib/classifier/index.ts exports
 * `classify` from here instead of from ../classify.ts.
 */
import { classify as classifyByRules, DEFAULT_MAX_LENGTH } from '../classify.ts';
import type { Classification, ClassifyOptions } from '../types.ts';
import { withLearned } from './apply.ts';

export { DEFAULT_MAX_LENGTH };

export function classify(text: string, options: ClassifyOptions = {}): Classification {
  return withLearned(classifyByRules(text, options), typeof text === 'string' ? text : String(text ?? ''));
}
