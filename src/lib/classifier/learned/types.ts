import type { CommentLabelId } from '../types.ts';

/** One label of the learned model: a logistic regression over binary features. */
export interface LearnedLabel {
  bias: number;
  /** A finding needs the model's probability at or above this. */
  threshold: number;
  /** Feature → weight. Features: a normalised word ("bor"), the first five letters of a longer word and "-" ("utrot-"), or two neighbouring words ("vet var"). */
  weights: Readonly<Record<string, number>>;
}

export interface LearnedModel {
  /** Letters kept by the prefix feature. */
  prefix: number;
  labels: Partial<Readonly<Record<CommentLabelId, LearnedLabel>>>;
}
