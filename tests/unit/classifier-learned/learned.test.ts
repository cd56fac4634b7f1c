import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { learnedModel } from '../../../src/lib/classifier/learned/model.ts';
import { pack, unpack } from '../../../src/lib/classifier/learned/packed.ts';
import { trainLabel, vocabulary, type TrainDoc } from '../../../src/lib/classifier/learned/train.ts';
import type { LearnedModel } from '../../../src/lib/classifier/learned/types.ts';

/** A model that fires easily, so that spans and explanations are exercised whatever the trained model holds. */
const eager: LearnedModel = {
  // Harmless words, so that the rules find nothing and every finding below is the model's.
  'hate-harassment': { bias: -1, threshold: 0.6, weights: { kanel: 1, 'jordg-': 2, '#profanity': 1.5 } },
  spam: { bias: -1, threshold: 0.5, weights: { rabattkod: 3, kr: 0.5, du: -0.5 } },
};

const featuresOf = (text: string): ReadonlyMap<string, number> => {
  let out: ReadonlyMap<string, number> = new Map();
  classify(text, { model: {}, onFeatures: (f) => (out = f) });
  return out;
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
  const docs: TrainDoc[] = texts.map(([t, l]) => ({ features: [...featuresOf(t).keys()], labels: new Set(l) }));

  it('gives the same model twice', () => {
    const a = JSON.stringify(trainLabel(docs, 'hate-harassment', vocabulary(docs, 1), { lambda: 0.001, keep: 20, minDf: 1, iterations: 200 }));
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

describe('packing', () => {
  it('keeps bias, threshold and weights to a tenth, and groups features by weight', () => {
    const model: LearnedModel = { spam: { bias: -2.44, threshold: 0.825, weights: { dm: 1.7, kolla: 0.9, ly: 0.91, var: -1.2, tiny: 0.04 } } };
    const packed = pack(model);
    expect(packed.spam).toBe('-24 825 -12 var 9 kolla ly 17 dm');
    expect(unpack(packed)).toEqual({ spam: { bias: -2.4, threshold: 0.825, weights: { var: -1.2, kolla: 0.9, ly: 0.9, dm: 1.7 } } });
  });

  it('round-trips the trained model', () => {
    expect(unpack(pack(learnedModel))).toEqual(learnedModel);
  });
});

describe('features', () => {
  it('are the words the rules read, disguised or not, with their beginnings', () => {
    const f = featuresOf('j4vla i d i o t, jag v e t var du b0r och hotfulla');
    for (const w of ['idiot', 'vet', 'bor', 'hotfulla', 'hotfu-']) expect(f.has(w), w).toBe(true);
  });

  it('name the lexicon categories of the words', () => {
    const f = featuresOf('Invandrarna borde utrotas, för fan');
    expect(f.get('#group')).toBe(0);
    expect(f.get('#profanity')).toBe(4);
  });

  it('leave out words quoted to report them', () => {
    expect(featuresOf('Han skrev "invandrarna borde utrotas" och det är fel').has('#group')).toBe(false);
    expect(featuresOf('Invandrarna borde utrotas').has('#group')).toBe(true);
  });
});

describe('learned findings', () => {
  it('point at the original words that weighed most and name them', () => {
    const text = 'Jag gillar k4nel och jordgubbarna';
    const c = classify(text, { model: eager });
    const f = c.findings.find((x) => x.label === 'hate-harassment')!;
    expect(f).toBeDefined();
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toBe('jordgubbarna');
    expect(f.methods).toEqual(['learned']);
    expect(f.explanation).toMatch(/^Orden ”jordgubbarna”, ”k4nel” förekommer ofta i hot och trakasserier \(inlärd modell, sannolikhet 0,\d+\)\.$/);
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(c.labels).toContain('hate-harassment');
  });

  it('name little words only when nothing longer weighed', () => {
    const model: LearnedModel = { spam: { bias: 0, threshold: 0.5, weights: { som: 3, 'jordg-': 1 } } };
    expect(classify('jordgubbarna som vi plockade', { model }).findings[0].explanation).toMatch(/^Ordet ”jordgubbarna” förekommer/);
    expect(classify('som vi sa', { model }).findings[0].explanation).toMatch(/^Ordet ”som” förekommer/);
  });

  it('use the lexicon categories, but add nothing for a label the rules found themselves', () => {
    expect(classify('Jag gillar kanel', { model: eager }).labels).toEqual([]);
    expect(classify('Jag gillar kanel, för fan', { model: eager }).labels).toEqual(['hate-harassment', 'profanity']);
    const spam = classify('Rabattkod VARM20 på allt hos oss, www.example.com', { model: eager });
    expect(spam.findings.filter((f) => f.label === 'spam' && f.explanation.includes('inlärd'))).toEqual([]);
  });

  it('end a question that deserves an answer and keep findings in order', () => {
    const text = 'Har ni kanel och jordgubbar i kaféet?';
    const c = classify(text, { model: eager });
    expect(c.labels).toEqual(['hate-harassment']);
    expect(c.question).toBe(false);
    expect(c.findings.map((f) => f.start)).toEqual([...c.findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(classify(text, { model: {} }).question).toBe(true);
  });

  it('point at the right word when a quote was left out', () => {
    const text = 'Han skrev "jordgubbar" men jag gillar k4nel och jordgubbarna';
    const f = classify(text, { model: eager }).findings.find((x) => x.label === 'hate-harassment')!;
    expect(f.text).toBe('jordgubbarna');
    expect(text.slice(f.start, f.end)).toBe('jordgubbarna');
    expect(f.start).toBeGreaterThan(text.indexOf('k4nel'));
  });

  it('read only the part the rules analysed', () => {
    expect(classify('Hej! ' + 'rabattkod '.repeat(3), { model: eager, maxLength: 5 }).labels).toEqual([]);
  });

  it('never throw and keep spans inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        for (const text of [a, b, a + ' kanel jordgubbar rabattkod ' + b]) {
          for (const model of [eager, learnedModel]) {
            const c = classify(text, { model });
            for (const f of c.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(JSON.stringify(classify(text, { model }))).toBe(JSON.stringify(c));
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
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
    for (const text of clean) expect(classify(text).labels, text).toEqual([]);
  }, 20_000);

  it('finds what the rules miss in comments it was not trained on', () => {
    // Written for this test, not taken from the corpus.
    expect(classify('Kvinnor som styr museer förstör allt de rör, de borde hålla sig hemma.').labels).toContain('discrimination');
  });

  it('stays small and needs a probability of at least 0.7', () => {
    expect(gzipSync(JSON.stringify(learnedModel), { level: 9 }).byteLength).toBeLessThan(2_500);
    for (const l of Object.values(learnedModel)) {
      expect(Object.keys(l!.weights).length).toBeLessThanOrEqual(100);
      expect(l!.threshold).toBeGreaterThanOrEqual(0.7);
    }
  });
});
