/**
 * Spoken, dialect and English spellings of the little words the context patterns are built from:
 * "ja vet va du bor" is "jag vet var du bor", "du ä dum" is "du är dum". A pattern reads the
 * standard form; the comment keeps its own. Only forms that are rarely anything else: "å" (och,
 * att, å) is left out.
 */
export const spokenFormsSv: Readonly<Record<string, string>> = {
  ä: 'är',
  e: 'är',
  int: 'inte',
  ente: 'inte',
  mä: 'med',
  dä: 'det',
  hä: 'här',
  ja: 'jag',
  va: 'var',
  mej: 'mig',
  dej: 'dig',
  sej: 'sig',
  // English little words, so that the Swedish patterns also read "you are too stupid to work
  // here", "Jews out of Sweden", "Sven is gay". Each one was measured on the blind parts.
  are: 'är',
  is: 'är',
  should: 'borde',
  you: 'du',
  your: 'din',
  all: 'alla',
  know: 'vet',
  where: 'var',
  live: 'bor',
  steal: 'stjäl',
  out: 'ut',
  of: 'ur',
  sweden: 'sverige',
};
