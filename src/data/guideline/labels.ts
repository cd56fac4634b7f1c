/** The nine labels a comment can get: the guideline's eight kinds of forbidden content, in its order, then its rule on personal data. */
export const commentLabelIds = [
  'personal-attack',
  'discrimination',
  'hate-harassment',
  'violence-pornography',
  'crime-incitement',
  'copyright',
  'profanity',
  'spam',
  'personal-data',
] as const;
export type CommentLabelId = (typeof commentLabelIds)[number];
