import type { PatternList, WordList } from './types.ts';

/** What stereotypes say about a group: used only right after a group word. */
export const stereotypeSv: WordList = {
  category: 'stereotype',
  lang: 'sv',
  why: 'Fördom',
  entries: [
    { term: 'kriminella', forms: 'onaturligt onaturliga onormalt synd sjukdom överlägsna överlägsen herrefolk trend fas sjukdom psykiskt störda horor kriminell brottslingar tjuvar våldtäktsmän terrorister snyltare bidragstagare bidragsparasiter lata dumma korkade äckliga smutsiga sjuka perversa onormala sämre underlägsna mindre primitiva ociviliserade farliga falska giriga hysteriska känslostyrda svaga efterblivna ointelligenta obildade odugliga värdelösa problemet ett problem en belastning en fara ett hot pedofiler äckel snikna opålitliga', severity: 'medium', note: 'Fördomar om grupper.' },
  ],
};

/**
 * Demeaning people for ethnicity, origin, religion, sex, gender identity or sexual orientation.
 * Mentioning a group, its history or discrimination against it matches none of these.
 */
export const discriminationPatternsSv: PatternList = {
  name: 'discrimination',
  label: 'discrimination',
  why: 'Nedsättande om en grupp',
  entries: [
    { pattern: '@group är|e|blir|var [ju|alltid|bara|helt|så|typiskt|sjukt|jävligt|allihop|alla] [så|fan|jävla|mer|mindre|ett|en] @stereotype|@dehumanising|@insult-adj', severity: 'high', note: '"invandrare är kriminella".' },
    { pattern: 'alla @group ..4 är|e ..3 @stereotype|@dehumanising|@insult-adj|@insult|@profanity', severity: 'high', note: '"alla muslimer är terrorister".' },
    { pattern: '@group ..4 är|e [ju|bara|alla|allihop] @insult|@profanity|@insult-noun', severity: 'high', note: '"tjejer som jobbar där är horor".' },
    { pattern: '@group|@slur ..4 tar|tagit|tog över', severity: 'high', note: 'Konspirationsteorier om grupper.' },
    { pattern: '@group|@slur ..4 styr|kontrollerar|ligger bakom', severity: 'high', note: 'Konspirationsteorier.' },
    { pattern: '@group @stereotype|@dehumanising', severity: 'high', note: '"invandrare = kriminella".' },
    { pattern: '@group ..3 som dårar|idioter|djur|apor|galningar|svin|grisar', severity: 'high', note: '"asiater kör som dårar".' },
    { pattern: '@group ..2 propaganda|indoktrinering|agenda|lobbyn|lobbyn', severity: 'high', note: '' },
    { pattern: 'gay|homosexuality|trans|transgender is|are not natural|normal', severity: 'high', note: 'Engelska.' },
    { pattern: 'det förklarar en|allt|saken|mycket', severity: 'medium', note: 'Efter en uppgift om ursprung eller religion.', weight: 0.6 },
    { pattern: '@person|@name ..4 är ..1 @group', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'typisk|typiskt|typiska @group ..1 mentalitet|kultur|beteende|hjärna|logik', severity: 'high', note: '"typisk arabisk mentalitet".' },
    { pattern: '@group ..6 väskor|väskorna|plånböcker|plånboken|bilar|bilarna|ficktjuvar|stjäl|snor', severity: 'high', note: 'Fördom om stöld.', weight: 0.6 },
    { pattern: 'vakta|lås|göm|håll era|dina|din ..2 väskor|väskorna|plånböcker|plånboken|bilar|bilarna|saker', severity: 'medium', note: 'Varning som bygger på fördom, räknas bara med en grupp.', weight: 0.5 },
    { pattern: 'för att hon|han|hen|de|dom är tjej|kvinna|kille|invandrare|svart|muslim|kvotering|kvoterad', severity: 'high', note: '"fick jobbet för att hon är tjej".' },
    { pattern: '@person|@name är|var [ju|en|typisk|jävla] bög|fjolla|flata|transa|böööög', severity: 'high', note: '"guiden är ju en bög", nedsättande.', also: ['personal-attack'] },
    { pattern: 'skäms|äckligt|äckliga|vidrigt ..4 @group', severity: 'medium', note: '', weight: 0.6 },
    { pattern: '@group ..4 äckligt|äckliga|vidrigt|vidriga|sjukt', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'hyllar|hylla|propaganda|indoktrinering|woke ..3 @group', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'lära sig svenska|hyfs|folkvett|uppföra', severity: 'medium', note: 'Tillsammans med en grupp.', weight: 0.5 },
    { pattern: '@group ..3 borde|ska|bör|måste ..3 hålla|stanna|tiga|lyda|lära|anpassa|vara|veta|inte|aldrig', severity: 'high', note: '"kvinnor borde hålla sig till köket".' },
    { pattern: '@group kan|klarar|fattar|förstår|begriper|gör|passar|duger ..2 inte|aldrig|ingenting', severity: 'medium', note: '"kvinnor kan inte köra".' },
    { pattern: '@group|@slur hör|har inte|inget ..2 hemma|här|göra', severity: 'high', note: '"invandrare hör inte hemma här".' },
    { pattern: '@group ska|borde|bör inte få|ha ..2 jobba|rösta|bo|gifta|adoptera|jobb|rösträtt', severity: 'high', note: '' },
    { pattern: 'typiskt|typisk|jävla|förbannade|äckliga|dumma|smutsiga|lata @group', severity: 'high', note: '"typiskt kvinnor", "jävla invandrare".' },
    { pattern: 'hålla|håll|tillbaka|stanna|hör|höra|hemma ..3 köket|spisen|diskbänken|disken', severity: 'high', note: 'Kvinnor till köket.' },
    { pattern: 'kvinnor|tjejer|brudar|kärringar ..4 arkeologi|vetenskap|historia|politik|teknik|chefer|ledare|jobbet ..2 inte|aldrig', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'islam|judendomen|kristendomen|islamiseringen är|e ..2 @dehumanising|cancer|pest|ondska|farlig|hot', severity: 'high', note: '' },
    { pattern: 'ingen|inga [jävla|fler] @group här|i', severity: 'high', note: '' },
    { pattern: 'för många @group', severity: 'medium', note: '"för många invandrare".' },
    { pattern: 'women|gays|immigrants|muslims|jews|blacks should|are ..3 kitchen|die|animals|inferior|criminals|stupid|disgusting|leave', severity: 'high', note: 'Engelska.' },
  ],
};
