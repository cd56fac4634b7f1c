/** "Prova ett exempel": comments as they appear on a museum's pages, one for each kind of result the tester gives. */
export interface CommentExample {
  /** The button's text. */
  name: string;
  text: string;
}

export const commentExamples: readonly CommentExample[] = [
  {
    name: 'En fråga',
    text: 'Hej! Vi var på Vitlycke museum i somras och det var jättefint. Har ni öppet under jullovet, och kostar det något för barn?',
  },
  {
    name: 'Svordomar och påhopp',
    text: 'Vad f*n håller ni på med?? Den där guiden är en j4vla idiot som inte kan någonting.',
  },
  {
    name: 'Personuppgifter',
    text: 'Jag har inte fått någon återbetalning. Ring mig på 070-123 45 67, mitt personnummer är 811218-9876.',
  },
  {
    name: 'Hot',
    text: 'Jag vet var du bor. Du kommer få ångra dig om ni inte ändrar beslutet.',
  },
  {
    name: 'Reklam',
    text: 'Tjäna 10 000 kr i veckan hemifrån!! Skriv DM till mig eller klicka på bit.ly/snabbapengar',
  },
  {
    name: 'Hård men tillåten kritik',
    text: 'Uselt skött museum. Ni slösar med skattepengar och utställningen var tråkig.',
  },
];
