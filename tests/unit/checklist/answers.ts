import type { Answers } from '../../../src/data/checklist/types.ts';

/** A complete, valid checklist with å, ä and ö in many answers, used across the tests. */
export const filledAnswers: Answers = {
  platform: 'instagram',
  'platform-other': '',
  'account-name': 'Bohusläns museum – Fornfynd för skolor',
  address: 'https://www.instagram.com/fornfynd_skolor',
  unit: 'Bohusläns museum, enheten för pedagogik',
  'planned-start': '2027-03-01',
  purposes: ['kunskapsframjande', 'delaktighet'],
  audience: 'Lärare och elever i årskurs 4–6 i Västra Götaland som vill använda museets föremål i undervisningen.',
  complements:
    'Museets Facebooksida når främst vuxna besökare. Det nya kontot riktar sig till skolor och visar ett föremål i veckan med frågor som klassen kan diskutera.',
  'responsible-name': 'Åsa Öberg',
  'responsible-title': 'Museipedagog',
  'responsible-email': 'asa.oberg@vgregion.se',
  'manager-name': 'Göran Älvsjö',
  'manager-title': 'Enhetschef',
  'manager-email': 'goran.alvsjo@vgregion.se',
  'assignment-date': '2026-11-02',
  'substitute-name': 'Pär Ström',
  'substitute-title': 'Museipedagog',
  'substitute-email': 'par.strom@vgregion.se',
  'hours-per-week': '2,5',
  'answer-routine':
    'Åsa bevakar kontot måndag till onsdag och Pär torsdag och fredag. Båda får aviseringar i telefonen under arbetstid.\nVid semester tar Pär över helt.',
  'login-handover': 'nar-kontot-finns',
  'login-handover-why': '',
  'org-identity': 'Namnet börjar med Bohusläns museum, profilbilden är museets logotyp och presentationen säger att kontot drivs av Västarvet.',
  'graphic-profile': 'ja',
  'graphic-profile-why': '',
  'comment-rules': 'I kontots presentation finns en länk till reglerna, och ett fäst inlägg sammanfattar dem.',
  searchable: 'Vi sparar inlägg och kommentarer i kronologisk ordning med ett verktyg som exporterar dem varje månad.',
  gallring: 'Gallringsbeslut för handlingar av tillfällig eller ringa betydelse, dnr VA 2015–00123',
  political: 'Vi svarar sakligt och hänvisar till våra rapporter. Vid tveksamhet kontaktar vi kommunikationschefen eller förvaltningschefen.',
  'terms-read': ['ja'],
};
