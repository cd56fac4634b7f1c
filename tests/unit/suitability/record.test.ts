import { describe, expect, test } from 'vitest';
import { rulePath } from '../../../src/data/guideline/index.ts';
import { quiz } from '../../../src/data/suitability/index.ts';
import { buildRecord, isIsoDate, localIsoDate, recordFileName, recordProblems, recordToText } from '../../../src/lib/suitability/record.ts';
import { allFine, stopAnswers } from './answers.ts';

const ruleUrl = (location: Parameters<typeof rulePath>[0]) => `https://intranat.example/${rulePath(location)}`;
const details = { date: '2026-03-31', channel: 'Västarvets Instagram', assessor: 'Anna Andersson' };

describe('recordProblems', () => {
  test('nothing is missing when all is filled in', () => {
    expect(recordProblems({ ...details, answers: allFine }, quiz)).toEqual([]);
  });

  test('lists channel, each unanswered question, name and date in page order, with the question\'s own message', () => {
    const problems = recordProblems({ date: '2026-02-30', channel: ' ', assessor: '', answers: { ...allFine, korrekt: undefined, personuppgifter: 'ja' } }, quiz);
    expect(problems.map((p) => p.field)).toEqual(['channel', 'question:korrekt', 'question:krankande', 'question:samtycke', 'assessor', 'date']);
    expect(problems[1]!.message).toBe(quiz.questions[0]!.errorMessage);
  });
});

describe('buildRecord and recordToText', () => {
  test('a stop record names the verdict, its reason with the rule address, the next steps and every answer', () => {
    const record = buildRecord({ ...details, answers: { ...allFine, ...stopAnswers.uppdrag }, draftSummary: 'Länkar (1)' }, ruleUrl, quiz);
    expect(record.outcome).toBe('stop');
    const text = recordToText(record);
    expect(text).toContain('Datum: 31 mars 2026 (2026-03-31)');
    expect(text).toContain('Kanal: Västarvets Instagram');
    expect(text).toContain('Bedömd av: Anna Andersson');
    expect(text).toContain(`Bedömning: ${quiz.outcomes.stop.title}`);
    expect(text).toContain('https://intranat.example/riktlinjer/anstalldas-anvandning/#uppdrag-fran-chef');
    expect(text).toContain('Kontroll av utkastet hittade: Länkar (1)');
    for (const q of quiz.questions.filter((q) => !q.showIf)) expect(text).toContain(q.legend);
    expect(text).not.toContain('Inte besvarad');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Bedömd enligt Riktlinjer vid användande av sociala medier, förvaltningsgemensamma riktlinjer 2016-10-18, diarienummer VA 2016–01315.');
  });

  test('only the consult verdict names the communications chief', () => {
    const consult = buildRecord({ ...details, answers: { ...allFine, debatt: 'ja' }, contactEmail: 'chef@example.se' }, ruleUrl, quiz);
    expect(recordToText(consult)).toContain('Kommunikationschefen: chef@example.se');
    const publish = buildRecord({ ...details, answers: allFine, contactEmail: 'chef@example.se' }, ruleUrl, quiz);
    expect(recordToText(publish)).not.toContain('chef@example.se');
    expect(recordToText(publish)).not.toContain('Skäl:');
  });

  test('the file name sorts by date and is safe everywhere', () => {
    const record = buildRecord({ ...details, channel: 'Västarvets Instagram / Bohusläns museum', answers: allFine }, ruleUrl, quiz);
    expect(recordFileName(record)).toBe('lamplighetsbedomning-2026-03-31-vastarvets-instagram-bohuslans-museum.txt');
  });
});

describe('dates', () => {
  test.each([
    ['2026-03-31', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['31/3/2026', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  test('localIsoDate uses the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('an unfinished record', () => {
  test('does not claim a verdict and marks the unanswered questions', () => {
    const record = buildRecord({ ...details, answers: { korrekt: 'ja' } }, ruleUrl, quiz);
    expect(record.final).toBe(false);
    const text = recordToText(record);
    expect(text).not.toContain(quiz.outcomes.publish.title);
    expect(text).toContain('Inte besvarad');
  });
});
