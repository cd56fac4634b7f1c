import type { DetectionMethod, Finding } from '../classifier/types.ts';

/** The ways a word can be hidden, in words staff understand. Methods that are not disguises are absent. */
const disguiseNames: Partial<Record<DetectionMethod, string>> = {
  leetspeak: 'siffror eller tecken i stället för bokstäver',
  'spaced-letters': 'bokstäver med mellanslag eller punkter emellan',
  'repeated-letters': 'upprepade bokstäver',
  homoglyph: 'bokstäver från ett annat alfabet som ser likadana ut',
  'missing-diacritics': 'a och o i stället för å, ä och ö',
  'invisible-characters': 'osynliga tecken mellan bokstäverna',
  fullwidth: 'breda tecken',
};

/** How the engine found it, for the curious: shown after the explanation. */
const methodNames: Record<DetectionMethod, string> = {
  lexicon: 'ordlista',
  pattern: 'mönster',
  leetspeak: 'siffror som bokstäver',
  'spaced-letters': 'utspridda bokstäver',
  'repeated-letters': 'upprepade bokstäver',
  homoglyph: 'förväxlingsbara tecken',
  'missing-diacritics': 'saknade prickar',
  'invisible-characters': 'osynliga tecken',
  fullwidth: 'breda tecken',
  compound: 'sammansatt ord',
  checksum: 'kontrollsiffra',
  context: 'sammanhang',
  learned: 'inlärd modell',
};

export function methodName(method: DetectionMethod): string {
  return methodNames[method] ?? method;
}

/**
 * "”j4vla” läses som ”jävla” (siffror eller tecken i stället för bokstäver)", or null when the word was written
 * plainly. Staff then see why a word that looks harmless was flagged.
 */
export function disguiseNote(finding: Pick<Finding, 'text' | 'matched' | 'methods'>): string | null {
  const ways = finding.methods.flatMap((m) => disguiseNames[m] ?? []);
  if (ways.length === 0) return null;
  const shown = finding.text.replace(/\s+/gu, ' ').trim();
  if (shown.toLocaleLowerCase('sv') === finding.matched.toLocaleLowerCase('sv')) return null;
  return `Förklätt ord: ”${shown}” läses som ”${finding.matched}” (${[...new Set(ways)].join(', ')}).`;
}

/** Confidence in words: numbers mean little to a moderator. */
export function confidenceWord(confidence: number): string {
  if (confidence >= 0.85) return 'säker';
  if (confidence >= 0.6) return 'ganska säker';
  return 'osäker, bedöm själv';
}
