import { describe, expect, test } from 'vitest';
// How context changes a finding: words quoted to report them, letters masked by a hyphen.
import { classify } from '../../../src/lib/classifier/index.ts';

describe('quoted words someone else wrote', () => {
  test.each([
    "Till alla som skriver 'skicka hem dem' om romerna – läs på. Romer har bott i Sverige sedan 1500-talet.",
    'Att skriva att någon ”borde brännas” är helt oacceptabelt. Jag har anmält kommentarerna.',
    'Guiden sa ordet "negerkung" när hon citerade boken, i ett samtal om rasism i barnlitteratur.',
    'Min son fick höra "smutsiga jude" i skolan förra året. Därför behövs utställningen.',
  ])('reported to criticise them, they are not the commenter’s own: %s', (text) => {
    const labels = classify(text).labels;
    expect(labels).not.toContain('hate-harassment');
    expect(labels).not.toContain('discrimination');
    expect(labels).not.toContain('personal-attack');
  });

  test.each([
    ['Du är en "idiot" och borde skämmas', 'personal-attack'],
    ['Skicka hem dem allihop, "kulturberikare" kallar ni dem', 'hate-harassment'],
  ])('scare quotes and slogans of one’s own still count: %s', (text, label) => {
    expect(classify(text).labels).toContain(label);
  });

  test('swear words and personal data count even inside quotes', () => {
    expect(classify('Han skrev "fan ta er" och sitt nummer "070-123 45 67"').labels).toEqual(['profanity', 'personal-data']);
  });
});

describe('vetoes: a figure of speech is not a threat or a crime', () => {
  test.each([
    ['Du kommer ångra dig om du missar den här utställningen! 😉', 'hate-harassment'],
    ['Ni kommer få ångra att ni missade den här utställningen!', 'hate-harassment'],
    ['Ska vi spränga besöksrekordet i år? 💥', 'crime-incitement'],
    ['Ni borde bränna in loggan på trälådorna i butiken.', 'crime-incitement'],
    ['Sno gärna idéer från vår hembygdsförening!', 'crime-incitement'],
    ['Zorns nakenstudier är konsthistoria, inte porr.', 'violence-pornography'],
    ['Vi vet var ni bor – i våra hjärtan! Tack för en underbar sommar.', 'hate-harassment'],
    ['Var på marknaden i helgen med barnen.', 'crime-incitement'],
    ['Hacka inte på personalen i kassan, skriv till nämnden istället.', 'crime-incitement'],
  ])('%s', (text, label) => {
    expect(classify(text).labels).not.toContain(label);
  });

  test('a veto covers only the words it matched, not a real threat next to it', () => {
    expect(classify('Du kommer ångra dig om du missar utställningen. Jag vet var du bor.').labels).toContain('hate-harassment');
    expect(classify('Spräng budgeten! Och bränn ner stället i natt.').labels).toContain('crime-incitement');
  });
});

describe('a hyphen that masks letters', () => {
  test.each([
    ['Fy f-n vad dåligt skött', 'f-n'],
    ['vafan e dä här för nåt', 'vafan'],
  ])('%s', (text, span) => {
    const r = classify(text);
    expect(r.labels).toEqual(['profanity']);
    expect(r.findings[0].text).toBe(span);
  });
  test('hyphenated words and ranges are not masked words', () => {
    expect(classify('Ta med t-shirt och e-post, Karl-Erik och Nils-Åke. Kl. 10-12, 2-3 st, rad A-B.').labels).toEqual([]);
  });
});

describe('who a capitalised word is', () => {
  test('a first name followed by where the person works is a person', () => {
    expect(classify('Tomas i receptionen är en lat typ som sitter med mobilen').labels).toContain('personal-attack');
  });
  test('a word that starts the sentence is not part of the name after it', () => {
    const attack = classify('Och Tomas i receptionen är en lat typ.').findings.find((f) => f.label === 'personal-attack');
    expect(attack?.text.startsWith('Tomas i receptionen är en lat')).toBe(true);
  });
  test('a branch or a place is not a person, so criticising it is not an attack', () => {
    expect(classify('Att lägga ner Skövdefilialen är det dummaste beslut regionen fattat').labels).toEqual([]);
  });
});

describe('constructions that several blind writers used', () => {
  const labels = (s: string) => classify(s).labels;
  test('expelling a group from the country is hate, and discrimination when the group is named', () => {
    expect(labels('Judar ut ur Sverige')).toEqual(expect.arrayContaining(['discrimination', 'hate-harassment']));
    expect(labels('ska hela packet ut ur landet')).toContain('hate-harassment');
    expect(labels('Runstenen fördes ut ur landet på 1800-talet.')).toEqual([]);
  });
  test('handing out an address with "gör vad ni vill med den" is harassment', () => {
    expect(labels('Han bor på Ekvägen 12 i Sala. Gör vad ni vill med den infon.')).toContain('hate-harassment');
  });
  test('weak hints of a crime count together, not alone', () => {
    expect(labels('Metallsökare + natt + gravfältet = gratis silver. Vem hänger på?')).toContain('crime-incitement');
    expect(labels('Vem hänger med på vernissagen i helgen?')).toEqual([]);
    expect(labels('Larmet gick under visningen, alla fick gå ut en stund.')).toEqual([]);
  });
  test('"ge någon en omgång" urges an assault', () => {
    expect(labels('Ge kulturchefen en omgång när han går till bilen')).toContain('crime-incitement');
  });
  test('saying a named person has been in prison both exposes and accuses them', () => {
    expect(labels('Bengt i styrelsen har ju suttit inne för rattfylla')).toEqual(['personal-attack', 'personal-data']);
  });
});

describe('spoken and dialect spellings', () => {
  test('the little words of a pattern may be spelled as they are said', () => {
    expect(classify('ja vet va du bor').labels).toContain('hate-harassment');
    expect(classify('Birgitta på kansliet ä en riktig häxa').labels).toContain('personal-attack');
  });
  test('English little words read as the Swedish ones the patterns use', () => {
    expect(classify('You are too stupid to work in a museum').labels).toContain('personal-attack');
    expect(classify('Jews out of Sweden').labels).toEqual(['discrimination', 'hate-harassment']);
    expect(classify('All of you are welcome, see you in Sweden!').labels).toEqual([]);
  });
  test('the finding still points at what was typed', () => {
    const threat = classify('ja vet va du bor').findings.find((f) => f.label === 'hate-harassment');
    expect(threat?.text).toBe('vet va du bor');
  });
});

describe('sentences and clauses', () => {
  test('an imperative after a dash or a colon starts a clause', () => {
    expect(classify('Bojkotta inte – sabotera! Klipp av kablarna till ljudguiderna').labels).toContain('crime-incitement');
  });
  test('the dot of an initial or inside an address does not end a sentence', async () => {
    const { tokenise } = await import('../../../src/lib/classifier/boundaries.ts');
    const { normalise } = await import('../../../src/lib/classifier/normalise/pipeline.ts');
    const text = 'Jenny L. mejlar hanna.berg@gmail.com. Sedan';
    const sentences = tokenise(normalise(text), text).map((t) => t.sentence);
    expect(sentences.slice(0, -1).every((s) => s === 0)).toBe(true);
    expect(sentences.at(-1)).toBe(1);
  });
});

describe('bulk text', () => {
  test.each([
    'JESUS ÄLSKAR DIG. OMVÄND DIG INNAN DET ÄR FÖR SENT. JESUS ÄLSKAR DIG. OMVÄND DIG INNAN DET ÄR FÖR SENT.',
    'Jesus kommer snart! Omvänd er! Jesus kommer snart! Omvänd er! Jesus kommer snart!',
  ])('the same sentence over and over is spam: %s', (text) => {
    expect(classify(text).labels).toContain('spam');
  });

  test('a short sentence said twice is not', () => {
    expect(classify('Tack för idag! Vilken fin utställning. Tack för idag! Vi kommer igen.').labels).toEqual([]);
  });
});
