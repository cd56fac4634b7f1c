/**
 * Replies staff can copy and adapt. Text in [hakparentes] is for the moderator to fill in before posting.
 * The guideline sends personal matters to e-mail, phone or letter, and answers politically charged questions
 * by referring to the organisation's own reports; these texts follow that.
 */
export interface ReplySuggestion {
  id: 'removed' | 'personal-data' | 'more-time' | 'political';
  /** When to use it, as a heading. */
  title: string;
  text: string;
}

export const replySuggestions: readonly ReplySuggestion[] = [
  {
    id: 'removed',
    title: 'När du har tagit bort en kommentar',
    text:
      'Hej! Vi har tagit bort din kommentar eftersom den inte följde våra regler för kommentarer. ' +
      'Du är välkommen att skriva igen, så länge du håller en vänlig ton. Reglerna finns här: [länk till reglerna].',
  },
  {
    id: 'personal-data',
    title: 'När kommentaren innehöll personuppgifter',
    text:
      'Hej! Vi har tagit bort din kommentar eftersom den innehöll personuppgifter. ' +
      'Skicka inte personuppgifter här, för din egen skull. Mejla oss i stället på [e-postadress], ' +
      'ring [telefonnummer] eller skriv ett brev till [postadress], så hjälper vi dig.',
  },
  {
    id: 'more-time',
    title: 'När frågan behöver mer tid',
    text:
      'Hej och tack för din fråga! Vi tar reda på svaret och återkommer senast [dag och datum]. ' +
      'Vi hör av oss här i tråden.',
  },
  {
    id: 'political',
    title: 'När frågan är politiskt laddad',
    text:
      'Hej och tack för din fråga! Västarvet tar inte ställning i politiska frågor, men du kan läsa om ärendet ' +
      'i vår rapport [rapportens namn]: [länk till rapporten]. Har du fler frågor om den är du välkommen att höra av dig.',
  },
];
