import { rulePath } from '../../data/guideline/locations.ts';
import type { Quiz } from '../../data/suitability/schema.ts';
import { pending } from '../../data/suitability/texts.ts';
import type { Assessment } from '../../lib/suitability/assess.ts';
import { isFinal } from '../../lib/suitability/assess.ts';
import { href } from '../../utils/href.ts';
import { announce, el, firstRadioId, must } from './dom.ts';

const maxListed = 5;

/** A reason as a list item: its tag in words (never colour alone), the reason and a link to its rule. */
function reasonItem(reason: Assessment['reasons'][number], quiz: Quiz): HTMLLIElement {
  return el('li', { className: `sq-reason sq-reason--${reason.outcome}` }, [
    el('strong', { className: `sq-tag sq-tag--${reason.outcome}`, text: quiz.outcomes[reason.outcome].tag }),
    ' ',
    reason.text,
    ' ',
    el('a', { href: href(rulePath(reason.ruleLocation)), text: `Regel: ${reason.rule.label}` }),
  ]);
}

/** Shows the assessment in the verdict panel and says the short form in its live region. */
export function renderVerdict(panel: HTMLElement, assessment: Assessment, quiz: Quiz): void {
  const final = isFinal(assessment);
  const text = final ? quiz.outcomes[assessment.outcome] : pending;
  panel.dataset.outcome = final ? assessment.outcome : 'pending';

  must(panel, '[data-verdict]').hidden = false;
  must(panel, '[data-title]').textContent = text.title;
  must(panel, '[data-summary]').textContent = text.summary;
  must(panel, '[data-contact]').hidden = !(final && assessment.outcome === 'consult');

  const unanswered = assessment.unanswered.map((id) => quiz.questions.find((q) => q.id === id)!);
  must(panel, '[data-unanswered-block]').hidden = unanswered.length === 0;
  const count = `${unanswered.length} ${unanswered.length === 1 ? 'fråga' : 'frågor'}`;
  // A long list at the start is noise; then one link to where to go on is enough.
  const listed = unanswered.length <= maxListed ? unanswered : unanswered.slice(0, 1);
  must(panel, '[data-unanswered-text]').textContent =
    unanswered.length <= maxListed ? `${pending.unansweredHeading}: ${count}.` : `${pending.unansweredHeading}: ${count}. Nästa:`;
  must(panel, '[data-unanswered]').replaceChildren(
    ...listed.map((q) => el('li', {}, [el('a', { href: `#${firstRadioId(q.id, q.options[0]!.id)}`, text: q.shortName })])),
  );

  must(panel, '[data-reasons-block]').hidden = assessment.reasons.length === 0;
  must(panel, '[data-reasons-heading]').textContent = final ? 'Skäl' : 'Det här har du hittat hittills';
  must(panel, '[data-reasons]').replaceChildren(...assessment.reasons.map((r) => reasonItem(r, quiz)));

  // Before anything is found, "answer the rest" would only repeat the line above it.
  must(panel, '[data-steps-block]').hidden = !final && assessment.reasons.length === 0;
  must(panel, '[data-steps]').replaceChildren(...assessment.nextSteps.map((step) => el('li', { text: step })));

  const progress = assessment.complete ? 'Alla frågor är besvarade.' : `${assessment.answered} av ${assessment.total} frågor besvarade.`;
  const status = final
    ? `${progress} Bedömning: ${text.title}.`
    : `${progress}${assessment.reasons.length ? ` Hittills: ${quiz.outcomes[assessment.outcome].tag}.` : ''}`;
  announce(must(panel, '[data-status]'), status);
}
