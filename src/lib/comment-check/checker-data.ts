import { answerRule, commentRules, removalDuty, rulePath } from '../../data/guideline/index.ts';
import type { CheckerData } from './types.ts';

/**
 * Picks from the shared rule data what the checker shows, with links already made. Runs at build time, so the
 * guideline text reaches the browser as data in the page, never copied into code.
 */
export function buildCheckerData(href: (path: string) => string, ownEmailDomains: readonly string[]): CheckerData {
  return {
    rules: commentRules.map((rule) => ({
      id: rule.id,
      wording: rule.wording,
      shortName: rule.shortName,
      whatToDo: rule.whatToDo,
      href: href(rulePath(rule.location)),
    })),
    law: {
      name: removalDuty.lawName,
      grounds: removalDuty.lawGrounds.map((g) => ({ id: g.id, name: g.name })),
      wording: removalDuty.wording,
      href: href(rulePath(removalDuty.location)),
    },
    answer: { hours: answerRule.hours, wording: answerRule.wording, href: href(rulePath(answerRule.location)) },
    ownEmailDomains: [...ownEmailDomains],
  };
}
