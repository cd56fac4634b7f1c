import { z } from 'zod';

import { commentLabelIds } from './labels.ts';

export const commentLabelId = z.enum(commentLabelIds);
export type { CommentLabelId } from './labels.ts';

/** Where in the published guideline a rule stands, so every tool links to the same place. */
export const ruleLocation = z.object({
  chapter: z.string().regex(/^[a-z0-9-]+$/),
  anchor: z.string().regex(/^[a-z0-9-]+$/),
});
export type RuleLocation = z.infer<typeof ruleLocation>;

export const commentRule = z.object({
  id: commentLabelId,
  /** The guideline's own words, exactly as adopted. */
  wording: z.string().min(1),
  /** A short plain-language name for buttons, filters and table headings. */
  shortName: z.string().min(1),
  /** What the rule covers, in plain Swedish, for staff. */
  explanation: z.string().min(1),
  /** What a moderator does when a comment breaks the rule. */
  whatToDo: z.string().min(1),
  /** True when lag (1998:112) 5 § can oblige removal for some comments of this kind. */
  mayBeUnlawful: z.boolean(),
  location: ruleLocation,
  examples: z.object({
    breaks: z.array(z.string()).min(1),
    doesNotBreak: z.array(z.string()).min(1),
  }),
});
export type CommentRule = z.infer<typeof commentRule>;

export const commentRules = z
  .array(commentRule)
  .length(commentLabelIds.length)
  .refine((rules) => rules.every((rule, i) => rule.id === commentLabelIds[i]), {
    error: 'Reglerna ska stå i riktlinjens ordning, en per etikett.',
  });

export const answerRule = z.object({
  wording: z.string().min(1),
  hours: z.number().int().positive(),
  countsWeekdaysOnly: z.boolean(),
  location: ruleLocation,
});
export type AnswerRule = z.infer<typeof answerRule>;

export const removalDuty = z.object({
  wording: z.string().min(1),
  /** The crimes that lag (1998:112) 5 § names today, in plain Swedish. */
  lawGrounds: z.array(z.object({ id: z.string().regex(/^[a-z-]+$/), name: z.string().min(1) })).min(1),
  lawName: z.string().min(1),
  location: ruleLocation,
});
export type RemovalDuty = z.infer<typeof removalDuty>;

export const communicationRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  wording: z.string().min(1),
  location: ruleLocation,
});
export type CommunicationRule = z.infer<typeof communicationRule>;

export const documentMeta = z.object({
  kind: z.string(),
  title: z.string(),
  date: z.iso.date(),
  diarienummer: z.string(),
  organisation: z.string(),
  administration: z.string(),
  handlaggare: z.object({ name: z.string(), phone: z.string(), email: z.email() }),
});
export type DocumentMeta = z.infer<typeof documentMeta>;
