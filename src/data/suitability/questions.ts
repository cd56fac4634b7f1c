import { answerRule } from '../guideline/index.ts';
import { rules } from './rules.ts';
import type { Question, QuestionGroup } from './schema.ts';

const within = `inom ${answerRule.hours} timmar${answerRule.countsWeekdaysOnly ? ' på vardagar' : ''}`;
const askChiefs = 'Fråga kommunikationschefen eller förvaltningschefen innan du publicerar.';

/** The sections of the quiz, in the order a person thinks about a post: the content, what is in it, politics, then who publishes. */
export const groups: readonly QuestionGroup[] = [
  { id: 'innehall', heading: 'Innehållet' },
  { id: 'uppgifter', heading: 'Uppgifter, personer och material' },
  { id: 'politik', heading: 'Politik och debatt' },
  { id: 'ansvar', heading: 'Konto, uppdrag och bevakning' },
];

/**
 * The questions of the suitability assessment. Each answer that is not fine says what it does to the
 * verdict: 'stop' (do not publish), 'consult' (ask the communications chief or head of administration
 * first) or 'revise' (change or check something first).
 */
export const questions: readonly Question[] = [
  {
    id: 'korrekt',
    group: 'innehall',
    shortName: 'Korrekt och sakligt',
    legend: 'Är innehållet korrekt och sakligt?',
    hint: 'Kontrollera fakta, namn, datum, tider, priser och länkar. Sakligt betyder utan överdrifter och utan egna värderingar.',
    errorMessage: 'Välj om innehållet är korrekt och sakligt',
    options: [
      { id: 'ja', label: 'Ja, jag har kontrollerat det' },
      {
        id: 'nej',
        label: 'Nej, eller inte kontrollerat än',
        effect: {
          outcome: 'revise',
          reason: 'Innehållet är inte kontrollerat som korrekt och sakligt.',
          nextStep: 'Kontrollera fakta, namn, datum och länkar, och skriv om det som inte är sakligt.',
        },
      },
    ],
    rules: [rules.lamplighetsbedomning],
  },
  {
    id: 'syfte',
    group: 'innehall',
    shortName: 'Syfte',
    legend: 'Vilket syfte har inlägget främst?',
    hint: 'Välj det som passar bäst. Ren reklam, eller information som bara gäller anställda, passar sällan i sociala medier.',
    errorMessage: 'Välj vilket syfte inlägget har',
    options: [
      { id: 'inspirera', label: 'Att inspirera' },
      { id: 'kunskap', label: 'Att sprida kunskap' },
      { id: 'delaktighet', label: 'Att bjuda in till delaktighet, till exempel att fråga, tycka till eller delta' },
      {
        id: 'inget',
        label: 'Inget av dem',
        effect: {
          outcome: 'revise',
          reason: 'Inlägget har inget av de syften som riktlinjerna anger.',
          nextStep: 'Gör om inlägget så att det inspirerar, sprider kunskap eller bjuder in till delaktighet, eller använd en annan kanal.',
        },
      },
    ],
    rules: [rules.syfte, rules.andamal],
  },
  {
    id: 'grafisk-profil',
    group: 'innehall',
    shortName: 'Grafisk profil',
    legend: 'Följer inlägget Västarvets grafiska profil och kommunikationsplattform?',
    hint: 'Till exempel logotyp, färger, typsnitt, bildspråk och hur vi beskriver Västarvet.',
    errorMessage: 'Välj om inlägget följer den grafiska profilen',
    options: [
      { id: 'ja', label: 'Ja' },
      {
        id: 'nej',
        label: 'Nej',
        effect: {
          outcome: 'revise',
          reason: 'Inlägget följer inte den grafiska profilen och kommunikationsplattformen.',
          nextStep: 'Ändra bilder, logotyp och text så att de följer den grafiska profilen och kommunikationsplattformen.',
        },
      },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'revise',
          reason: 'Du vet inte om inlägget följer den grafiska profilen och kommunikationsplattformen.',
          nextStep: 'Jämför med den grafiska profilen och kommunikationsplattformen på intranätet, eller fråga kommunikationsenheten.',
        },
      },
    ],
    rules: [rules.grafiskProfil],
  },
  {
    id: 'ton',
    group: 'innehall',
    shortName: 'Ton',
    legend: 'Passar tonen för kanalen och för dem du vill nå?',
    hint: 'Sociala medier är först och främst en plats för samtal. Skriv som en människa, inte som i en annons eller ett pressmeddelande.',
    errorMessage: 'Välj om tonen passar kanalen',
    options: [
      { id: 'ja', label: 'Ja' },
      {
        id: 'nej',
        label: 'Nej',
        effect: {
          outcome: 'revise',
          reason: 'Tonen passar inte kanalen eller dem du vill nå.',
          nextStep: 'Skriv om texten så att den passar kanalen och bjuder in till samtal.',
        },
      },
    ],
    rules: [rules.dialog],
  },
  {
    id: 'sekretess',
    group: 'uppgifter',
    shortName: 'Sekretess och känsliga uppgifter',
    legend: 'Innehåller inlägget sekretessbelagda eller känsliga uppgifter?',
    hint: 'Till exempel uppgifter om en persons hälsa eller ärende, om säkerhet, larm och lås, eller beslut som inte är offentliga än. Titta också i bakgrunden på bilder: skärmar, papper och tavlor.',
    errorMessage: 'Välj om inlägget innehåller sekretessbelagda eller känsliga uppgifter',
    options: [
      {
        id: 'ja',
        label: 'Ja',
        effect: {
          outcome: 'stop',
          reason: 'Inlägget innehåller sekretessbelagda eller känsliga uppgifter.',
          nextStep: 'Ta bort de sekretessbelagda eller känsliga uppgifterna. De får aldrig publiceras.',
        },
      },
      { id: 'nej', label: 'Nej' },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'consult',
          reason: 'Du är osäker på om inlägget innehåller sekretessbelagda eller känsliga uppgifter.',
          nextStep: askChiefs,
        },
      },
    ],
    rules: [rules.sekretess],
  },
  {
    id: 'personuppgifter',
    group: 'uppgifter',
    shortName: 'Personuppgifter och personer på bild',
    legend: 'Finns det personuppgifter i inlägget, eller personer som går att känna igen på bild eller film?',
    hint: 'Personuppgifter är allt som kan kopplas till en levande person, till exempel namn, ansikte, röst, e-postadress eller telefonnummer.',
    errorMessage: 'Välj om det finns personuppgifter eller personer på bild i inlägget',
    options: [
      { id: 'ja', label: 'Ja' },
      { id: 'nej', label: 'Nej' },
    ],
    rules: [rules.krankandePersonuppgifter],
  },
  {
    id: 'krankande',
    group: 'uppgifter',
    shortName: 'Kränkande personuppgifter',
    legend: 'Kan uppgifterna eller bilderna kränka någons personliga integritet?',
    hint: 'Till exempel uppgifter om hälsa, brott, religion, etnicitet eller sexualitet, eller bilder som visar någon i en utsatt eller förnedrande situation.',
    errorMessage: 'Välj om uppgifterna eller bilderna kan kränka någons integritet',
    options: [
      {
        id: 'ja',
        label: 'Ja',
        effect: {
          outcome: 'stop',
          reason: 'Inlägget innehåller personuppgifter eller bilder som kan kränka någons integritet.',
          nextStep: 'Ta bort uppgifterna eller bilderna. Kränkande personuppgifter får inte publiceras.',
        },
      },
      { id: 'nej', label: 'Nej' },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'consult',
          reason: 'Du är osäker på om personuppgifterna eller bilderna kan kränka någons integritet.',
          nextStep: `${askChiefs} Eller ta bort uppgifterna.`,
        },
      },
    ],
    rules: [rules.krankandePersonuppgifter, rules.personuppgifter],
    showIf: { questionId: 'personuppgifter', optionIds: ['ja'] },
  },
  {
    id: 'samtycke',
    group: 'uppgifter',
    shortName: 'Samtycke',
    legend: 'Har alla som syns eller nämns sagt ja till att vara med?',
    hint: 'Fråga innan du publicerar och spara svaret, till exempel i ett mejl. För barn behöver du i regel också vårdnadshavarens ja.',
    errorMessage: 'Välj om alla som syns eller nämns har sagt ja',
    options: [
      { id: 'ja', label: 'Ja, alla har sagt ja' },
      {
        id: 'nej',
        label: 'Nej, inte alla',
        effect: {
          outcome: 'revise',
          reason: 'Alla som syns eller nämns har inte sagt ja till att vara med.',
          nextStep: 'Fråga dem som syns eller nämns och spara svaret, eller ta bort dem ur inlägget.',
        },
      },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'revise',
          reason: 'Du vet inte om alla som syns eller nämns har sagt ja till att vara med.',
          nextStep: 'Fråga dem som syns eller nämns och spara svaret, eller ta bort dem ur inlägget.',
        },
      },
    ],
    rules: [rules.personuppgifter],
    showIf: { questionId: 'personuppgifter', optionIds: ['ja'] },
  },
  {
    id: 'andras-material',
    group: 'uppgifter',
    shortName: 'Material som andra har gjort',
    legend: 'Använder du bilder, musik, film eller text som någon annan har gjort?',
    hint: 'Till exempel ett foto från en fotograf eller en bildbank, musik i en film, en logotyp eller ett citat ur en bok.',
    errorMessage: 'Välj om du använder material som någon annan har gjort',
    options: [
      { id: 'ja', label: 'Ja' },
      { id: 'nej', label: 'Nej, allt är vårt eget' },
    ],
    rules: [rules.upphovsratt],
  },
  {
    id: 'ratt-att-anvanda',
    group: 'uppgifter',
    shortName: 'Rätt att använda materialet',
    legend: 'Har Västarvet rätt att använda materialet i sociala medier?',
    hint: 'Till exempel genom en licens, ett avtal eller ett skriftligt tillstånd från den som äger materialet. Att något finns fritt på nätet betyder inte att du får använda det.',
    errorMessage: 'Välj om Västarvet har rätt att använda materialet',
    options: [
      { id: 'ja', label: 'Ja' },
      {
        id: 'nej',
        label: 'Nej',
        effect: {
          outcome: 'stop',
          reason: 'Västarvet har inte rätt att använda materialet.',
          nextStep: 'Byt ut materialet mot eget, eller mot material som Västarvet har rätt att använda.',
        },
      },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'revise',
          reason: 'Du vet inte om Västarvet har rätt att använda materialet.',
          nextStep: 'Ta reda på vem som äger materialet och vad licensen eller avtalet tillåter. Använd det inte förrän du vet.',
        },
      },
    ],
    rules: [rules.upphovsratt],
    showIf: { questionId: 'andras-material', optionIds: ['ja'] },
  },
  {
    id: 'politiskt',
    group: 'politik',
    shortName: 'Politiskt laddat',
    legend: 'Handlar inlägget om något politiskt laddat, eller om en fråga som ska beslutas politiskt?',
    hint: 'Till exempel budget, nedläggningar, omorganisationer eller frågor där partierna tycker olika.',
    errorMessage: 'Välj om inlägget handlar om något politiskt laddat',
    options: [
      { id: 'ja', label: 'Ja' },
      { id: 'nej', label: 'Nej' },
      {
        id: 'vet-inte',
        label: 'Vet inte',
        effect: {
          outcome: 'consult',
          reason: 'Du är osäker på om inlägget är politiskt laddat.',
          nextStep: askChiefs,
        },
      },
    ],
    rules: [rules.politisktLaddat],
  },
  {
    id: 'standpunkt',
    group: 'politik',
    shortName: 'Förvaltningens ståndpunkt',
    legend: 'Framför inlägget bara förvaltningens ståndpunkt, sakligt och utan personliga åsikter?',
    hint: 'Du får beskriva vad förvaltningen anser och varför, med stöd i Västarvets egna utredningar, rapporter eller dokument. Dina egna eller ett partis åsikter hör inte hemma här.',
    errorMessage: 'Välj om inlägget bara framför förvaltningens ståndpunkt',
    options: [
      { id: 'ja', label: 'Ja, det är jag säker på' },
      {
        id: 'nej',
        label: 'Nej, det finns personliga åsikter i det',
        effect: {
          outcome: 'revise',
          reason: 'Inlägget innehåller personliga åsikter i en politiskt laddad fråga.',
          nextStep: 'Ta bort de personliga åsikterna och håll dig till förvaltningens ståndpunkt.',
        },
      },
      {
        id: 'tveksam',
        label: 'Jag är tveksam',
        effect: {
          outcome: 'consult',
          reason: 'Du är tveksam till hur inlägget hanterar en politiskt laddad fråga.',
          nextStep: askChiefs,
        },
      },
    ],
    rules: [rules.forsiktighet, rules.politisktLaddat],
    showIf: { questionId: 'politiskt', optionIds: ['ja'] },
  },
  {
    id: 'debatt',
    group: 'politik',
    shortName: 'Ledare och debattinlägg',
    legend: 'Delar eller citerar du en ledare, en debattartikel eller liknande?',
    hint: 'Till exempel en ledarartikel, en insändare, en debattartikel eller ett inlägg där någon driver en åsikt.',
    errorMessage: 'Välj om du delar en ledare, en debattartikel eller liknande',
    options: [
      {
        id: 'ja',
        label: 'Ja',
        effect: {
          outcome: 'consult',
          reason: 'Inlägget delar eller citerar en ledare, en debattartikel eller liknande.',
          nextStep: 'Var varsam med sådant material. Fråga kommunikationschefen eller förvaltningschefen innan du delar det.',
        },
      },
      { id: 'nej', label: 'Nej' },
    ],
    rules: [rules.ledarsidor],
  },
  {
    id: 'konto',
    group: 'ansvar',
    shortName: 'Konto',
    legend: 'Vilket konto publicerar du från?',
    hint: 'När du skriver i tjänsten ska det tydligt framgå att du gör det som anställd.',
    errorMessage: 'Välj vilket konto du publicerar från',
    options: [
      { id: 'vastarvet', label: 'Västarvets konto' },
      {
        id: 'privat',
        label: 'Mitt privata konto',
        effect: {
          outcome: 'revise',
          reason: 'Inlägget ska publiceras i tjänsten från ett privat konto.',
          nextStep: 'Publicera från Västarvets konto. Anställda bör inte använda sina privata konton i tjänsten.',
        },
      },
    ],
    rules: [rules.iTjansten],
  },
  {
    id: 'uppdrag',
    group: 'ansvar',
    shortName: 'Uppdrag från chef',
    legend: 'Har du ett dokumenterat uppdrag från din chef att publicera i den här kanalen?',
    hint: 'Uppdraget ska du ha fått innan du börjar, och det ska vara dokumenterat, till exempel i ett mejl.',
    errorMessage: 'Välj om du har ett dokumenterat uppdrag från din chef',
    options: [
      { id: 'ja', label: 'Ja, och det är dokumenterat' },
      {
        id: 'inte-dokumenterat',
        label: 'Ja, men det är inte dokumenterat',
        effect: {
          outcome: 'revise',
          reason: 'Uppdraget från din chef är inte dokumenterat.',
          nextStep: 'Be din chef att bekräfta uppdraget skriftligt, till exempel i ett mejl, och spara det.',
        },
      },
      {
        id: 'nej',
        label: 'Nej',
        effect: {
          outcome: 'stop',
          reason: 'Du har inget uppdrag från din chef att publicera i kanalen.',
          nextStep: 'Prata med din chef. Utan ett uppdrag från chef får du inte publicera i Västarvets kanaler.',
        },
      },
    ],
    rules: [rules.uppdragFranChef],
  },
  {
    id: 'bevakning',
    group: 'ansvar',
    shortName: 'Bevakning och svar',
    legend: `Finns det någon som bevakar inlägget och kan svara på frågor ${within}?`,
    hint: 'Också när du är ledig eller sjuk. Då ska en ersättare bevaka kanalen.',
    errorMessage: 'Välj om någon kan bevaka inlägget och svara på frågor',
    options: [
      { id: 'ja', label: 'Ja' },
      {
        id: 'nej',
        label: 'Nej',
        effect: {
          outcome: 'revise',
          reason: `Ingen kan bevaka inlägget och svara på frågor ${within}.`,
          nextStep: 'Se till att du eller en ersättare kan bevaka kanalen, eller vänta med att publicera tills någon kan det.',
        },
      },
    ],
    rules: [rules.svarInom, rules.uppsikt],
  },
];
