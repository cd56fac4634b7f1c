import { describe, expect, test } from 'vitest';
import { checklist } from '../../../src/data/checklist/index.ts';
import {
  draftFileName,
  draftFormat,
  draftVersion,
  importDraft,
  maxImportBytes,
  parseDraft,
  pdfFileName,
  serializeDraft,
} from '../../../src/lib/checklist/draft.ts';
import { filledAnswers } from './answers.ts';

const now = new Date('2026-12-03T13:45:00Z');
const envelope = (changes: Record<string, unknown>) => JSON.stringify({ format: draftFormat, version: draftVersion, savedAt: now.toISOString(), answers: filledAnswers, ...changes });

describe('draft storage and JSON files', () => {
  test('a saved draft reads back word for word, with its envelope', () => {
    const text = serializeDraft(filledAnswers, now);
    const result = parseDraft(text, checklist);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.draft.answers).toEqual(filledAnswers);
    expect(result.draft.savedAt).toBe(now.toISOString());
    expect(JSON.parse(text)).toMatchObject({ format: draftFormat, version: draftVersion });
  });

  test('a byte order mark from an editor does not matter', () => {
    expect(parseDraft(`\uFEFF${serializeDraft(filledAnswers, now)}`, checklist).kind).toBe('ok');
  });

  test.each([
    ['not JSON', '{"format": "vastarvet', 'not-json', /går inte att läsa/],
    ['another JSON file', '{"name": "package"}', 'not-a-draft', /inte ett sparat utkast/],
    ['a JSON array', '[1,2]', 'not-a-draft', /inte ett sparat utkast/],
    ['a newer version', envelope({ version: draftVersion + 1 }), 'newer', /nyare version/],
    ['an older version', envelope({ version: 0 }), 'older', /äldre version/],
    ['no date', envelope({ savedAt: 'igår' }), 'damaged', /Datumet/],
    ['a text answer of the wrong shape', envelope({ answers: { ...filledAnswers, 'account-name': 42 } }), 'damaged', /”Kontots namn”/],
    ['a choice of the wrong shape', envelope({ answers: { ...filledAnswers, purposes: { a: 1 } } }), 'damaged', /”Syften”/],
    ['no answers', envelope({ answers: null }), 'damaged', /Svaren saknas/],
  ])('%s is set aside with a clear reason', (_name, text, reason, message) => {
    const result = parseDraft(text, checklist);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.reason).toBe(reason);
    expect(result.message).toMatch(message);
  });

  test('unknown fields and unknown options are left out, everything else is kept', () => {
    const result = parseDraft(envelope({ answers: { ...filledAnswers, 'old-field': 'x', purposes: ['inspirerande', 'borttaget'], platform: 'myspace' } }), checklist);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.draft.answers['old-field']).toBeUndefined();
    expect(result.draft.answers.purposes).toEqual(['inspirerande']);
    expect(result.draft.answers.platform).toBe('');
    expect(result.draft.answers['answer-routine']).toBe(filledAnswers['answer-routine']);
  });

  test('import refuses empty and oversized files before reading them', () => {
    expect(importDraft('', 0, checklist)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/Filen är tom/) });
    expect(importDraft('{}', maxImportBytes + 1, checklist)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/för stor/) });
  });

  test('file names are plain ASCII and say what and when', () => {
    expect(draftFileName('Bohusläns museum – Fornfynd för skolor', '2026-12-03')).toBe('checklista-utkast-bohuslans-museum-fornfynd-for-skolor-2026-12-03.json');
    expect(pdfFileName('Åäö!', '2026-12-03')).toBe('checklista-aao-2026-12-03.pdf');
    expect(pdfFileName('', '2026-12-03')).toBe('checklista-ny-kanal-2026-12-03.pdf');
  });
});
