/**
 * The comment classifier: decides which of the guideline's rules a comment breaks, and why,
 * word by word. Pure TypeScript with no DOM or Node APIs, shared by the browser tools and the CLI.
 */
export { classify, DEFAULT_MAX_LENGTH } from './classify.ts';
export type { Classification, ClassifyOptions, CommentLabelId, DetectionMethod, Finding, Severity } from './types.ts';
