export { checklist } from './fields.ts';
export { guidelinePurposes, integratedPartLocation } from './purposes.ts';
export type * from './types.ts';
