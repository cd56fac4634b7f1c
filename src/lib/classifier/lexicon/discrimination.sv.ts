import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** What stereotypes say about a group: used only right after a group word. */
export const stereotypeSv: WordList = {
  category: 'stereotype',
  lang: 'sv',
  why: 'Fördom',
  entries: wordEntries([
    // Fördomar om grupper.
    'm: kriminella onaturligt onaturliga onormalt synd sjukdom överlägsna överlägsen herrefolk trend fas psykiskt störda horor kriminell brottslingar tjuvar våldtäktsmän terrorister snyltare bidragstagare bidragsparasiter lata dumma korkade äckliga smutsiga sjuka perversa onormala sämre underlägsna mindre primitiva ociviliserade farliga falska giriga hysteriska känslostyrda svaga efterblivna ointelligenta obildade odugliga värdelösa problemet problem belastning fyllon alkisar inkompatibla kompatibla logik bidragsberoende fara hot pedofiler äckel snikna opålitliga sämst dåliga inavlade lättlurade hjärntvättade fanatiker extremister luktar stinker slöa parasiter våldsamma aggressiva bråkiga ohederliga ohyfsade ouppfostrade otacksamma oärliga lögnare skurkar banditer lösaktiga slampor',
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
    // Konspirationsteorier om grupper.
    'h: @group|@slur ..4 tar|tagit|tog över',
    // Konspirationsteorier.
    'h: @group|@slur ..4 styr|kontrollerar|äger|manipulerar ..2 media|medierna|världen|allt|alla|bankerna|sverige|politiken|pengarna|hollywood|museerna',
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
    // Fördom om stöld.
    'h.6: @group ..6 väskor|väskorna|plånböcker|plånboken|bilar|bilarna|ficktjuvar|stjäl|snor',
    // "fick jobbet för att hon är tjej".
    'h +personal-attack: för att hon|han|hen|de|dom är tjej|kvinna|kille|invandrare|svart|muslim|kvotering|kvoterad',
    // "guiden är ju en bög", nedsättande.
    'h +personal-attack: @person|@name ..4 är|var ju|en|typisk|jävla ..1 bög|fjolla|flata|transa',
    // "kvinnor borde hålla sig till köket".
    'h: @group ..3 borde|ska|bör|måste ..3 hålla|stanna|tiga|lyda|lära|anpassa|vara|veta|inte|aldrig',
    // "kvinnor kan inte köra".
    'm: @group kan|klarar|fattar|förstår|begriper|gör|passar|duger ..2 inte|aldrig|ingenting',
    // "invandrare hör inte hemma här".
    'h: @group|@slur hör|har inte|inget ..2 hemma|här|göra|svensk|sverige',
    // "typiskt kvinnor", "jävla invandrare".
    'h: typiskt|typisk|jävla|förbannade|äckliga|dumma|smutsiga|lata @group',
    // Kvinnor till köket.
    'h: hålla|håll|tillbaka|stanna|hör|höra|hemma ..2 i|till|vid köket|spisen|diskbänken|disken|stickning|stickningen|sömnad',
    // "för många invandrare".
    'm: för många @group',
    // "romer stjäl".
    'h.6: @group ..3 stjäl|snor|ljuger|luktar|stinker|våldtar|fuskar|lurar|snyltar|super|knarkar|bråkar|parasiterar',
    // "två kön, resten är psykfall".
    'h: två kön ..6 psykfall|psyk|sjuka|störda|förvirrade|sjukt|påhitt|resten|punkt|slut',
    // "typiskt att en kvinna ska leda bygget".
    'h: typiskt|typisk att ..3 en|ett kvinna|tjej|brud|kärring|blondin|invandrare|utlänning|muslim|bög|feminist',
    // "hon bär slöja och ska guida?"
    'h: slöja|slöjan|hijab|huvudduk|burka|burkan|niqab ..4 ska|får|borde ..2 guida|jobba|undervisa|visa|prata|representera|inte',
    // "anställ svenskar för svensk historia", "riktiga svenskar är blonda".
    'h: anställ|anställa|riktiga|äkta [bara|riktiga] svenskar ..3 är|e|ska|borde|byggde|för|inte',
    // "de kom hit för bidragen".
    'h: kom|kommer|hit ..2 för ..1 bidragen|bidrag|socialbidrag',
    // "precis som de flesta av hennes sort".
    'h +personal-attack: av|som hennes|hans|din sort',
    'h: @group|transor ..3 psykfall|psykiskt|störda|sjuka|förvirrade',
    // "samer är bara fyllon".
    'h: @group ..1 är|e [ju|bara|alla|allihop] ..2 @stereotype|@insult-noun|@dehumanising',
    // Konspirationsteorier.
    'h: @group|@slur ..4 ligger bakom',
  ]),
};
