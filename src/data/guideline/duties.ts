import type { AnswerRule, CommunicationRule, RemovalDuty } from './schema.ts';

/** The 24-hour answer rule: the tester computes deadlines from it, the quiz and checklist ask about it. */
export const answerRule = {
  wording:
    'Frågor från enskilda på sociala medier ska besvaras så snart som möjligt, och senast inom 24 timmar på vardagar.',
  hours: 24,
  countsWeekdaysOnly: true,
  location: { chapter: 'hur-vi-kommunicerar', anchor: 'svar-inom-24-timmar' },
} as const satisfies AnswerRule;

/** The duty to remove, from Uppsikt och moderering, with the law's grounds as the law reads today. */
export const removalDuty = {
  wording:
    'Inlägg, kommentarer och dylikt som omfattas av sekretess, innehåller sådant som strider mot lag (exempelvis personuppgiftslagen (1998:204) eller lagen (1998:112) om ansvar för elektroniska anslagstavlor) eller på annat sätt är stötande, kränkande eller olämpligt ska så snart som möjligt tas bort.',
  lawName: 'lagen (1998:112) om ansvar för elektroniska anslagstavlor, 5 §',
  lawGrounds: [
    { id: 'olaga-hot', name: 'olaga hot' },
    { id: 'olaga-integritetsintrang', name: 'olaga integritetsintrång' },
    { id: 'uppvigling', name: 'uppvigling' },
    { id: 'hets-mot-folkgrupp', name: 'hets mot folkgrupp' },
    { id: 'barnpornografibrott', name: 'barnpornografibrott' },
    { id: 'olaga-valdsskildring', name: 'olaga våldsskildring' },
    { id: 'terrorism', name: 'offentlig uppmaning till terrorism' },
    { id: 'upphovsratt', name: 'uppenbart intrång i upphovsrätt' },
  ],
  location: { chapter: 'uppsikt-och-moderering', anchor: 'ta-bort' },
} as const satisfies RemovalDuty;

/** The bulleted rules under Hur vi kommunicerar i sociala medier, in the document's order. */
export const communicationRules = [
  {
    id: 'lamplighetsbedomning',
    wording: 'All kommunikation ska föregås av en lämplighetsbedömning. Innehållet ska vara korrekt, och sakligt.',
    location: { chapter: 'hur-vi-kommunicerar', anchor: 'lamplighetsbedomning' },
  },
  {
    id: 'andamal',
    wording: 'All kommunikation ska ske utifrån de ändamål som beskrivits ovan.',
    location: { chapter: 'hur-vi-kommunicerar', anchor: 'andamal' },
  },
  {
    id: 'sekretess',
    wording: 'Sekretessbelagda eller känsliga uppgifter får inte publiceras.',
    location: { chapter: 'hur-vi-kommunicerar', anchor: 'sekretess' },
  },
  {
    id: 'krankande-personuppgifter',
    wording: 'Kränkande personuppgifter får inte publiceras.',
    location: { chapter: 'hur-vi-kommunicerar', anchor: 'krankande-personuppgifter' },
  },
  {
    id: 'svar-inom-24-timmar',
    wording: answerRule.wording,
    location: answerRule.location,
  },
] as const satisfies readonly CommunicationRule[];
