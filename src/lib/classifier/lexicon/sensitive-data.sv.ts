import type { PatternList, WordList } from './types.ts';

/** Health, religion, ethnicity, politics, sex life and crimes: sensitive when said about an identifiable person. */
export const sensitiveSv: WordList = {
  category: 'sensitive',
  lang: 'sv',
  why: 'Känslig uppgift',
  entries: [
    { term: 'cancer', forms: 'hiv aids diabetes adhd add autism asperger schizofreni depression ångest ms als alzheimer demens epilepsi psykos anorexi bulimi ätstörning ätstörningar klamydia herpes könssjukdom missbruk alkoholism spelberoende bipolär bipolaritet borderline ocd ptsd utmattningssyndrom utbrändhet cp-skada hepatit tbc', severity: 'medium', note: 'Hälsa.' },
    { term: 'sjukskriven', forms: 'deprimerad schizofren psykotisk alkoholist narkoman missbrukare hiv-positiv hivpositiv gravid dement autistisk inlagd intagen tvångsvårdad sjukskrivna utbränd', severity: 'medium', note: 'Hälsa.' },
    { term: 'muslim', forms: 'jude judinna katolik kristen troende jehovas mormon hindu buddist ateist frikyrklig konverterat konverterade', severity: 'medium', note: 'Religion.' },
    { term: 'homosexuell', forms: 'bög lesbisk bisexuell bi trans transperson gay queer otrogen', severity: 'medium', note: 'Sexualliv och läggning.' },
    { term: 'sverigedemokrat', forms: 'sd-are sossen sosse moderat vänsterpartist kommunist nazist medlem partimedlem röstar', severity: 'medium', note: 'Politisk åsikt.' },
    { term: 'dömd', forms: 'straffad åtalad misstänkt häktad anhållen gripen fälld', severity: 'medium', note: 'Brott.' },
  ],
};

/**
 * Sensitive data about an identifiable person ("min granne Anna har hiv", "han har suttit inne").
 * What visitors say about themselves is left to the moderator.
 */
export const sensitivePatternsSv: PatternList = {
  name: 'sensitive-data',
  label: 'personal-data',
  why: 'Känsliga personuppgifter om en person',
  entries: [
    { pattern: '@person|@name|@third ..6 är|var|blev|varit ..2 @sensitive', severity: 'high', note: '"guiden är sjukskriven för depression".', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third ..6 har|hade|fick|lider ..2 @sensitive', severity: 'high', note: '"hon har hiv".', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third har|hade suttit|varit ..2 inne|fängelse|fängelset|kåken|anstalt', severity: 'high', note: '"han har suttit inne".', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third ..6 är|blev|var dömd|straffad|åtalad ..2 för', severity: 'high', note: '', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third gjorde|har gjort abort', severity: 'high', note: '', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third har ..1 brottsregister|prickar|belastningsregistret', severity: 'high', note: '', lawGround: 'olaga-integritetsintrang' },
    { pattern: '@person|@name|@third ..3 röstar|röstade på ..1 sd|sverigedemokraterna|moderaterna|vänsterpartiet|socialdemokraterna|nazisterna', severity: 'medium', note: '' },
  ],
};

/** Third persons who are identifiable to readers: "min granne", "hans fru". */
export const thirdPersonSv: WordList = {
  category: 'third',
  lang: 'sv',
  why: 'Person',
  entries: [
    { term: 'grannen', forms: 'granne grannar kollegan kollega exet exfrun exmannen exet svärmor svärfar svågern svägerskan frun fru mannen sambon dottern sonen brorsan systern mamman pappan mamma pappa syster bror', severity: 'low', note: 'Anhöriga och grannar; bara med en känslig uppgift.' },
  ],
};
