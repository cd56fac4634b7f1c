import type { RuleLocation } from '../../data/guideline/index.ts';
import { outcomeIds } from '../../data/suitability/constants.ts';
import type { OutcomeId, Question, Quiz, RuleRef } from '../../data/suitability/schema.ts';
import { pending } from '../../data/suitability/texts.ts';

/** Question id → chosen option id. Answers to hidden follow-ups may stay here; they are ignored. */
export type Answers = Readonly<Record<string, string | undefined>>;

export type ConcernOutcome = Exclude<OutcomeId, 'publish'>;

export interface Reason {
  questionId: string;
  text: string;
  ruleLocation: RuleLocation;
  rule: RuleRef;
  outcome: ConcernOutcome;
}

export interface Assessment {
  outcome: OutcomeId;
  reasons: Reason[];
  /** The answers' own steps, then the outcome's; while nothing is final, a reminder to answer the rest. */
  nextSteps: string[];
  /** True when every question that applies has an answer. A 'stop' is final even before that. */
  complete: boolean;
  /** Ids of the questions that apply and have no answer yet, in order. */
  unanswered: string[];
  answered: number;
  total: number;
}

export type QuizData = Pick<Quiz, 'questions' | 'outcomes'>;

const severity = (outcome: OutcomeId) => outcomeIds.indexOf(outcome);

/** The questions that apply given the answers so far: a follow-up only when its parent got a matching answer. */
export function visibleQuestions(answers: Answers, data: Pick<Quiz, 'questions'>): Question[] {
  const visible = new Set<string>();
  return data.questions.filter((q) => {
    const show = !q.showIf || (visible.has(q.showIf.questionId) && q.showIf.optionIds.includes(answers[q.showIf.questionId] ?? ''));
    if (show) visible.add(q.id);
    return show;
  });
}

/** The chosen option of a question, or undefined when unanswered or the answer is not one of its options. */
export function chosenOption(question: Question, answers: Answers) {
  const id = answers[question.id];
  return question.options.find((o) => o.id === id);
}

/** Turns the answers into a verdict: the worst effect of any answer wins, and every effect is a reason. */
export function assess(answers: Answers, data: QuizData): Assessment {
  const visible = visibleQuestions(answers, data);
  const reasons: Reason[] = [];
  const unanswered: string[] = [];
  for (const question of visible) {
    const option = chosenOption(question, answers);
    if (!option) {
      unanswered.push(question.id);
      continue;
    }
    if (!option.effect) continue;
    const rule = question.rules[0]!;
    reasons.push({ questionId: question.id, text: option.effect.reason, ruleLocation: rule.location, rule, outcome: option.effect.outcome });
  }
  // Worst first; the sort is stable, so questions keep their order within each kind.
  reasons.sort((a, b) => severity(b.outcome) - severity(a.outcome));
  const outcome: OutcomeId = reasons[0]?.outcome ?? 'publish';

  const steps: string[] = [];
  for (const reason of reasons) {
    const question = visible.find((q) => q.id === reason.questionId)!;
    const step = chosenOption(question, answers)!.effect!.nextStep;
    if (!steps.includes(step)) steps.push(step);
  }
  const complete = unanswered.length === 0;
  // Until the verdict is final, the outcome's own steps (such as "Publicera inlägget") would be premature.
  const general = complete || outcome === 'stop' ? data.outcomes[outcome].nextSteps : [pending.nextStep];
  for (const step of general) if (!steps.includes(step)) steps.push(step);

  return {
    outcome,
    reasons,
    nextSteps: steps,
    complete,
    unanswered,
    answered: visible.length - unanswered.length,
    total: visible.length,
  };
}

/** True when the verdict can be shown: all answered, or a stop that no other answer can change. */
export function isFinal(assessment: Assessment): boolean {
  return assessment.complete || assessment.outcome === 'stop';
}
