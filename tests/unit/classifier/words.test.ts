import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';

const labels = (s: string) => classify(s).labels;

describe('Scunthorpe: innocent words stay innocent', () => {
  test.each([
    'Fantastiskt fin utställning!',
    'Det fanns många besökare.',
    'Elefanten i rummet.',
    'Barnen åt Skittles i kaféet.',
    'Vid horisonten syns havet.',
    'Min slutsats är att det var bra.',
    'Kanalen går förbi museet.',
    'Facket var med på mötet.',
    'Jag vill höra mer om vikingarna.',
    'Kön var lång vid entrén.',
    'Kon på gården var söt.',
    'Författaren Anna Hora berättade om boken.',
    'Helvetica är ett typsnitt.',
    'Vi bor i Fittja.',
    'Fanatiska samlare och fans kom.',
    'Skitsa gärna en idé.',
    'Vi sköt upp mötet.',
    'Slutet av filmen var bra.',
    'Jäkla bra, tusan vad kul, sjutton också, attans, fasen, jösses!',
    'Det var en prick på kartan.',
    'Barnen fick Pucko och kanelbulle i caféet.',
    'Kuksan i montern har min farfar täljt.',
    'Vandringen till Helvetesfallet var fin.',
    'Barnen dansade med Satan i Blåkulla enligt protokollen.',
    'Läste Dick Harrisons bok om häxprocesserna.',
    'Invandrare är en del av Sverige.',
    'Modellerna i Zorns målningar var ett stort samtalsämne.',
    // "man" is the pronoun, not "män" without its dots; "loss" is not "löss".
    'Man kan inte se något från balkongen.',
    'Barnen släppte loss ballongerna.',
    'Jag är ett stort fan av era videor!',
    'Helvetesfallet i Älvdalen är vackert.',
    'Kolla runkalendern i montern.',
    'Kukkonen-släkten finns med i utställningen.',
    'Döda djur i glasmontrar är lite creepy men fascinerande.',
    'Sonen byggde en vulkan hemma efter besöket, köket ser ut som Pompeji nu.',
  ])('%s', (s) => {
    expect(labels(s)).toEqual([]);
  });
});

describe('evasions are found and explained', () => {
  test.each([
    ['j4vla', 'jävla', 'leetspeak'],
    ['f*n', 'fan', 'leetspeak'],
    ['jääävla', 'jävla', 'repeated-letters'],
    ['s.k.i.t', 'skit', 'spaced-letters'],
    ['i d i o t', 'idiot', 'spaced-letters'],
    ['ѕкіт', 'skit', 'homoglyph'],
    ['іdіοt', 'idiot', 'homoglyph'],
    ['ｆｕｃｋ', 'fuck', 'fullwidth'],
    ['jä\u200Bvla', 'jävla', 'invisible-characters'],
    ['javla', 'jävla', 'missing-diacritics'],
    ['skitbra', 'skit', 'compound'],
    ['tjuvjävel', 'jävel', 'compound'],
  ])('%s → %s (%s)', (word, matched, method) => {
    const text = `Vad är det här för ${word} grej`;
    const r = classify(text);
    const f = r.findings.find((x) => x.matched === matched);
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect(f!.methods).toContain(method);
    expect(f!.text).toBe(word);
    expect(text.slice(f!.start, f!.end)).toBe(word);
    expect(f!.explanation.length).toBeGreaterThan(5);
  });

  test('explanation names the substitution', () => {
    const f = classify('j4vla').findings[0];
    expect(f.explanation).toContain('4 → a');
    expect(f.explanation).toContain('jävla');
  });

  test('Hora at the start of a sentence as an insult, but not as a surname', () => {
    expect(labels('Din hora.')).toContain('profanity');
    expect(labels('Vi träffade Eva Hora på museet.')).toEqual([]);
  });

  test('English rules never fire inside Swedish words', () => {
    expect(labels('Slutet var bra, en prick på kartan och fanns med.')).toEqual([]);
    expect(labels('That is some bullshit')).toContain('profanity');
  });
});

describe('API contract', () => {
  test('labels in the guideline order and unique', () => {
    const r = classify('Din jävla idiot, ring 070-123 45 67');
    expect(r.labels).toEqual(['personal-attack', 'profanity', 'personal-data']);
  });
  test('findings sorted by start', () => {
    const r = classify('skit fan jävla idiot');
    const starts = r.findings.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
  test('long input is cut and flagged', () => {
    const r = classify('a'.repeat(50) + ' jävla', { maxLength: 20 });
    expect(r.truncated).toBe(true);
    expect(r.analysedLength).toBe(20);
    expect(r.labels).toEqual([]);
  });
  test('never throws on odd input', () => {
    expect(() => classify(undefined as unknown as string)).not.toThrow();
    expect(() => classify('\uD800\uDC00\uD800')).not.toThrow();
    expect(classify('').labels).toEqual([]);
  });
  test('mustRemoveByLaw for a threat', () => {
    const r = classify('Jag vet var du bor.');
    expect(r.mustRemoveByLaw).toBe(true);
    expect(r.findings.some((f) => f.lawGround === 'olaga-hot')).toBe(true);
  });
});
