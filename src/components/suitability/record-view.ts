import type { AssessmentRecord } from '../../lib/suitability/record.ts';
import { guidelineLine, isIsoDate } from '../../lib/suitability/record.ts';
import { formatDateSv } from '../../i18n/sv.ts';
import { el } from './dom.ts';

/** The record laid out for paper: the same content as the text file, as headings, a definition list and lists. */
export function renderPrintRecord(target: HTMLElement, record: AssessmentRecord): void {
  const row = (term: string, value: string) => el('div', {}, [el('dt', { text: term }), el('dd', { text: value })]);
  const date = isIsoDate(record.date) ? formatDateSv(record.date) : record.date;
  const parts: Node[] = [
    el('h2', { text: 'Lämplighetsbedömning av inlägg i sociala medier' }),
    el('dl', { className: 'sq-print__details' }, [
      row('Datum', date),
      row('Kanal', record.channel || '–'),
      row('Bedömd av', record.assessor || '–'),
      row('Bedömning', record.outcomeTitle),
    ]),
    el('p', { text: record.outcomeSummary }),
  ];
  if (record.contactEmail) parts.push(el('p', { text: `Kommunikationschefen: ${record.contactEmail}` }));
  if (record.reasons.length) {
    parts.push(
      el('h3', { text: 'Skäl' }),
      el(
        'ul',
        {},
        record.reasons.map((r) =>
          el('li', {}, [el('strong', { text: `${r.tag}: ` }), r.text, el('br'), `Regel: ${r.ruleLabel}, ${r.ruleUrl}`]),
        ),
      ),
    );
  }
  parts.push(el('h3', { text: 'Nästa steg' }), el('ol', {}, record.nextSteps.map((s) => el('li', { text: s }))));
  parts.push(
    el('h3', { text: 'Svar' }),
    el(
      'ol',
      { className: 'sq-print__answers' },
      record.answers.map((a) => el('li', {}, [a.question, el('br'), el('strong', { text: a.answer })])),
    ),
  );
  if (record.draftSummary) parts.push(el('p', { text: `Kontroll av utkastet hittade: ${record.draftSummary}` }));
  parts.push(el('p', { text: guidelineLine }));
  target.replaceChildren(...parts);
}
