import { z } from 'zod';

import { ruleLocation } from '../guideline/schema.ts';
import { outcomeIds } from './constants.ts';

const slug = z.string().regex(/^[a-z0-9-]+$/);
const text = z.string().trim().min(1);

export { outcomeIds };
export const outcomeId = z.enum(outcomeIds);
export type OutcomeId = z.infer<typeof outcomeId>;

/** A link to the rule a question or an answer comes from, with our own short name for the link text. */
export const ruleRef = z.object({
  label: text,
  location: ruleLocation,
});
export type RuleRef = z.infer<typeof ruleRef>;

/** What an answer does to the verdict: why, and what to do about it. Answers without an effect are fine. */
export const answerEffect = z.object({
  outcome: outcomeId.exclude(['publish']),
  reason: text,
  nextStep: text,
});
export type AnswerEffect = z.infer<typeof answerEffect>;

export const answerOption = z.object({
  id: slug,
  label: text,
  effect: answerEffect.optional(),
});
export type AnswerOption = z.infer<typeof answerOption>;

export const question = z.object({
  id: slug,
  group: slug,
  /** A few words for summaries and the record, e.g. "Sekretess". */
  shortName: text,
  legend: text,
  hint: text,
  /** GOV.UK style: says what to do, e.g. "Välj om innehållet är korrekt". */
  errorMessage: text,
  options: z.array(answerOption).min(2),
  /** The first rule is the one a reason links to. */
  rules: z.array(ruleRef).min(1),
  /** A follow-up: shown only when an earlier question got one of these answers. */
  showIf: z.object({ questionId: slug, optionIds: z.array(slug).min(1) }).optional(),
});
export type Question = z.infer<typeof question>;

export const questionGroup = z.object({ id: slug, heading: text });
export type QuestionGroup = z.infer<typeof questionGroup>;

export const outcome = z.object({
  title: text,
  summary: text,
  /** Said after the answers' own next steps. */
  nextSteps: z.array(text),
  /** A short tag for reasons of this kind, e.g. "Stoppar". */
  tag: text,
});
export type Outcome = z.infer<typeof outcome>;

/** Comment labels (and "link", found by the quiz itself) mapped to the question a finding in the draft belongs to. */
export const draftCheck = z.object({
  key: slug,
  name: text,
  questionId: slug,
});
export type DraftCheck = z.infer<typeof draftCheck>;

export const quiz = z
  .object({
    groups: z.array(questionGroup).min(1),
    questions: z.array(question).min(1),
    outcomes: z.object({ publish: outcome, revise: outcome, consult: outcome, stop: outcome }),
    draftChecks: z.array(draftCheck),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, Question>();
    const groupIds = new Set(data.groups.map((g) => g.id));
    if (groupIds.size !== data.groups.length) ctx.addIssue({ code: 'custom', message: 'Två grupper har samma id.' });
    data.questions.forEach((q, i) => {
      const path = ['questions', i];
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path, message: `Frågan ${q.id} finns två gånger.` });
      if (!groupIds.has(q.group)) ctx.addIssue({ code: 'custom', path, message: `Frågan ${q.id} hör till en okänd grupp.` });
      if (new Set(q.options.map((o) => o.id)).size !== q.options.length) {
        ctx.addIssue({ code: 'custom', path, message: `Frågan ${q.id} har två svar med samma id.` });
      }
      if (q.showIf) {
        // A follow-up must come after the question it depends on, so visibility is decided in one pass.
        const parent = seen.get(q.showIf.questionId);
        if (!parent) {
          ctx.addIssue({ code: 'custom', path, message: `Följdfrågan ${q.id} beror på ${q.showIf.questionId}, som inte kommer före den.` });
        } else {
          for (const id of q.showIf.optionIds) {
            if (!parent.options.some((o) => o.id === id)) {
              ctx.addIssue({ code: 'custom', path, message: `Följdfrågan ${q.id} beror på svaret ${id}, som ${parent.id} inte har.` });
            }
          }
          if (parent.group !== q.group) ctx.addIssue({ code: 'custom', path, message: `Följdfrågan ${q.id} ska stå i samma grupp som ${parent.id}.` });
        }
      }
      seen.set(q.id, q);
    });
    for (const group of data.groups) {
      if (!data.questions.some((q) => q.group === group.id)) {
        ctx.addIssue({ code: 'custom', message: `Gruppen ${group.id} har inga frågor.` });
      }
    }
    const keys = new Set<string>();
    data.draftChecks.forEach((check, i) => {
      if (keys.has(check.key)) ctx.addIssue({ code: 'custom', path: ['draftChecks', i], message: `${check.key} finns två gånger.` });
      keys.add(check.key);
      if (!seen.has(check.questionId)) {
        ctx.addIssue({ code: 'custom', path: ['draftChecks', i], message: `${check.key} pekar på en okänd fråga.` });
      }
    });
  });
export type Quiz = z.infer<typeof quiz>;
