/**
 * Real words that contain a swear word's letters, or turn into one when a rule undoes an evasion.
 * A word here is never flagged, however it was typed. Add to this list when a harmless word is
 * flagged; never remove a word from a lexicon to silence one. The note after each word is for the
 * reviewer and is not shipped to the browser.
 */
export const allowedWordsSv: readonly string[] = [
  'skittles', // Godis.
  'skitt',
  'skits', // Engelska sketcher.
  'skitsa', // Stavning av skissa.
  'helvetica', // Typsnitt.
  'helvetisk', // Schweizisk.
  'helvetiska', // Schweizisk.
  'helvetiskt', // Schweizisk.
  'fittja', // Ort i Botkyrka.
  'pissoar', // Urinoar.
  'pissoaren', // Urinoar.
  'pissoarer', // Urinoar.
  'knullrufs', // Vardagligt om rufsigt hår; lämnas åt moderatorn.
  'kukeliku', // Tuppens galande.
  'porrima', // Stjärna.
  'pissarro', // Konstnären Camille Pissarro.
  'pissarros', // Konstnären Camille Pissarro.
  'kukkola', // By i Tornedalen.
  'kukkolaforsen', // Fors i Torne älv.
  'kukkolaforsens', // Fors i Torne älv.
  'skittle', // Spel.
  'fittjaskolan', // Skola i Fittja.
  'negeringen', // Grammatik.
  'negera', // Grammatik.
  'negerar', // Grammatik.
  'negeras', // Grammatik.
  'blattefilm',
  'kuksa', // Träkåsa.
  'kuksan', // Träkåsa.
  'kuksor', // Träkåsor.
  'kuksorna', // Träkåsor.
  'helvetesfallet', // Jättegrytor i Älvdalen, också först i en mening.
  'runkalender', // Kalender med runor.
  'runkalendern', // Kalender med runor.
  'runkalendrar', // Kalendrar med runor.
  'kukkonen', // Efternamn från Tornedalen.
];

/**
 * Swedish words that a form without å, ä or ö would collide with. "rov" is not a badly typed
 * "röv", "bog" not "bög", "kon" not "kön".
 */
export const realWordsWithoutDiacriticsSv: readonly string[] = [
  'rov', 'roven', 'bog', 'bogen', 'kat', 'kata', 'kon', 'hora', 'javel', 'as', 'fet', 'dor', 'do', 'lida', 'hor', 'tar',
  'slakt', 'bar', 'var', 'far', 'for', 'fora', 'bat', 'gar', 'nar', 'sma', 'sag', 'dar', 'har', 'lat', 'latt', 'ata', 'ol', 'mor', 'stort', 'storta', 'man', 'loss', 'skara',
];
