import type { DetectionMethod, Severity } from '../types.ts';

/** A piece of personal data found in the original text, before it becomes a Finding. */
export interface Detection {
  start: number;
  end: number;
  matched: string;
  methods: DetectionMethod[];
  explanation: string;
  severity: Severity;
  confidence: number;
  lawGround?: string;
}

/** True when one of the words occurs within `radius` characters before `start` or after `end`. */
export function near(text: string, start: number, end: number, words: RegExp, radius = 40): boolean {
  const before = text.slice(Math.max(0, start - radius), start);
  const after = text.slice(end, end + radius);
  return words.test(before) || words.test(after);
}
