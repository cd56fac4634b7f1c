/**
 * Real words that contain a swear word's letters, or turn into one when a rule undoes an evasion.
 * A word here is never flagged, however it was typed. Add to this list when a harmless word is
 * flagged; never remove a word from a lexicon to silence one.
 */
export const allowedWordsSv: readonly { word: string; note: string }[] = [
  { word: 'skittles', note: 'Godis.' },
  { word: 'skitt', note: '' },
  { word: 'skits', note: 'Engelska sketcher.' },
  { word: 'skitsa', note: 'Stavning av skissa.' },
  { word: 'helvetica', note: 'Typsnitt.' },
  { word: 'helvetisk', note: 'Schweizisk.' },
  { word: 'helvetiska', note: 'Schweizisk.' },
  { word: 'helvetiskt', note: 'Schweizisk.' },
  { word: 'fittja', note: 'Ort i Botkyrka.' },
  { word: 'pissoar', note: 'Urinoar.' },
  { word: 'pissoaren', note: 'Urinoar.' },
  { word: 'pissoarer', note: 'Urinoar.' },
  { word: 'knullrufs', note: 'Vardagligt om rufsigt hår; lämnas åt moderatorn.' },
  { word: 'kukeliku', note: 'Tuppens galande.' },
  { word: 'porrima', note: 'Stjärna.' },
  { word: 'pissarro', note: 'Konstnären Camille Pissarro.' },
  { word: 'pissarros', note: 'Konstnären Camille Pissarro.' },
  { word: 'kukkola', note: 'By i Tornedalen.' },
  { word: 'kukkolaforsen', note: 'Fors i Torne älv.' },
  { word: 'kukkolaforsens', note: 'Fors i Torne älv.' },
  { word: 'skittle', note: 'Spel.' },
  { word: 'fittjaskolan', note: 'Skola i Fittja.' },
  { word: 'negeringen', note: 'Grammatik.' },
  { word: 'negera', note: 'Grammatik.' },
  { word: 'negerar', note: 'Grammatik.' },
  { word: 'negeras', note: 'Grammatik.' },
  { word: 'blattefilm', note: '' },
  { word: 'kuksa', note: 'Träkåsa.' },
  { word: 'kuksan', note: 'Träkåsa.' },
  { word: 'kuksor', note: 'Träkåsor.' },
  { word: 'kuksorna', note: 'Träkåsor.' },
];

/**
 * Swedish words that a form without å, ä or ö would collide with. "rov" is not a badly typed
 * "röv", "bog" not "bög", "kon" not "kön".
 */
export const realWordsWithoutDiacriticsSv: readonly string[] = [
  'rov', 'roven', 'bog', 'bogen', 'kat', 'kata', 'kon', 'hora', 'javel', 'as', 'fet', 'dor', 'do', 'lida', 'hor', 'tar',
  'slakt', 'bar', 'var', 'far', 'for', 'fora', 'bat', 'gar', 'nar', 'sma', 'sag', 'dar', 'har', 'lat', 'latt', 'ata', 'ol', 'mor',
];
