import type { CommentLabelId } from '../types.ts';

/** One label of the learned model: a logistic regression over binary features. */
export interface LearnedLabel {
  bias: number;
  /** A finding needs the model's probability at or above this. */
  threshold: number;
  /** Feature → weight; see features.ts for the kinds of feature. */
  weights: Readonly<Record<string, number>>;
}

export type LearnedModel = Partial<Readonly<Record<CommentLabelId, LearnedLabel>>>;
