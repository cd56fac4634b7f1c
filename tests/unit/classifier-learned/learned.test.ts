import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { featurise } from '../../../src/lib/classifier/learned/features.ts';
import { learnedFindings, withLearned } from '../../../src/lib/classifier/learned/apply.ts';
import { classify as classifyWithLearned } from '../../../src/lib/classifier/learned/classify.ts';
import { learnedModel } from '../../../src/lib/classifier/learned/model.ts';
import { trainLabel, vocabulary, type TrainDoc } from '../../../src/lib/classifier/learned/train.ts';
import type { LearnedModel } from '../../../src/lib/classifier/learned/types.ts';
import type { Classification } from '../../../src/lib/classifier/types.ts';

const none: Classification = { labels: [], question: false, findings: [], mustRemoveByLaw: false, truncated: false, analysedLength: Number.MAX_SAFE_INTEGER };

/** A model that fires easily, so that spans and explanations are exercised whatever the trained model holds. */
const eager: LearnedModel = {
  prefix: 5,
  labels: {
    'hate-harassment': { bias: -1, threshold: 0.5, weights: { vet: 1, bor: 1.5, 'vet var': 1, 'ångra-': 2 } },
    spam: { bias: -1, threshold: 0.5, weights: { rabattkod: 3, kr: 0.5, du: -0.5 } },
  },
};

describe('training', () => {
  const texts: [string, string[]][] = [
    ['Jag vet var du bor', ['hate-harassment']],
    ['Du kommer att ångra dig, jag vet var du bor', ['hate-harassment']],
    ['Vi ses snart, jag vet vem du är', ['hate-harassment']],
    ['Fin utställning, tack!', []],
    ['Var bor ni i sommar?', []],
    ['Bästa museet i stan', []],
    ['Rabattkod SOMMAR20 ger 20 % på allt', ['spam']],
    ['Tjäna pengar hemifrån, skriv DM', ['spam']],
  ];
  const docs: TrainDoc[] = texts.map(([t, l]) => ({ features: [...featurise(t).features.keys()], labels: new Set(l) }));

  it('gives the same model twice', () => {
    const vocab = vocabulary(docs, 1);
    const a = JSON.stringify(trainLabel(docs, 'hate-harassment', vocab, { lambda: 0.001, keep: 20, minDf: 1, iterations: 200 }));
    const b = JSON.stringify(trainLabel(docs, 'hate-harassment', vocabulary(docs, 1), { lambda: 0.001, keep: 20, minDf: 1, iterations: 200 }));
    expect(a).toBe(b);
    expect(Object.keys(JSON.parse(a).weights).length).toBeLessThanOrEqual(20);
  });

  it('learns words that separate the label', () => {
    const m = trainLabel(docs, 'hate-harassment', vocabulary(docs, 1), { lambda: 0.001, keep: 20, minDf: 1, iterations: 300 });
    expect(m.weights['vet'] ?? 0).toBeGreaterThan(0);
    expect(m.bias).toBeLessThan(0);
  });
});

describe('features', () => {
  it('reads disguised words as words', () => {
    const f = featurise('j4vla i d i o t, jag v e t var du b0r').features;
    expect(f.has('javla')).toBe(true);
    expect(f.has('idiot')).toBe(true);
    expect(f.has('vet var')).toBe(true);
  });
});

describe('learned findings', () => {
  it('point at the original words and name them', () => {
    const text = 'Jag V E T var du b0r, du kommer att ångrade dig';
    const found = learnedFindings(text, none, eager);
    expect(found.map((f) => f.label)).toEqual(['hate-harassment']);
    const f = found[0];
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toBe('ångrade');
    expect(f.methods).toEqual(['context']);
    expect(f.explanation).toMatch(/^Orden ”ångrade”, ”V E T”, ”b0r” förekommer ofta i hot och trakasserier \(inlärd modell, sannolikhet 0,\d+\)\.$/);
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(['low', 'medium']).toContain(f.severity);
  });

  it('add nothing for a label the rules already found', () => {
    const found = learnedFindings('jag vet var du bor', { ...none, labels: ['hate-harassment'] }, eager);
    expect(found).toEqual([]);
  });

  it('merge into a classification in order', () => {
    const text = 'Rabattkod här, och jag vet var du bor';
    const merged = withLearned({ ...none, question: true, analysedLength: text.length }, text, eager);
    expect(merged.labels).toEqual(['hate-harassment', 'spam']);
    expect(merged.findings.map((f) => f.start)).toEqual([...merged.findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(merged.question).toBe(false);
  });

  it('read only the part the rules analysed', () => {
    const text = 'Hej! ' + 'rabattkod '.repeat(3);
    expect(learnedFindings(text, { ...none, analysedLength: 5 }, eager)).toEqual([]);
  });

  it('never throw and keep spans inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        for (const text of [a, b, a + ' vet var du bor rabattkod ' + b]) {
          for (const model of [eager, learnedModel]) {
            const found = learnedFindings(text, { ...none, analysedLength: text.length }, model);
            for (const f of found) {
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end).toBeLessThanOrEqual(text.length);
              expect(f.start).toBeLessThan(f.end);
              expect(text.slice(f.start, f.end)).toBe(f.text);
            }
            expect(JSON.stringify(learnedFindings(text, { ...none, analysedLength: text.length }, model))).toBe(JSON.stringify(found));
          }
          const c = classifyWithLearned(text);
          for (const f of c.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('survive input that is not a string', () => {
    expect(() => learnedFindings(undefined as unknown as string, none)).not.toThrow();
    expect(() => classifyWithLearned(null as unknown as string)).not.toThrow();
  });
});

describe('the trained model', () => {
  const clean = [
    'Fantastisk utställning, vi kommer tillbaka i sommar!',
    'När öppnar ni på söndag?',
    'Tack för en fin dag med barnen, personalen var så trevlig.',
    'Kaféet har de godaste kanelbullarna i hela Västsverige',
    'Hur mycket kostar entrén för pensionärer?',
    'Guiden berättade så levande om vikingatiden, både om krigen och om vardagen.',
    'Uselt skött museum, det var smutsigt och dyrt. Skärpning!',
    'Jag håller inte med om beslutet att stänga biblioteket, det är fel prioritering.',
    'Min farfar jobbade på bruket på 50-talet, roligt att se bilderna.',
    'Finns det parkering för husbil vid hällristningarna?',
    'Vi hittade en borttappad mössa i garderoben, var lämnar man den?',
    'Boken om slottets historia som ni säljer i butiken är jättebra, rekommenderas!',
    'Filmen om stenhuggarna som visas i hörsalen var gripande.',
    'Hela familjen älskade den nya lekhallen',
    'Är det gratis inträde för barn under 18?',
    'Vilket slöseri med skattepengar att bygga om entrén igen',
    'Kan man boka en visning för en skolklass i vecka 12?',
    'Ni borde ha längre öppettider på helgerna',
  ];

  it('adds no finding to clean museum comments', () => {
    for (const text of clean) expect(learnedFindings(text, classify(text)), text).toEqual([]);
  }, 20_000);

  it('stays small', () => {
    const size = gzipSync(JSON.stringify(learnedModel), { level: 9 }).byteLength;
    expect(size).toBeLessThan(2_500);
    for (const l of Object.values(learnedModel.labels)) {
      expect(Object.keys(l.weights).length).toBeLessThanOrEqual(100);
      expect(l.threshold).toBeGreaterThanOrEqual(0.5);
    }
  });
});
