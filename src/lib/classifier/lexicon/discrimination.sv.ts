import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** What stereotypes say about a group: used only right after a group word. */
export const stereotypeSv: WordList = {
  category: 'stereotype',
  lang: 'sv',
  why: 'Fördom',
  entries: wordEntries([
    // Fördomar om grupper.
    'm: kriminella onaturligt onaturliga onormalt synd sjukdom överlägsna överlägsen herrefolk trend fas psykiskt störda horor kriminell brottslingar tjuvar våldtäktsmän terrorister snyltare bidragstagare bidragsparasiter lata dumma korkade äckliga smutsiga sjuka perversa onormala sämre underlägsna mindre primitiva ociviliserade farliga falska giriga hysteriska känslostyrda svaga efterblivna ointelligenta obildade odugliga värdelösa problemet ett problem en belastning fyllon alkisar inkompatibla kompatibla logik bidragsberoende fara hot pedofiler äckel snikna opålitliga sämst dåliga inavlade lättlurade hjärntvättade fanatiker extremister luktar stinker slöa parasiter våldsamma aggressiva bråkiga ohederliga ohyfsade ouppfostrade otacksamma oärliga lögnare skurkar banditer lösaktiga slampor',
  ]),
};

/**
 * Demeaning people for ethnicity, origin, religion, sex, gender identity or sexual orientation.
 * Mentioning a group, its history or discrimination against it matches none of these.
 */
export const discriminationPatternsSv: PatternList = {
  name: 'discrimination',
  label: 'discrimination',
  why: 'Nedsättande om en grupp',
  entries: patternEntries([
    // "invandrare är kriminella".
    'h: @group är|e|blir|var [ju|alltid|bara|helt|så|typiskt|sjukt|jävligt|allihop|alla] [så|fan|jävla|mer|mindre|ett|en] @stereotype|@dehumanising|@insult-adj',
    // "alla muslimer är terrorister".
    'h: alla @group ..4 är|e ..3 @stereotype|@dehumanising|@insult-adj|@insult|@profanity',
    // "tjejer som jobbar där är horor".
    'h: @group ..4 är|e [ju|bara|alla|allihop] @insult|@profanity|@insult-noun',
    // Konspirationsteorier om grupper.
    'h: @group|@slur ..4 tar|tagit|tog över',
    // Konspirationsteorier.
    'h: @group|@slur ..4 styr|kontrollerar|äger|manipulerar ..2 media|medierna|världen|allt|bankerna|sverige|politiken|pengarna|hollywood',
    // "invandrare = kriminella".
    'h: @group @stereotype|@dehumanising',
    // "asiater kör som dårar".
    'h: @group ..3 som dårar|idioter|djur|apor|galningar|svin|grisar',
    'h: @group ..2 propaganda|indoktrinering|agenda|lobbyn|lobbyn',
    // Engelska.
    'h: gay|homosexuality|trans|transgender is|are not natural|normal',
    // Efter en uppgift om ursprung eller religion.
    'm.6: det förklarar en|allt|saken|mycket',
    'm.5: @person|@name ..4 är ..1 @group',
    // "typisk arabisk mentalitet".
    'h: typisk|typiskt|typiska @group ..1 mentalitet|kultur|beteende|hjärna|logik',
    // Fördom om stöld.
    'h.6: @group ..6 väskor|väskorna|plånböcker|plånboken|bilar|bilarna|ficktjuvar|stjäl|snor',
    // Varning som bygger på fördom, räknas bara med en grupp.
    'm.5: vakta|lås|göm|håll era|dina|din ..2 väskor|väskorna|plånböcker|plånboken|bilar|bilarna|saker',
    // "fick jobbet för att hon är tjej".
    'h: för att hon|han|hen|de|dom är tjej|kvinna|kille|invandrare|svart|muslim|kvotering|kvoterad',
    // "guiden är ju en bög", nedsättande.
    'h +personal-attack: @person|@name är|var [ju|en|typisk|jävla] bög|fjolla|flata|transa|böööög',
    'm.6: skäms|äckligt|äckliga|vidrigt ..4 @group',
    'm.6: @group ..4 äckligt|äckliga|vidrigt|vidriga|sjukt',
    'm.5: hyllar|hylla|propaganda|indoktrinering|woke ..3 @group',
    // Tillsammans med en grupp.
    'm.5: lära sig svenska|hyfs|folkvett|uppföra',
    // "kvinnor borde hålla sig till köket".
    'h: @group ..3 borde|ska|bör|måste ..3 hålla|stanna|tiga|lyda|lära|anpassa|vara|veta|inte|aldrig',
    // "kvinnor kan inte köra".
    'm: @group kan|klarar|fattar|förstår|begriper|gör|passar|duger ..2 inte|aldrig|ingenting',
    // "invandrare hör inte hemma här".
    'h: @group|@slur hör|har inte|inget ..2 hemma|här|göra',
    'h: @group ska|borde|bör inte få|ha ..2 jobba|rösta|bo|gifta|adoptera|jobb|rösträtt',
    // "typiskt kvinnor", "jävla invandrare".
    'h: typiskt|typisk|jävla|förbannade|äckliga|dumma|smutsiga|lata @group',
    // Kvinnor till köket.
    'h: hålla|håll|tillbaka|stanna|hör|höra|hemma ..3 köket|spisen|diskbänken|disken',
    'm.5: kvinnor|tjejer|brudar|kärringar ..4 arkeologi|vetenskap|historia|politik|teknik|chefer|ledare|jobbet ..2 inte|aldrig',
    'h: islam|judendomen|kristendomen|islamiseringen är|e ..2 @dehumanising|cancer|pest|ondska|farlig|hot',
    'h: ingen|inga [jävla|fler] @group här|i',
    // "för många invandrare".
    'm: för många @group',
    // "romer stjäl".
    'h.6: @group ..3 stjäl|snor|ljuger|luktar|stinker|våldtar|fuskar|lurar|snyltar|super|knarkar|bråkar|parasiterar',
    // "alla romer stjäl".
    'h: alla|typiskt|jävla @group ..2 stjäl|snor|ljuger|luktar|stinker|våldtar|fuskar|lurar|snyltar|super|knarkar|bråkar|parasiterar',
    // "kvinnliga guider är alltid sämre".
    'h: @group ..2 är|e ..3 alltid|aldrig|bara|typiskt|så ..1 dåliga|sämst|@stereotype|@insult-adj',
    // "kvinnor kan inte köra".
    'm: @group ..2 kan|borde|ska ..1 inte|aldrig ..1 köra|leda|tänka|räkna|bestämma|styra|förstå',
    // "de har aldrig gjort något".
    'h: @group ..3 har aldrig|inget|inte ..1 gjort|bidragit|skapat|uppfunnit|byggt',
    'h: @group ..3 hör inte|aldrig hemma',
    // "homosexualitet är en sjukdom".
    'h: @group ..3 är|e ..2 en|ett ..1 sjukdom|störning|diagnos|fas|trend|synd|avvikelse|perversion',
    'h: transsexualism|könsidentitet|hbtq|feminism|feminismen ..2 är|e ..3 sjukdom|sjukt|onaturligt|onaturlig|störning|synd|pervers|äckligt|perversion|diagnos|fas|trend',
    'h: botas|behandlas|omvändas|bota ..2 @group',
    'h: @group ..4 botas|behandlas|omvändas',
    // "ni anställer bara svartingar".
    'h: anställer|anställa|anställt|anställs|kvoterar|kvoteras ..2 bara ..2 @group|@slur',
    'h: bara|endast ..1 för att ..2 hon|han|hen ..2 är|e ..1 kvinna|tjej|svart|invandrare|muslim|bög|homosexuell|trans|utländsk',
    // "pratar som en typisk blondin".
    'm: pratar|kör|beter|låter|ser|luktar|tänker ..2 som en|ett ..1 @group|@slur|blondin|kärring|fjolla|bög|neger|zigenare|apa',
    'm.5: det finns [bara] två kön',
    'h: @group|transor ..3 psykfall|psykiskt|störda|sjuka|förvirrade',
    'm.6: sån|sådan|sådana|såna ..2 @group|@slur ..2 ska|borde|bör|är',
    // "kvinnor är för känslostyrda".
    'h: @group ..1 är|e|blir ..3 för ..1 @stereotype|@insult-adj|känsliga|känslostyrda|dumma|svaga|emotionella',
    // "samer är bara fyllon".
    'h: @group ..1 är|e [ju|bara|alla|allihop] ..2 @stereotype|@insult-noun|@dehumanising',
    // "sånt här händer när man anställer invandrare".
    'h: när man|ni anställer|anställde|importerar|tar emot @group',
    // "typiskt kvinnlig logik".
    'h: kvinnlig|kvinnliga|kärring|tjej|blondin logik|hjärna|körning',
    'm.5: visa upp sig|trycka upp|tvinga på ..3 överallt|oss|barnen|våra',
    'h: inte kompatibla|förenliga|kompatibel ..2 med svensk|svenska|västerländsk|vår',
    'm.5: tagit|tar|tog över ..2 kulturen|landet|sverige|museet|samhället|skolan|media',
    'h: hen-folket|henfolket|hbtq-lobbyn|hbtqlobbyn|genusmaffian|genusflum|regnbågsmaffian|woke-maffian',
    // Konspirationsteorier.
    'h: @group|@slur ..4 ligger bakom',
    // Engelska.
    'h: women|gays|immigrants|muslims|jews|blacks should|are ..3 kitchen|die|animals|inferior|criminals|stupid|disgusting|leave',
  ]),
};
