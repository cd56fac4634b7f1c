import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** Health, religion, ethnicity, politics, sex life and crimes: sensitive when said about an identifiable person. */
export const sensitiveSv: WordList = {
  category: 'sensitive',
  lang: 'sv',
  why: 'Känslig uppgift',
  entries: wordEntries([
    // Hälsa.
    'm: hiv aids adhd add autism asperger schizofreni ångest ms als alzheimer alzheimers anorexi bulimi ätstörning ätstörningar klamydia herpes könssjukdom spelberoende bipolär bipolaritet borderline ocd ptsd utmattningssyndrom utbrändhet cp-skada hepatit tbc',
    // Också sist i en sammansättning: bröstcancer, typ 2-diabetes, förlossningsdepression.
    'm end: cancer diabetes depression demens epilepsi psykos missbruk alkoholism stroke',
    // Hälsa.
    'm: sjukskriven deprimerad schizofren psykotisk alkoholist narkoman missbrukare hiv-positiv hivpositiv gravid dement autistisk inlagd intagen tvångsvårdad sjukskrivna utbränd',
    // Religion.
    'm: muslim jude judinna katolik kristen troende jehovas mormon hindu buddist ateist frikyrklig konverterat konverterade islam judendomen',
    // Sexualliv och läggning.
    'm: homosexuell bög lesbisk bisexuell bi trans transperson gay queer otrogen',
    // Politisk åsikt.
    'm: sverigedemokrat sverigedemokraterna sd sd-are sossen sosse moderat vänsterpartist kommunist nazist medlem partimedlem röstar',
    // Brott.
    'm: dömd straffad åtalad misstänkt häktad anhållen gripen fälld',
  ]),
};

/**
 * Sensitive data about an identifiable person ("min granne Anna har hiv", "han har suttit inne").
 * What visitors say about themselves is left to the moderator.
 */
export const sensitivePatternsSv: PatternList = {
  name: 'sensitive-data',
  label: 'personal-data',
  why: 'Känsliga personuppgifter om en person',
  entries: patternEntries([
    // "guiden är sjukskriven för depression".
    'h olaga-integritetsintrang: @person|@name|@third ..9 är|var|blev|varit ..2 @sensitive',
    // "hon har hiv", "dog av bröstcancer", "konverterade till islam", "ligger på lasarettet efter en stroke".
    'h olaga-integritetsintrang: @person|@name|@third ..9 har|hade|fick|lider|haft|dog|avled|konverterade|konverterat|ligger|låg ..3 @sensitive',
    // "Hon berättade att hon haft bröstcancer": om en person som nämnts tidigare.
    'h olaga-integritetsintrang: han|hon|hen [har|hade] haft|fått ..1 @sensitive',
    // Sexliv: "hon ligger med chefen".
    'h olaga-integritetsintrang: @person|@name|@third|han|hon|hen ..3 ligger|låg|legat|knullar|sover med ..2 @person|@name|chefen|chefens|sin|sina|sitt|någon|gift|gifta',
    // "han har suttit inne för misshandel", "satt i fängelse", "har åkt fast för": also an accusation
    // (personal-attack), as 30 of 33 such comments in the dev corpus were labelled.
    'h olaga-integritetsintrang +personal-attack: @person|@name|@third ..9 suttit|satt|sitter ..2 inne|dit ..2 för',
    'h olaga-integritetsintrang +personal-attack: @person|@name|@third ..9 suttit|satt|sitter|hamnat|hamnade ..2 fängelse|fängelset|kåken|finkan|anstalt',
    'h olaga-integritetsintrang +personal-attack: @person|@name|@third ..9 åkt|åkte ..1 fast|dit ..1 för',
    'h olaga-integritetsintrang +personal-attack: @person|@name|@third ..6 är|blev|var dömd|straffad|åtalad ..2 för',
    'h olaga-integritetsintrang: @person|@name|@third gjorde|har gjort abort',
    'h olaga-integritetsintrang +personal-attack: @person|@name|@third har ..1 brottsregister|prickar|belastningsregistret',
    'm: @person|@name|@third ..3 röstar|röstade på ..1 sd|sverigedemokraterna|moderaterna|vänsterpartiet|socialdemokraterna|nazisterna',
  ]),
};

/** Third persons who are identifiable to readers: "min granne", "hans fru". */
export const thirdPersonSv: WordList = {
  category: 'third',
  lang: 'sv',
  why: 'Person',
  entries: wordEntries([
    // Anhöriga och grannar; bara med en känslig uppgift.
    'l: grannen granne grannar kollegan kollega exet exfrun exmannen svärmor svärfar svågern svägerskan frun fru mannen sambon dottern sonen brorsan systern mamman pappan mamma pappa syster bror',
  ]),
};
