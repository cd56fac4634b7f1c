import type { Quiz } from '../../data/suitability/schema.ts';

/** What is kept in sessionStorage so a reload or a visit to a rule does not lose the answers. The draft is never kept. */
export interface StoredState {
  answers: Record<string, string>;
  channel: string;
  assessor: string;
  date: string;
}

export const storageKey = 'lamplighetsbedomning:v1';

export const emptyState = (): StoredState => ({ answers: {}, channel: '', assessor: '', date: '' });

const shortText = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Reads a stored state defensively: anything unknown, malformed or from an older quiz is dropped. */
export function parseStoredState(raw: string | null, data: Pick<Quiz, 'questions'>): StoredState {
  const state = emptyState();
  if (!raw) return state;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return state;
  }
  if (typeof parsed !== 'object' || parsed === null) return state;
  const value = parsed as Record<string, unknown>;
  const answers = typeof value.answers === 'object' && value.answers !== null ? (value.answers as Record<string, unknown>) : {};
  for (const question of data.questions) {
    const answer = answers[question.id];
    if (typeof answer === 'string' && question.options.some((o) => o.id === answer)) state.answers[question.id] = answer;
  }
  state.channel = shortText(value.channel, 200);
  state.assessor = shortText(value.assessor, 200);
  state.date = /^\d{4}-\d{2}-\d{2}$/.test(shortText(value.date, 10)) ? shortText(value.date, 10) : '';
  return state;
}
