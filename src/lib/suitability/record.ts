import { documentMeta } from '../../data/guideline/document.ts';
import type { RuleLocation } from '../../data/guideline/index.ts';
import type { OutcomeId } from '../../data/suitability/schema.ts';
import { pending } from '../../data/suitability/texts.ts';
import { formatDateSv } from '../../i18n/sv.ts';
import { assess, chosenOption, isFinal, visibleQuestions } from './assess.ts';
import type { Answers, ConcernOutcome, QuizData } from './assess.ts';

/** What the person fills in besides the answers. */
export interface RecordDetails {
  date: string;
  channel: string;
  assessor: string;
}

export interface RecordInput extends RecordDetails {
  answers: Answers;
  /** Short summary of what the draft check found, e.g. "Länkar (1)"; empty when no draft was checked. */
  draftSummary?: string;
  /** Shown in the record when the verdict is to ask first. */
  contactEmail?: string;
}

/** The record of one assessment, to print, copy or save: plain data, no markup. */
export interface AssessmentRecord extends RecordDetails {
  outcome: OutcomeId;
  /** False while questions are unanswered and nothing stops the post: the record then says the verdict is not ready. */
  final: boolean;
  outcomeTitle: string;
  outcomeSummary: string;
  reasons: { text: string; outcome: ConcernOutcome; tag: string; ruleLabel: string; ruleUrl: string }[];
  nextSteps: string[];
  answers: { questionId: string; question: string; answer: string }[];
  draftSummary: string;
  contactEmail: string;
}

/** A field of the record that stops it from being saved, GOV.UK style: what to do, in plain words. */
export interface RecordProblem {
  /** 'channel', 'assessor', 'date' or 'question:<id>'. */
  field: string;
  message: string;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Everything that must be filled in before a record is worth keeping, in the order it appears on the page. */
export function recordProblems(input: RecordDetails & { answers: Answers }, data: QuizData): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (!input.channel.trim()) problems.push({ field: 'channel', message: 'Skriv vilken kanal inlägget ska publiceras i' });
  for (const question of visibleQuestions(input.answers, data)) {
    if (!chosenOption(question, input.answers)) problems.push({ field: `question:${question.id}`, message: question.errorMessage });
  }
  if (!input.assessor.trim()) problems.push({ field: 'assessor', message: 'Skriv vem som har gjort bedömningen' });
  if (!isIsoDate(input.date)) problems.push({ field: 'date', message: 'Skriv datumet för bedömningen, till exempel 2026-03-31' });
  return problems;
}

export function buildRecord(input: RecordInput, ruleUrl: (location: RuleLocation) => string, data: QuizData): AssessmentRecord {
  const result = assess(input.answers, data);
  const final = isFinal(result);
  const outcome = final ? data.outcomes[result.outcome] : pending;
  return {
    date: input.date,
    channel: input.channel.trim(),
    assessor: input.assessor.trim(),
    outcome: result.outcome,
    final,
    outcomeTitle: outcome.title,
    outcomeSummary: outcome.summary,
    reasons: result.reasons.map((r) => ({
      text: r.text,
      outcome: r.outcome,
      tag: data.outcomes[r.outcome].tag,
      ruleLabel: r.rule.label,
      ruleUrl: ruleUrl(r.ruleLocation),
    })),
    nextSteps: result.nextSteps,
    answers: visibleQuestions(input.answers, data).map((q) => ({
      questionId: q.id,
      question: q.legend,
      answer: chosenOption(q, input.answers)?.label ?? 'Inte besvarad',
    })),
    draftSummary: input.draftSummary ?? '',
    contactEmail: final && result.outcome === 'consult' ? (input.contactEmail ?? '') : '',
  };
}

const heading = 'Lämplighetsbedömning av inlägg i sociala medier';

/** Which adopted guideline the assessment was made against, so a kept record still makes sense when the guideline changes. */
export const guidelineLine = `Bedömd enligt ${documentMeta.title}, ${documentMeta.kind.toLowerCase()} ${documentMeta.date}, diarienummer ${documentMeta.diarienummer}.`;

/** The record as plain text: readable in an e-mail, a case file or a text editor. */
export function recordToText(record: AssessmentRecord): string {
  const lines: string[] = [heading, '='.repeat(heading.length), ''];
  const date = isIsoDate(record.date) ? `${formatDateSv(record.date)} (${record.date})` : record.date;
  lines.push(`Datum: ${date}`, `Kanal: ${record.channel}`, `Bedömd av: ${record.assessor}`, '');
  lines.push(`Bedömning: ${record.outcomeTitle}`, record.outcomeSummary);
  if (record.contactEmail) lines.push(`Kommunikationschefen: ${record.contactEmail}`);
  lines.push('');
  if (record.reasons.length > 0) {
    lines.push('Skäl:');
    for (const reason of record.reasons) {
      lines.push(`- ${reason.tag}: ${reason.text}`, `  Regel: ${reason.ruleLabel}, ${reason.ruleUrl}`);
    }
    lines.push('');
  }
  lines.push('Nästa steg:', ...record.nextSteps.map((step, i) => `${i + 1}. ${step}`), '');
  lines.push('Svar:');
  for (const answer of record.answers) lines.push(`- ${answer.question}`, `  Svar: ${answer.answer}`);
  if (record.draftSummary) lines.push('', `Kontroll av utkastet hittade: ${record.draftSummary}`);
  lines.push('', guidelineLine);
  return `${lines.join('\n')}\n`;
}

/** A file name that sorts by date and says which channel, with only characters every file system accepts. */
export function recordFileName(record: AssessmentRecord): string {
  const channel = record.channel
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `lamplighetsbedomning-${record.date}${channel ? `-${channel}` : ''}.txt`;
}

/** Today's date where the person is, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
