import type { ReplySuggestion } from '../../data/reply-suggestions.ts';
import type { Verdict } from './verdict.ts';

/**
 * Which replies fit this comment, most useful first; the rest stay available under "Fler svarsförslag".
 * A removed comment gets the personal-data reply when that was the reason, so the person knows where to turn.
 */
export function suggestedReplyIds(verdict: Verdict): ReplySuggestion['id'][] {
  const ids: ReplySuggestion['id'][] = [];
  if (verdict.personalData) ids.push('personal-data');
  if (verdict.kind !== 'publish' && verdict.labels.some((l) => l !== 'personal-data')) ids.push('removed');
  if (verdict.question && verdict.kind === 'publish') ids.push('more-time', 'political');
  return ids;
}
