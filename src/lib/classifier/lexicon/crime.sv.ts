import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** Crime verbs in the forms used to urge: infinitive, present and imperative. Past tense reports are left out on purpose. */
export const crimeVerbsSv: WordList = {
  category: 'crime-verb',
  lang: 'sv',
  why: 'Brott',
  entries: wordEntries([
    // Skadegörelse.
    'm: klottra -r spreja sprejar spraya sprayar graffa graffar vandalisera vandaliserar sabotera saboterar',
    'm: skadegöra skadegör',
    // Stöld.
    'm: sno -r stjäla stjäl snatta snattar råna rånar plundra plundrar norpa knycka knycker länsa länsar tjuvåka smuggla smugglar förfalska förfalskar tjuvkoppla',
    // Mordbrand.
    'm: bränna bränner antända bomba spränga',
    // Dataintrång. "hacka lök" undviks genom att mönstren kräver en uppmaning.
    'm: hacka -r ddosa ddosar ddos doxxa doxxar',
    // Att inte betala.
    'm: planka -r',
    // Droger.
    'm: knarka -r langa langar',
    // Våld.
    'm: misshandla -r spöa spöar',
    // "dyrka upp".
    'm: dyrka -r',
    // Skadegörelse: bara med ner/upp/sönder i mönstren.
    'm0: riva river riv',
    // Jaktbrott.
    'm: tjuvjaga -r tjuvfiska tjuvfiskar',
  ]),
};

/** Illegal goods and services: drugs, weapons, forged papers. */
export const contrabandSv: WordList = {
  category: 'contraband',
  lang: 'sv',
  why: 'Olagliga varor',
  entries: wordEntries([
    // Narkotika. "gräs" bara i säljmönster.
    'h: knark -et piller pillren fröer cannabisfrön gräs gräset hasch haschet weed marijuana cannabis kokain kola koks tjack amfetamin ecstasy mdma molly lsd heroin spice xanax tramadol oxy oxycontin subutex benso bensos narkotika droger drogerna kush',
    // Vapen.
    'h: vapen vapnen pistol pistoler pistolen skjutvapen ammunition k-pist automatvapen handgranat handgranater',
    // "falska id-kort", "stulna cyklar".
    'm: falska förfalskade stulna stöldgods svarta marknaden svartmarknad',
  ]),
};

/**
 * Urging or inviting others to commit a crime, or offering illegal goods. Reporting a crime
 * ("någon klottrade på väggen") or urging a legal protest matches none of these.
 */
export const crimePatternsSv: PatternList = {
  name: 'crime',
  label: 'crime-incitement',
  why: 'Uppmaning till brott',
  entries: patternEntries([
    // "vi klottrar ner fasaden", "vi ska sno".
    'h uppvigling: vi [ska|måste|borde|kan|går|drar|tar|vill] [och|att|bara] @crime-verb',
    'h uppvigling: låt|låtom oss ..2 @crime-verb',
    'h uppvigling: kom igen ..3 @crime-verb',
    'h uppvigling: dags att ..2 @crime-verb',
    // "någon borde bränna ner stället".
    'h uppvigling: någon|nån|folk|alla|ni|man|du borde|bör|ska|måste|kan|får|skulle [bara|ju|gärna|väl|verkligen] @crime-verb',
    // "ska vi sno en tavla?"
    'h uppvigling: ska vi ..2 @crime-verb',
    'h uppvigling: gå|åk|stick|kom dit|in|ner och ..1 @crime-verb',
    // Uppmaning i imperativ först i meningen.
    'h uppvigling: ^ [så|bara|nu|alla|asså|kom|och] klottra|spreja|spraya|vandalisera|sabotera|sno|snatta|råna|plundra|hacka|ddosa|planka|knarka|misshandla|spöa|dyrka|norpa|stjäl|knyck|länsa|smuggla|förfalska|tjuvåk',
    // "bränn ner skiten".
    'h uppvigling: bränn|bränna|bränner|elda|eldar|tänd|tända ner|upp skiten|stället|museet|kåken|byggnaden|alltihop|hela',
    // "sätt eld på".
    'h uppvigling: tänd|tända|sätt|sätta eld på',
    'h uppvigling: slå|slår|krossa|krossar|ta [sönder|in] rutorna|fönstren|rutor|fönster|montrarna|montrar',
    // "bryt er in".
    'h uppvigling: bryt er|dig in',
    // "bryt er in".
    'h.6 uppvigling: bryta|bryter er|sig|dig|oss in',
    // Planka.
    'h uppvigling: gå|smit|smyg|kom|ta|åk|hoppa|klättra in|över ..3 utan [att] betala|biljett|licens|tillstånd|lov',
    // "hoppa över grinden".
    'h uppvigling: hoppa|klättra|kliv över|förbi grinden|spärren|staketet|stängslet|muren|disken',
    'h.6 uppvigling: sluta|strunta|skippa [i|att] betala|inträdet|inträde|biljett|biljetten|avgiften|p-avgiften|parkeringsavgiften',
    'm.5: slippa ..2 p-avgiften|avgiften|inträdet|betala',
    // Skadegörelse: "ha sönder konstverket", "riv upp skyltarna".
    'h uppvigling: ha|skär|skära|sparka|slå|krossa|knacka|bryt|bänd|såga|skruva|riv|riva|sprej|spreja|sprejar|klottra|klottrar sönder|ner|loss|bort|upp ..3 konstverk|konstverket|skylt|skyltar|skyltarna|däck|däcken|automaten|runsten|runstenen|hällristning|hällristningen|hällristningarna|montern|montrarna|statyn|fönster|fönstren|rutor|rutorna|vindskydd|vindskyddet|dörren|låset|bilen|bil|fasaden|väggen|väggarna|tavlan|tavlorna|sten|stenen|mynten|utställningen',
    // Uppmaning till skadegörelse.
    'h uppvigling: ^ [så|bara|asså|nu|alla|kom] ha|skär|sparka|knacka|bryt|bänd|såga|skruva|riv|sprej|spreja|klottra sönder|ner|loss|bort|upp',
    'h uppvigling: kasta|kastar|kasta sten|stenar|ägg|färg på|mot ..2 fönstren|fönster|museet|huset|bilen|rutorna|vakterna|polisen',
    'm.6: kastar|kasta sten|stenar|ägg',
    // Verktyg för brott.
    'h uppvigling: ta|tar med [dig|er] ..2 mejsel|kofot|sprejburkar|sprejburk|sprayburkar|sprayburk|sprayfärg|sprejfärg|bultsax|hammare|tändvätska|bensin',
    // Inbrott.
    'h uppvigling: ta oss|er|dig in ..2 natten|natt|kvällen|stängning|bakvägen',
    // "sno tavlorna".
    'h.6 uppvigling: sno|snor|stjäl|stjäla|ta|norpa|plocka ..3 tavlorna|tavlan|mynten|föremålen|allt|alla|montern|smyckena|kassan|butiken|grejerna|prylarna|souvenir',
    // Uppmuntran till brott.
    'm.5 s: ingen märker|ser|vakt|kollar|bryr|upptäcker',
    'm.5 s: dom|de märker|kollar|bryr inget|aldrig|inte|sig',
    'h uppvigling: odla|odlar ..3 cannabis|hasch|gräs|marijuana|knark|weed|svamp',
    // Jakt: olagligt utan licens.
    'm.5: skjut|skjuta|fälla ..2 älg|älgen|rådjur|varg|vargen|björn|lo',
    'm.5 s: alla gör det|så',
    'm.6: ingen|utan licens|jaktkort',
    // Fornfynd ska anmälas.
    'm.6: inget|inte anmält|anmäla ..2 länsstyrelsen|polisen',
    'm.6: metalldetektor|metallsökare ..4 natten|utan tillstånd|fornlämning|gravfält|sälja',
    'h uppvigling: hacka|hackar|ddosa|hack ..2 deras|hans|hennes|museets|wifi|instagram|konto|sida|hemsida|nätverk',
    'm.5: lösenordet|password ..3 är',
    // "vem är med ikväll?"
    'm.5 s: vem|vilka|nån|någon ..1 är|hänger|följer med|på|in ..3 ikväll|inatt|i natt|natten|lördag',
    'h: finns|köp|köpa|kan köpas|fixa ..4 @contraband',
    // "amfetamin finns att köpa".
    'h: @contraband ..4 finns att|köpa|köpas|köp|fråga|beställ',
    // "köp av mig".
    'm.6 +spam: köp|köpa|beställ av|från mig|oss',
    // Brandbomb och sprängmedel.
    'h terrorism: brandbomb|brandbomba|brandbomben|molotov|molotovcocktail|molotovcocktails|sprängladdning|rörbomb',
    // "kom så sprejar vi ner".
    'h uppvigling: kom|nu|sen [så] @crime-verb vi|ni',
    // "så tänder vi eld på ladan".
    'h uppvigling: tänd|tända|tänder|sätter|sätt|sätta vi|ni eld',
    // Graffiti.
    'h uppvigling: tagga|taggar|spreja|måla|målar ner|över ..3 muren|väggen|väggarna|fasaden|tåget|bron|runstenen|statyn',
    // Skadegörelse.
    'h uppvigling: pissa|skita|spotta på ..2 den|det|utställningen|konstverket|statyn|graven|monumentet',
    // "lättaste stället att stjäla".
    'h uppvigling: lättaste|enklaste|bästa|smidigaste stället|sättet|platsen|tiden att @crime-verb',
    'm.5: slipper|slippa|undvika ..2 boten|böter|p-boten|p-böter|fortkörningsböter',
    'm.5: registreringsskylten|registreringsskylt|registreringsskyltarna',
    // Uppmuntran.
    'm.5 s: gör det bara',
    // Tips om brott.
    'm.6: ingen|aldrig kollar|märker|vaktar|bryr ..3 biljetter|biljetten|larm|larmet|kameror|kamerorna|vakterna',
    // Erbjuder olagliga varor.
    'h +spam: säljer|sälja|köp|köper|köpa|beställ|beställa|fixar|fixa|levererar [bra|billigt|billig|billiga] ..2 @contraband',
    // Erbjuder olagliga varor.
    'h +spam: @contraband ..4 dm|pm|snap|snapchat|telegram|wickr|signal|swish|leverans|levereras|billigt|billig|säljes|salu|inbox|kik|whatsapp|privat',
    'm.5: röka|röker|röka på ..2 gräs|weed|hasch|på',
    // "spräng museet".
    'h terrorism: spräng|spränga|bomba|bomba ..2 museet|riksdagen|regeringen|stället|alla|skiten',
    // "slå sönder".
    'h.6 uppvigling: slå|slår|krossa|krossar|sparka|sparkar|ha|ta|haka|trampa sönder',
    'h uppvigling: borde|ska|bör|måste|kan|skulle [bara] [alla] [gå] slå|krossa|sparka|ha|ta sönder',
    // "alla borde slå sönder en monter".
    'h uppvigling: borde|ska|bör|måste|kan|skulle [bara] [alla] [gå] bränna|spränga|klottra|spreja ner|sönder',
    'm.5: slipper|slippa|behöver ni|du|man|vi inte ..1 betala',
    'm.5: bakvägen|nödutgången|baksidan|personalingången|lastkajen|fönstret ..4 in|gratis|betala|ingen|natten|vakten',
    // Tips om brott.
    'm.6: larmet|larmen|kamerorna|kameran|vakten|vakterna är|e|var ..2 trasigt|trasiga|avstängt|avstängda|borta|ute|sover|ur funktion',
    'm.6: när|medan vakten|vakterna|personalen inte ..1 tittar|ser|kollar',
    'm.5 s: det märks|syns inte|aldrig',
    // Erbjuder stöldgods eller förfalskningar.
    'h +spam: säljer|sälja|köper|fixar|fixa|erbjuder|har ..3 stulna|stulen|stöldgods|falska|förfalskade|fejkade|piratkopierade|svarta',
    'h.6: falska|förfalskade|fejkade ..1 id-kort|id|pass|körkort|legitimation|leg|intyg|betyg|recept|sjukintyg|sedlar|intyget|vaccinationsintyg',
    'h.6 +spam: langar|langa|säljer|sälja|fixar|fixa ..2 gräs|piller|tabletter|tabbar|pulver|vitt|grönt',
    'm.5: inga frågor',
    'l.4 s: dm|pm|privat|snap|swish|kontant|kontanter',
    'h uppvigling: vi|ni|alla [ska|borde|måste] ..1 ddos|ddosa|hacka|doxxa|spamma ..2 sajt|sajten|sidan|hemsidan|servern|museet|konto|kontot',
    'm.5: ta|tar|sno|snor|stjäl ..2 med [dig|er|oss] ..2 hem|souvenir|minne',
    'h.6 uppvigling: sno|stjäl|snatta|knyck ..3 skyltarna|skylten|skyltar|föremål|föremålen|grejer|saker|allt|något|nåt|varor',
    'h uppvigling: vi ..1 drar|går|åker dit ..3 och ..2 slår|spöar|krossar|snor|bränner|klottrar|sprejar',
    'm.6: fuska|fuskar|smita|smiter från|med ..1 skatten|biljetten|notan|räkningen|kontrollanten',
    'h uppvigling: ^ [så|bara|nu] åk|tjuvåk|planka ..2 utan biljett|betala|att betala',
    // "tänd på hela museet".
    'h uppvigling: tänd|tända|tänder|tänd på ..2 museet|stället|huset|kåken|byggnaden|skiten|hela',
    // "så krossar vi rutorna".
    'h uppvigling: så krossar|slår|bränner|tänder|sprejar|sprayar|klottrar|snor|stjäl|plankar|spöar|hackar vi|ni',
    'm.6: ta|sno|knyck|norpa en|ett|några|lite ..1 tavla|tavlor|föremål|mynt|souvenir|vykort|smycken|pengar|skylt|skyltar',
    'm.6: smyg|smyga|smyger|ta er|ta dig|kliv|klättra in ..2 via|genom|bakvägen|nödutgången|bakdörren|fönstret|lastkajen',
    'm.5 s: alltid|aldrig ..1 öppen|olåst|låst|bevakad|larmad',
    'm.5 s: sälj|sälja|säljer ..3 på blocket|tradera|marketplace|svarta',
    // "skär sönder däcken".
    'h.6 uppvigling: ^ [så|bara|nu|alla|kom|och|asså|gå] slå|sparka|skär|krossa|klipp|punktera|trampa|hugg|spräng|bränn|knäck|bänd|kör sönder|ner|upp|loss|in',
    'h uppvigling: ^ [så|bara|nu|alla|kom|och|asså|gå] slå|sparka|skär|krossa|klipp|punktera|trampa|hugg|spräng|knäck|bänd sönder|upp|loss ..3 @person|deras|hans|hennes|museets|chefens|montern|montrarna|rutorna|däcken|bilen|bilarna|skyltarna|skylten|dörren|låset|kameran|kamerorna|konstverket|statyn|bänkarna|fönstren|allt',
    'h uppvigling: lägg|lägga|placera|släng|kasta ..3 brandbomb|bomb|molotov|sprängladdning|smällare|stinkbomb|brinnande|tändvätska|bensin',
    'h uppvigling: punktera|punkterar|repa|repar|rispa ..2 däcken|däck|bilen|bilar|lacken',
    'h +hate-harassment: sprid|sprida|lägg ut|publicera ..2 hennes|hans|personalens|guidens|chefens ..1 adress|nummer|personnummer|bilder|uppgifter',
    'h uppvigling: vill|kan|ska ..1 någon|nån|ni ..2 hjälpa|följa ..2 mig|med ..2 sno|stjäla|klottra|spreja|bränna|krossa|slå|planka|bryta|hacka',
    'h.6 uppvigling: samlas|ses|träffas ..4 sprejburkar|sprayburkar|sprej|kofot|bensin|slägga|stenar|masker|huvor|luvor|ballaclava|balaklava',
    'h.6 +spam: receptbelagda|receptfria ..1 piller|tabletter|oxy|xanax|tramadol|benso|mediciner',
    'h +spam: köper|köpa ..3 antika|fornfynd|fynd|föremål|runstenar|mynt ..4 inga frågor|kontant|svart|utan kvitto',
    'h uppvigling: ta|tar sönder ..3 konstverket|konstverk|montern|montrarna|statyn|skyltarna|rutorna|fönstren|utställningen|tavlan|tavlorna|runstenen|bilen|dörren|låset',
    // Engelska.
    'h uppvigling: lets|let [us|s] steal|vandalize|burn|smash|hack|rob|loot',
    // Engelska.
    'h uppvigling: we should steal|vandalize|burn|smash|hack|rob|loot',
  ]),
};
