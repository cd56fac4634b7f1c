import { answerRule, ruleLocations } from '../guideline/index.ts';
import { guidelinePurposes, integratedPartLocation, purposeRule } from './purposes.ts';
import type { ChecklistDef, TextFieldDef } from './types.ts';

/**
 * The checklist, field by field: the single source for the form, its validation, the summary, the
 * PDF, the blank fillable PDF and the e-mail. A change to a field is a change here and nowhere else.
 */

const nameMax = 100;
const textareaMax = 2000;

const tooLong = (what: string, max: number) => `${what} får vara högst ${max} tecken`;
const emailInvalid = 'Skriv e-postadressen i rätt format, till exempel fornamn.efternamn@vgregion.se';

/** Name, title and e-mail of one person: asked the same way for each of the three people. */
function person(prefix: string, who: string, whose: string, extra: Partial<Record<'email', Partial<TextFieldDef>>> = {}): TextFieldDef[] {
  return [
    {
      id: `${prefix}-name`,
      kind: 'text',
      label: 'Namn',
      shortLabel: `${who}, namn`,
      required: true,
      maxLength: nameMax,
      inMail: true,
      messages: { required: `Skriv ${whose} namn`, tooLong: tooLong('Namnet', nameMax) },
    },
    {
      id: `${prefix}-title`,
      kind: 'text',
      label: 'Befattning',
      shortLabel: `${who}, befattning`,
      required: true,
      maxLength: nameMax,
      messages: { required: `Skriv ${whose} befattning`, tooLong: tooLong('Befattningen', nameMax) },
    },
    {
      id: `${prefix}-email`,
      kind: 'email',
      label: 'E-postadress',
      shortLabel: `${who}, e-post`,
      required: true,
      maxLength: nameMax,
      width: 'long',
      messages: { required: `Skriv ${whose} e-postadress`, tooLong: tooLong('E-postadressen', nameMax), invalid: emailInvalid },
      ...extra.email,
    },
  ];
}

const weekdays = answerRule.countsWeekdaysOnly ? ' på vardagar' : '';

export const checklist: ChecklistDef = {
  title: 'Checklista för startande av digital kanal',
  sections: [
    {
      id: 'kanalen',
      heading: 'Kanalen',
      groups: [
        {
          id: 'plattform',
          fields: [
            {
              id: 'platform',
              kind: 'radios',
              label: 'Vilken plattform ska kanalen finnas på?',
              shortLabel: 'Plattform',
              required: true,
              inMail: true,
              options: [
                { value: 'facebook', label: 'Facebook' },
                { value: 'instagram', label: 'Instagram' },
                { value: 'linkedin', label: 'LinkedIn' },
                { value: 'youtube', label: 'YouTube' },
                { value: 'tiktok', label: 'TikTok' },
                { value: 'annan', label: 'En annan plattform' },
              ],
              messages: { required: 'Välj vilken plattform kanalen ska finnas på' },
            },
            {
              id: 'platform-other',
              kind: 'text',
              label: 'Vilken plattform?',
              shortLabel: 'Annan plattform',
              required: true,
              showWhen: { field: 'platform', value: 'annan' },
              maxLength: nameMax,
              inMail: true,
              messages: { required: 'Skriv vilken plattform kanalen ska finnas på', tooLong: tooLong('Plattformens namn', nameMax) },
            },
            {
              id: 'account-name',
              kind: 'text',
              label: 'Vad ska kontot heta?',
              shortLabel: 'Kontots namn',
              hint: 'Namnet som visas på plattformen.',
              required: true,
              maxLength: nameMax,
              width: 'long',
              inMail: true,
              messages: { required: 'Skriv vad kontot ska heta', tooLong: tooLong('Kontots namn', nameMax) },
            },
            {
              id: 'address',
              kind: 'url',
              label: 'Kontots adress (om kontot redan finns)',
              shortLabel: 'Adress',
              hint: 'Till exempel https://www.instagram.com/kontonamn. Lämna tomt om kontot inte finns än.',
              required: false,
              maxLength: 300,
              width: 'long',
              inMail: true,
              messages: {
                required: 'Skriv kontots adress',
                tooLong: tooLong('Adressen', 300),
                invalid: 'Skriv adressen i rätt format, till exempel https://www.instagram.com/kontonamn',
              },
            },
            {
              id: 'unit',
              kind: 'text',
              label: 'Vilken del av Västarvet står bakom kanalen?',
              shortLabel: 'Del av Västarvet',
              hint: 'Till exempel ett museum, en enhet eller ett projekt.',
              required: true,
              maxLength: 200,
              width: 'long',
              inMail: true,
              messages: { required: 'Skriv vilken del av Västarvet som står bakom kanalen', tooLong: tooLong('Svaret', 200) },
            },
            {
              id: 'planned-start',
              kind: 'date',
              label: 'När vill ni starta kanalen?',
              shortLabel: 'Planerad start',
              required: true,
              maxLength: 10,
              width: 'short',
              inMail: true,
              messages: {
                required: 'Skriv när ni vill starta kanalen',
                tooLong: 'Planerad start måste vara ett riktigt datum',
                invalid: 'Planerad start måste vara ett riktigt datum, till exempel 2027-03-01',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'syfte',
      heading: 'Syfte och målgrupp',
      groups: [
        {
          id: 'syfte-faltet',
          fields: [
            {
              id: 'purposes',
              kind: 'checkboxes',
              label: 'Vilka av riktlinjernas syften ska kanalen uppfylla?',
              shortLabel: 'Syften',
              hint: 'Välj alla som stämmer.',
              rule: purposeRule,
              required: true,
              inMail: true,
              options: guidelinePurposes.map(({ value, label }) => ({ value, label })),
              messages: { required: 'Välj minst ett av riktlinjernas syften' },
            },
            {
              id: 'audience',
              kind: 'textarea',
              label: 'Vilka vill ni nå med kanalen?',
              shortLabel: 'Målgrupp',
              hint: 'Beskriv målgruppen, till exempel lärare, barnfamiljer eller forskare. Olika kanaler når olika målgrupper.',
              rule: { location: ruleLocations.dialog, text: 'Läs om kanaler och målgrupper' },
              required: true,
              maxLength: textareaMax,
              inMail: true,
              messages: { required: 'Beskriv vilka ni vill nå med kanalen', tooLong: tooLong('Beskrivningen av målgruppen', textareaMax) },
            },
            {
              id: 'complements',
              kind: 'textarea',
              label: 'Hur kompletterar kanalen Västarvets andra kanaler?',
              shortLabel: 'Förhållande till andra kanaler',
              hint: 'Berätta vilka kanaler som redan når samma målgrupp och vad den nya kanalen tillför.',
              rule: { location: integratedPartLocation, text: 'Läs om sociala medier som en del av all kommunikation' },
              required: true,
              maxLength: textareaMax,
              messages: { required: 'Beskriv hur kanalen kompletterar Västarvets andra kanaler', tooLong: tooLong('Beskrivningen', textareaMax) },
            },
          ],
        },
      ],
    },
    {
      id: 'ansvar',
      heading: 'Ansvar och tid',
      groups: [
        {
          id: 'ansvarig',
          legend: 'Ansvarig medarbetare',
          hint: 'Den som har det dagliga ansvaret för kanalen.',
          fields: person('responsible', 'Ansvarig', 'den ansvariga medarbetarens'),
        },
        {
          id: 'chef',
          legend: 'Chefen som gav uppdraget',
          hint: 'Du måste ha ett dokumenterat uppdrag från din chef innan du börjar. Checklistan skickas till den här chefen.',
          rule: { location: ruleLocations.uppdragFranChef, text: 'Läs regeln om uppdrag från chef' },
          fields: [
            ...person('manager', 'Chef', 'chefens'),
            {
              id: 'assignment-date',
              kind: 'date',
              label: 'Datum för uppdraget',
              shortLabel: 'Uppdraget gavs',
              required: true,
              maxLength: 10,
              width: 'short',
              notAfterToday: true,
              messages: {
                required: 'Skriv vilket datum chefen gav uppdraget',
                tooLong: 'Datum för uppdraget måste vara ett riktigt datum',
                invalid: 'Datum för uppdraget måste vara ett riktigt datum, till exempel 2026-11-02',
                future: 'Datum för uppdraget kan inte vara senare än i dag',
              },
            },
          ],
        },
        {
          id: 'ersattare',
          legend: 'Ersättare',
          hint: 'Den som sköter kanalen när den ansvariga är borta.',
          rule: { location: ruleLocations.uppsikt, text: 'Läs regeln om uppsikt och ersättare' },
          fields: person('substitute', 'Ersättare', 'ersättarens', {
            email: {
              differentFrom: 'responsible-email',
              messages: {
                required: 'Skriv ersättarens e-postadress',
                tooLong: tooLong('E-postadressen', nameMax),
                invalid: emailInvalid,
                same: 'Ersättaren måste vara en annan person än den ansvariga medarbetaren',
              },
            },
          }),
        },
        {
          id: 'tid',
          fields: [
            {
              id: 'hours-per-week',
              kind: 'number',
              label: 'Hur många timmar i veckan har ni avsatt för att bevaka och svara i kanalen?',
              shortLabel: 'Timmar per vecka',
              hint: 'Räkna med tid för att läsa kommentarer, svara och ta bort det som inte får stå kvar. Skriv till exempel 3 eller 2,5.',
              required: true,
              maxLength: 6,
              width: 'short',
              min: 0.5,
              max: 40,
              inMail: true,
              messages: {
                required: 'Skriv hur många timmar i veckan ni har avsatt',
                tooLong: 'Antal timmar måste vara ett tal, till exempel 3 eller 2,5',
                invalid: 'Antal timmar måste vara ett tal, till exempel 3 eller 2,5',
                tooSmall: 'Antal timmar måste vara minst 0,5',
                tooLarge: 'Antal timmar kan vara högst 40',
              },
            },
            {
              id: 'answer-routine',
              kind: 'textarea',
              label: `Hur ser ni till att frågor besvaras inom ${answerRule.hours} timmar${weekdays}?`,
              shortLabel: `Svar inom ${answerRule.hours} timmar`,
              hint: 'Beskriv till exempel vem som bevakar kanalen vilka dagar och hur ersättaren tar över.',
              rule: { location: answerRule.location, text: `Läs regeln om svar inom ${answerRule.hours} timmar` },
              required: true,
              maxLength: textareaMax,
              messages: {
                required: `Beskriv hur ni ser till att frågor besvaras inom ${answerRule.hours} timmar`,
                tooLong: tooLong('Beskrivningen', textareaMax),
              },
            },
          ],
        },
      ],
    },
    {
      id: 'rutiner',
      heading: 'Regler och rutiner',
      groups: [
        {
          id: 'rutiner-falten',
          fields: [
            {
              id: 'login-handover',
              kind: 'radios',
              label: 'Har kommunikationsenheten fått inloggningsuppgifterna till kontot?',
              shortLabel: 'Inloggningsuppgifter till kommunikationsenheten',
              rule: { location: ruleLocations.inloggning, text: 'Läs regeln om inloggningsuppgifter' },
              required: true,
              options: [
                { value: 'ja', label: 'Ja' },
                { value: 'nar-kontot-finns', label: 'Nej, vi lämnar dem när kontot är skapat' },
                { value: 'nej', label: 'Nej' },
              ],
              messages: { required: 'Välj om kommunikationsenheten har fått inloggningsuppgifterna' },
            },
            {
              id: 'login-handover-why',
              kind: 'textarea',
              label: 'Varför får kommunikationsenheten inte inloggningsuppgifterna?',
              shortLabel: 'Varför inte inloggningsuppgifter',
              required: true,
              showWhen: { field: 'login-handover', value: 'nej' },
              maxLength: textareaMax,
              messages: {
                required: 'Beskriv varför kommunikationsenheten inte får inloggningsuppgifterna',
                tooLong: tooLong('Beskrivningen', textareaMax),
              },
            },
            {
              id: 'org-identity',
              kind: 'textarea',
              label: 'Hur syns det att kontot är Västarvets och att ni skriver i tjänsten?',
              shortLabel: 'Det syns att kontot är Västarvets',
              hint: 'Till exempel i kontots namn, profilbild och presentation.',
              rule: { location: ruleLocations.iTjansten, text: 'Läs regeln om att skriva i tjänsten' },
              required: true,
              maxLength: textareaMax,
              messages: { required: 'Beskriv hur det syns att kontot är Västarvets', tooLong: tooLong('Beskrivningen', textareaMax) },
            },
            {
              id: 'graphic-profile',
              kind: 'radios',
              label: 'Följer kontot Västarvets grafiska profil?',
              shortLabel: 'Grafisk profil',
              hint: 'Till exempel profilbild, omslagsbild och färger.',
              rule: { location: ruleLocations.grafiskProfil, text: 'Läs regeln om grafisk profil' },
              required: true,
              options: [
                { value: 'ja', label: 'Ja' },
                { value: 'nej', label: 'Nej' },
              ],
              messages: { required: 'Välj om kontot följer Västarvets grafiska profil' },
            },
            {
              id: 'graphic-profile-why',
              kind: 'textarea',
              label: 'Varför följer kontot inte den grafiska profilen?',
              shortLabel: 'Varför inte grafisk profil',
              required: true,
              showWhen: { field: 'graphic-profile', value: 'nej' },
              maxLength: textareaMax,
              messages: {
                required: 'Beskriv varför kontot inte följer den grafiska profilen',
                tooLong: tooLong('Beskrivningen', textareaMax),
              },
            },
            {
              id: 'comment-rules',
              kind: 'textarea',
              label: 'Var i kanalen publicerar ni reglerna för vad kommentarer inte får innehålla?',
              shortLabel: 'Regler för kommentarer',
              hint: 'Till exempel i kontots presentation eller i ett fäst inlägg.',
              rule: { location: ruleLocations.attTankaPa, text: 'Läs reglerna för kommentarer' },
              required: true,
              maxLength: textareaMax,
              messages: { required: 'Beskriv var i kanalen ni publicerar reglerna för kommentarer', tooLong: tooLong('Beskrivningen', textareaMax) },
            },
            {
              id: 'searchable',
              kind: 'textarea',
              label: 'Hur håller ni inlägg och kommentarer ordnade så att de är lätta att söka fram?',
              shortLabel: 'Sökbara inlägg',
              hint: 'Till exempel i kronologisk ordning eller efter avsändare.',
              rule: { location: ruleLocations.sokbarhet, text: 'Läs regeln om sökbara inlägg' },
              required: true,
              maxLength: textareaMax,
              messages: { required: 'Beskriv hur ni håller inlägg och kommentarer sökbara', tooLong: tooLong('Beskrivningen', textareaMax) },
            },
            {
              id: 'gallring',
              kind: 'text',
              label: 'Vilket gallringsbeslut gäller för kanalen?',
              shortLabel: 'Gallringsbeslut',
              hint: 'Skriv beslutets namn eller diarienummer. Fråga arkivet om du inte vet.',
              rule: { location: ruleLocations.gallring, text: 'Läs regeln om gallringsbeslut' },
              required: true,
              maxLength: 200,
              width: 'long',
              messages: { required: 'Skriv vilket gallringsbeslut som gäller för kanalen', tooLong: tooLong('Svaret', 200) },
            },
            {
              id: 'political',
              kind: 'textarea',
              label: 'Hur hanterar ni politiskt laddade frågor och kommentarer?',
              shortLabel: 'Politiskt laddade frågor',
              hint: 'Beskriv vem ni vänder er till när ni är osäkra.',
              rule: { location: ruleLocations.politisktLaddat, text: 'Läs om politiskt laddat innehåll' },
              required: true,
              maxLength: textareaMax,
              messages: { required: 'Beskriv hur ni hanterar politiskt laddade frågor', tooLong: tooLong('Beskrivningen', textareaMax) },
            },
            {
              id: 'terms-read',
              kind: 'checkboxes',
              label: 'Plattformens användarvillkor',
              shortLabel: 'Användarvillkoren',
              required: true,
              options: [{ value: 'ja', label: 'Jag har läst plattformens användarvillkor' }],
              messages: { required: 'Läs plattformens användarvillkor och kryssa i rutan' },
            },
          ],
        },
      ],
    },
  ],
  decision: {
    heading: 'Beslut',
    intro: 'Fylls i av närmaste chef och Västarvets kommunikationschef.',
    deciders: [
      { id: 'manager', heading: 'Närmaste chef' },
      { id: 'comms-chief', heading: 'Kommunikationschef' },
    ],
    outcomeLabel: 'Beslut',
    outcomes: [
      { value: 'godkand', label: 'Godkänd' },
      { value: 'inte-godkand', label: 'Inte godkänd' },
    ],
    dateLabel: 'Datum',
    nameLabel: 'Namn',
    signatureLabel: 'Underskrift',
    commentLabel: 'Kommentar',
  },
};
