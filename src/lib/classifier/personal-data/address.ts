import type { Detection } from './detection.ts';

/**
 * The end of a street address: a Swedish street word closing a word, then a house number
 * ("...gatan 12", "...vägen 3B", "...torget 4 lgh 1102"). The street name is found by walking back
 * from here, which keeps the scan linear however long the text.
 */
const STREET_END = /(?:gatan|gata|vägen|väg|gränd|gränden|torget|torg|stigen|allén|backen|platsen|plan|leden|kajen|esplanaden|avenyn|promenaden|slingan|liden|höjden|ringen|stråket|gången|parken|hagen|street|road|avenue) \d{1,4} ?[A-Ha-h]?(?![\p{L}\p{N}])(?: ?(?:lgh|lägenhet|tr)\.? ?\d{1,4})?/gu;
/** A postcode and town: "412 56 Göteborg". */
const POSTCODE = /(?<![\d])[1-9]\d{2} ?\d{2} (?=\p{Lu})[\p{L}]{2,30}(?![\p{L}])/gu;
/** After the number: a distance, a year or a price, not a house number ("vägen 2 km"). */
const NOT_HOUSE_NUMBER = /^ ?(?:km|m|meter|minuter|min|år|kr|st|procent|%)(?![\p{L}])/iu;
const NAME_CHAR = /[\p{L}-]/u;
const DIRECTION = /^(?:östra|västra|norra|södra|lilla|stora|gamla|nya|övre|nedre)$/i;

export function findAddresses(text: string): Detection[] {
  const out: Detection[] = [];
  STREET_END.lastIndex = 0;
  for (let m = STREET_END.exec(text); m !== null; m = STREET_END.exec(text)) {
    const raw = m[0];
    const after = text.slice(m.index + raw.length, m.index + raw.length + 10);
    if (NOT_HOUSE_NUMBER.test(after)) continue;
    // Walk back over the rest of the street name (at most 30 letters).
    let s = m.index;
    while (s > 0 && m.index - s < 30 && NAME_CHAR.test(text[s - 1])) s--;
    if (s > 0 && /[\p{N}]/u.test(text[s - 1])) continue;
    const name = text.slice(s, m.index + raw.search(/ \d/));
    // A bare "vägen 2" or "torget 3" is a description, not an address: the name must be a name.
    if (!/^\p{Lu}/u.test(name) && name.length < 7) continue;
    const numberPart = /\d{1,4}/.exec(raw);
    if (numberPart && Number(numberPart[0]) > 300 && !/lgh|lägenhet|tr/.test(raw)) continue;
    // Include a preceding "Östra", "Norra" ...
    const prev = /(\p{L}+) $/u.exec(text.slice(Math.max(0, s - 8), s));
    if (prev && DIRECTION.test(prev[1])) s -= prev[0].length;
    out.push({
      start: s,
      end: m.index + raw.length,
      matched: 'gatuadress',
      methods: ['pattern'],
      explanation: `”${text.slice(s, m.index + raw.length)}” ser ut som en gatuadress.`,
      severity: 'medium',
      confidence: /^\p{Lu}/u.test(name) ? 0.85 : 0.7,
    });
  }
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      matched: 'postnummer och ort',
      methods: ['pattern'],
      explanation: `”${m[0]}” är ett postnummer med ort.`,
      severity: 'medium',
      confidence: 0.8,
    });
  }
  return out;
}
