export { documentMeta } from './document.ts';
export { commentRules, commentRuleById } from './comment-rules.ts';
export { answerRule, removalDuty, communicationRules } from './duties.ts';
export { ruleLocations, rulePath } from './locations.ts';
export type { CommentLabelId, CommentRule, RuleLocation } from './schema.ts';
export { commentLabelIds } from './labels.ts';
