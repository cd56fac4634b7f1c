import type { CommentRule } from './schema.ts';

const chapter = 'kommentarer';

/**
 * The guideline's list of what comments may not contain, in its order, followed by its rule on
 * personal data. Pages, the comment tester and the quiz all read this list.
 */
export const commentRules = [
  {
    id: 'personal-attack',
    wording: 'Förtal, personliga angrepp eller förolämpningar',
    shortName: 'Personliga angrepp',
    explanation:
      'Kommentaren förolämpar, hånar eller angriper en person, till exempel en anställd, en annan besökare eller en namngiven person, eller påstår att någon som går att identifiera har begått brott eller gjort något klandervärt. Kritik mot verksamheten, en utställning eller ett beslut är tillåten, även när den är hård.',
    whatToDo: 'Ta bort kommentaren. Svara inte med personlig kritik tillbaka.',
    mayBeUnlawful: false,
    location: { chapter, anchor: 'personliga-angrepp' },
    examples: {
      breaks: ['Du är för dum för att jobba här.', 'Kassören på museet snor pengar.'],
      doesNotBreak: ['Uselt skött museum.', 'Vilket slöseri med skattepengar.'],
    },
  },
  {
    id: 'discrimination',
    wording: 'Kränkande uttalande med rasistiska, sexistiska eller homofobiska undertoner',
    shortName: 'Rasism, sexism eller homofobi',
    explanation:
      'Kommentaren nedvärderar människor för deras etnicitet, hudfärg, ursprung, religion, kön, könsidentitet eller sexuella läggning, till exempel med skällsord eller fördomar. Att nämna grupper neutralt, diskutera rasism eller berätta om diskriminering är tillåtet.',
    whatToDo: 'Ta bort kommentaren.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'krankande-uttalanden' },
    examples: {
      breaks: ['Kvinnor borde hålla sig till köket, inte till arkeologi.'],
      doesNotBreak: ['Utställningen om romernas historia i Sverige var lärorik.'],
    },
  },
  {
    id: 'hate-harassment',
    wording: 'Hets mot folkgrupp eller andra trakasserier',
    shortName: 'Hets eller trakasserier',
    explanation:
      'Kommentaren hotar eller uttrycker förakt för en grupp människor, eller hotar, förföljer eller trakasserar en person. Ilska och oenighet utan hot är inte trakasserier.',
    whatToDo:
      'Ta bort kommentaren så snart som möjligt. Hot och hets mot folkgrupp kan vara brott: spara en skärmbild och kontakta din chef.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'hets-och-trakasserier' },
    examples: {
      breaks: ['Jag vet var du bor.', 'Sådana som dem borde utrotas.'],
      doesNotBreak: ['Jag håller verkligen inte med om det här beslutet.'],
    },
  },
  {
    id: 'violence-pornography',
    wording: 'Olovliga våldsskildringar eller pornografi',
    shortName: 'Våld eller pornografi',
    explanation:
      'Kommentaren skildrar eller förhärligar grovt våld eller grymhet, är sexuellt utmanande eller länkar till pornografi. Att sakligt nämna våld i historien, krig eller vikingatiden är tillåtet.',
    whatToDo: 'Ta bort kommentaren så snart som möjligt.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'vald-och-pornografi' },
    examples: {
      breaks: ['Heta singlar i ditt område, klicka här.'],
      doesNotBreak: ['Vikingarna plundrade kloster längs kusten.'],
    },
  },
  {
    id: 'crime-incitement',
    wording: 'Uppmaningar till brott eller annan brottslig verksamhet',
    shortName: 'Uppmaning till brott',
    explanation:
      'Kommentaren uppmanar andra att begå brott, till exempel att klottra, stjäla, tända eld, hacka eller använda droger, eller erbjuder olagliga varor och tjänster. Att prata om brott eller uppmana till laglig protest är tillåtet.',
    whatToDo: 'Ta bort kommentaren så snart som möjligt.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'uppmaning-till-brott' },
    examples: {
      breaks: ['Kom igen, vi klottrar ner hela fasaden i natt!'],
      doesNotBreak: ['Skriv under protestlistan mot nedläggningen.'],
    },
  },
  {
    id: 'copyright',
    wording: 'Olovligt bruk av upphovsrättsligt skyddat material',
    shortName: 'Upphovsrätt',
    explanation:
      'Kommentaren delar eller erbjuder andras skyddade verk utan lov, till exempel piratkopior, länkar till olagliga nedladdningar eller andras bilder som lagts upp utan att fråga. Att citera med källa eller länka till vårt eget material är tillåtet.',
    whatToDo: 'Ta bort kommentaren. Uppenbara intrång måste tas bort enligt lag.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'upphovsratt' },
    examples: {
      breaks: ['Hela filmen gratis här, ladda ner via torrent.'],
      doesNotBreak: ['Får man fotografera i utställningen och dela bilderna?'],
    },
  },
  {
    id: 'profanity',
    wording: 'Svordomar eller obscena ord',
    shortName: 'Svordomar',
    explanation:
      'Kommentaren innehåller svordomar eller grova ord, även förklädda med siffror, tecken eller mellanslag. Milda uttryck som jäkla, sjutton eller tusan räknas inte.',
    whatToDo: 'Ta bort kommentaren.',
    mayBeUnlawful: false,
    location: { chapter, anchor: 'svordomar' },
    examples: {
      breaks: ['Vad f*n håller ni på med?'],
      doesNotBreak: ['Fantastiskt fin utställning, tusan vad bra!'],
    },
  },
  {
    id: 'spam',
    wording: 'Kommersiella budskap, reklam eller spam',
    shortName: 'Reklam eller spam',
    explanation:
      'Kommentaren gör reklam för en vara eller tjänst, sprider kommersiella länkar, rabattkoder eller bedrägerier, eller är massutskick som inte hör till ämnet. Att en besökare tipsar om kaféet eller en bok i förbigående är tillåtet.',
    whatToDo: 'Ta bort kommentaren. Klicka aldrig på länkarna.',
    mayBeUnlawful: false,
    location: { chapter, anchor: 'reklam-och-spam' },
    examples: {
      breaks: ['Tjäna 10 000 kr i veckan hemifrån! Skriv DM till mig.'],
      doesNotBreak: ['Kaféet på museet har jättegoda bullar.'],
    },
  },
  {
    id: 'personal-data',
    wording: 'Inlägg som innehåller personuppgifter som kränker enskildas personliga integritet får inte publiceras.',
    shortName: 'Personuppgifter',
    explanation:
      'Kommentaren innehåller personnummer, telefonnummer, e-postadresser, gatuadresser, kontonummer eller känsliga uppgifter om en person, till exempel om hälsa eller religion. Personuppgifter ska inte skickas via sociala medier.',
    whatToDo:
      'Ta bort kommentaren och hänvisa personen till e-post, telefon eller brev, som riktlinjen säger.',
    mayBeUnlawful: true,
    location: { chapter, anchor: 'personuppgifter' },
    examples: {
      breaks: ['Ring mig på 070-123 45 67, mitt personnummer är 19811218-9876.'],
      // An address at a museum's or public body's domain is the organisation's (email.ts).
      doesNotBreak: ['Museet öppnar kl. 10 och entrén kostar 120 kr.', 'Mejla bokning@regionmuseet.se om gruppbokning.'],
    },
  },
] as const satisfies readonly CommentRule[];

export function commentRuleById(id: CommentRule['id']): (typeof commentRules)[number] {
  const rule = commentRules.find((r) => r.id === id);
  if (!rule) throw new Error(`Okänd regel: ${id}`);
  return rule;
}
