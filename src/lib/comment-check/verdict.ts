import { commentLabelIds, type CommentLabelId } from '../../data/guideline/labels.ts';
import type { Classification } from '../classifier/types.ts';
import type { CheckerData, RuleInfo, VerdictKind } from './types.ts';

export interface Verdict {
  kind: VerdictKind;
  /** The rules the comment breaks, in the guideline's order. */
  labels: CommentLabelId[];
  /** Ids from removalDuty.lawGrounds, in the law's order. */
  lawGrounds: string[];
  personalData: boolean;
  question: boolean;
  /** True when every finding is a weak one: staff should read the comment themselves before acting. */
  uncertain: boolean;
}

/** Below this, a finding is shown as "osäker" and the verdict asks staff to judge for themselves. */
export const UNCERTAIN_BELOW = 0.6;

/**
 * The one thing staff must do, from the engine's answer. The law's duty wins over the personal-data rule,
 * which wins over the other rules, because each asks for more than the one after it.
 */
export function verdictFor(result: Classification): Verdict {
  const present = new Set<CommentLabelId>([...result.labels, ...result.findings.map((f) => f.label)]);
  const labels = commentLabelIds.filter((id) => present.has(id));
  const grounds = [...new Set(result.findings.flatMap((f) => (f.lawGround ? [f.lawGround] : [])))];
  const mustRemove = result.mustRemoveByLaw || grounds.length > 0;
  const personalData = present.has('personal-data');
  const kind: VerdictKind = mustRemove ? 'remove-by-law' : personalData ? 'personal-data' : labels.length > 0 ? 'remove' : 'publish';
  const uncertain = result.findings.length > 0 && result.findings.every((f) => f.confidence < UNCERTAIN_BELOW) && !mustRemove;
  return { kind, labels, lawGrounds: grounds, personalData, question: result.question, uncertain };
}

export interface VerdictText {
  /** A short label that says it in words: colour and icon only repeat it. */
  title: string;
  /** What the comment has, in a sentence. */
  summary: string;
  /** What to do now. */
  action: string;
}

/** Joins names the Swedish way: "a, b och c". */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

function ruleOf(data: CheckerData, id: CommentLabelId): RuleInfo | undefined {
  return data.rules.find((r) => r.id === id);
}

/** The verdict in plain Swedish, with rule names and the law read from the shared data. */
export function describeVerdict(verdict: Verdict, data: CheckerData): VerdictText {
  const names = verdict.labels.map((id) => (ruleOf(data, id)?.shortName ?? id).toLowerCase());
  const broken = `Kommentaren bryter mot ${verdict.labels.length === 1 ? 'regeln' : 'reglerna'} om ${listSv(names)}.`;
  switch (verdict.kind) {
    case 'publish':
      return {
        title: 'Kan publiceras',
        summary: 'Testet hittade inget som bryter mot riktlinjerna.',
        action: 'Läs ändå kommentaren själv innan du svarar: testet kan missa saker.',
      };
    case 'remove':
      return {
        title: verdict.uncertain ? 'Kan behöva tas bort' : 'Bör tas bort',
        summary: broken,
        action: verdict.uncertain
          ? 'Testet är osäkert. Läs kommentaren och bedöm själv om den ska tas bort.'
          : (verdict.labels.map((id) => ruleOf(data, id)?.whatToDo ?? '').find(Boolean) ?? 'Ta bort kommentaren.'),
      };
    case 'personal-data':
      return {
        title: 'Innehåller personuppgifter',
        summary: broken,
        action: ruleOf(data, 'personal-data')?.whatToDo ?? 'Ta bort kommentaren.',
      };
    case 'remove-by-law': {
      const grounds = verdict.lawGrounds.map((id) => data.law.grounds.find((g) => g.id === id)?.name ?? id);
      return {
        title: 'Måste tas bort enligt lag',
        summary: `${broken}${grounds.length ? ` Den kan vara ${listSv(grounds)}.` : ''}`,
        action: `Ta bort kommentaren så snart som möjligt: ${data.law.name} kräver det. Spara en skärmbild först och kontakta din chef.`,
      };
    }
  }
}
