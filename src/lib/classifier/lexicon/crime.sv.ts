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
    'h: knark -et piller pillren fröer cannabisfrön gräs gräset hasch haschet weed marijuana cannabis kokain kola koks tjack amfetamin ecstasy mdma molly lsd heroin spice xanax tramadol oxy oxycontin subutex benso bensos narkotika droger drogerna kush braj ganja zaza',
    // Vapen.
    'h: vapen vapnen pistol pistoler pistolen skjutvapen ammunition automatvapen handgranat handgranater',
    // "falska id-kort", "stulna cyklar".
    // En post per ord: "svarta marknaden" blev förr ”svarta” och ”marknaden” var för sig.
    'm: falska förfalskade stulna stöldgods svartmarknad svartmarknaden',
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
    // Veto, bildligt: "spränga budgeten", "bomba sociala medier", "bränna in loggan", "sno idéer".
    'l-1: sno|snor|stjäl|stjäla|norpa [gärna] ..1 idé|idéer|idén|idéerna|konceptet',
    // "Hacka inte på personalen" är att gnälla, inte dataintrång.
    'l-1: hacka|hackar [inte] på',
    'l-1: spränga|spräng|bomba|bränna ..2 rekord*|besöksrekord*|budget*|sociala|in',
    // Tipset att ingen ser: "ingen märker", "funkar varje gång", "larmet funkar inte".
    'm.6: ingen märker|räknar',
    'm.4: larmet funkar|fungerar inte',
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
    'h uppvigling: bränn|bränna|bränner|elda|eldar|tänd|tända ner|upp skiten|stället|museet|kåken|byggnaden|alltihop|hela|den|det',
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
    'h uppvigling: hoppa|klättra|kliv [över|förbi] grind*|spärr*|staket*|stängsl*|muren|disken',
    'h.6 uppvigling: sluta|strunta|skippa [i] [att] betala|inträde*|biljett*|*avgiften',
    // "så slipper ni betala".
    'm.4: slipp*|undvik* ..3 betala|*avgiften|inträde*|*boten|*böter',
    // Skadegörelse: "ha sönder konstverket", "riv upp skyltarna".
    'h uppvigling: ha|skär|skära|sparka|slå|krossa|knacka|bryt|bänd|såga|skruva|riv|riva|sprej|spreja|sprejar|klottra|klottrar sönder|ner|loss|bort|upp ..3 konstverk|konstverket|skylt|skyltar|skyltarna|däck|däcken|automaten|runsten|runstenen|hällristning|hällristningen|hällristningarna|montern|montrarna|statyn|fönster|fönstren|rutor|rutorna|vindskydd|vindskyddet|dörren|låset|bilen|bil|fasaden|väggen|väggarna|tavlan|tavlorna|sten|stenen|mynten|utställningen',
    // Uppmaning till skadegörelse.
    'h uppvigling: ^ [så|bara|asså|nu|alla|kom] ha|skär|sparka|knacka|bryt|bänd|såga|skruva|riv|sprej|spreja|klottra sönder|ner|loss|bort|upp',
    'h uppvigling: kasta|kastar|släng [en] sten|stenar|ägg|färg ..4 fönst*|rut*|museet|*hus|*huset|bil*|vakt*|polis*',
    // Våld mot person: "slå ner guiden", "ge honom en smäll".
    'h uppvigling: slå|spöa ner|till ..3 @person|honom|henne|dem|guiden|vakten|vakterna',
    'h uppvigling: ge|ger ..3 en|ett [rejäl|ordentlig] smäll|käftsmäll|örfil|läxa|snyting|omgång',
    // Verktyg för brott.
    'h uppvigling: ta|tar med [dig|er] ..2 mejsel|kofot|sprejburkar|sprejburk|sprayburkar|sprayburk|sprayfärg|sprejfärg|bultsax|hammare|tändvätska|bensin|basebollträ*',
    // Inbrott.
    'h uppvigling: ta oss|er|dig in ..2 natten|natt|kvällen|stängning|bakvägen',
    // Uppmuntran till brott.
    'm.5 s: ingen märker|ser|vakt|kollar|kontrollerar|bryr|upptäcker',
    // "Tips: ingen kollar efter 16".
    'm.5: tips|tip|tipset|protip|lifehack',
    // An invitation, a way in or a tool: weak alone, a crime together ("metallsökare i natt, vem hänger på?").
    'm.3: vem|vilka hänger med|på',
    'm.3: larmet|vakterna|staketet|kofot|skruvmejsel|slägga|metalldetektor*|metallsökare*',
    'm.4: kollar|kontrollerar aldrig',
    'h uppvigling: odla|odlar ..3 cannabis|hasch|gräs|marijuana|knark|weed|svamp',
    // Jakt: olagligt utan licens.
    'm.6: ingen|utan licens|jaktkort',
    'h uppvigling: hacka|hackar|ddosa|hack ..2 deras|hans|hennes|museets|wifi|instagram|konto|sida|hemsida|nätverk',
    // Dataintrång: lösenord med "ta över kontot", "läcka alla mejl".
    'm.5: lösenord*|inloggning*|password',
    'm.5 q: kapa|ta|tar|logga|läcka ..2 över|in|ut|alla ..4 kontot|konto|deras|hans|hennes|mejl*|intranät*|instagram|system*',
    // "amfetamin finns att köpa".
    'h: @contraband ..4 finns att|köpa|köpas|köp|fråga|beställ',
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
    'm.6: registreringsskylt*',
    // "plankar alltid, gör likadant".
    'm.5 q: gör [det|som|ni] likadant|också|samma|med|jag|ni|själva',
    'm.5: plank*',
    // "ta kopparplåtarna, skrotfirman betalar bra".
    'm.5: ta|sno|plocka|riv|skruva|stjäl ..3 koppar*|kablar*|*plåtarna|metall*',
    'm.5 s: betalar|värda|värd|värt|ger|säljs bra|massor|mycket',
    'm.5 s: förtjänar|förtjänat det|en|stryk',
    // "vänta på honom utanför".
    'm.5: vänta|väntar på honom|henne|dem ..2 utanför|efter',
    // Erbjuder olagliga varor.
    'h +spam: säljer|sälja|köp|köper|köpa|beställ|beställa|fixar|fixa|levererar [bra|billigt|billig|billiga] ..2 @contraband',
    // Erbjuder olagliga varor.
    'h +spam: @contraband ..4 dm|pm|snap|snapchat|telegram|wickr|signal|swish|leverans|levereras|billigt|billig|säljes|salu|inbox|kik|whatsapp|privat|hmu',
    // "spräng museet".
    'h terrorism: spräng|spränga|bomba|bomba ..2 museet|riksdagen|regeringen|stället|alla|skiten',
    // "slå sönder".
    'h.6 uppvigling: slå|slår|krossa|krossar|sparka|sparkar|ha|ta|haka|trampa sönder',
    'h uppvigling: borde|ska|bör|måste|kan|skulle [bara] [alla] [gå] slå|krossa|sparka|ha|ta sönder',
    // Erbjuder stöldgods eller förfalskningar.
    'h +spam: säljer|sälja|köper|fixar|fixa|erbjuder|har ..3 stulna|stulen|stöldgods|falska|förfalskade|fejkade|piratkopierade|svarta',
    'h.6: falska|förfalskade|fejkade ..1 id|pass|körkort|leg*|*intyg|*intyget|betyg|recept|sedlar',
    'h.6 +spam: langar|langa|säljer|sälja|fixar|fixa|har|lite ..2 gräs|piller|tabletter|tabbar|pulver|vitt|grönt|ladd',
    // "MDMA till festivalen?", "pirattaxi hem".
    'm.6: @contraband ..3 festival*|fest|festen|helgen|vernissagen|ikväll',
    'm.6: pirattaxi*|svarttaxi*',
    // Stöldgods: "säljer billiga cyklar, fråga inte var de kommer ifrån".
    'm.5: inga frågor',
    'm.5: säljer|sälja|har ..2 billig*',
    'l.4 s: dm|pm|privat|snap|swish*|kontant*|diskret*|hör',
    'h uppvigling: vi|ni|alla [ska|borde|måste] ..1 ddos|ddosa|hacka|doxxa|spamma ..2 sajt|sajten|sidan|hemsidan|servern|museet|konto|kontot',
    'm.5: ta|tar|sno|snor|stjäl ..2 med [dig|er|oss] ..2 hem|souvenir|minne',
    'h.6 uppvigling: sno|stjäl|snatta|knyck ..3 skyltarna|skylten|skyltar|föremål|föremålen|grejer|saker|allt|något|nåt|varor',
    'h uppvigling: ^ [så|bara|nu] åk|tjuvåk|planka ..2 utan biljett|betala|att betala',
    // "tänd på hela museet".
    'h uppvigling: tänd|tända|tänder|tänd på ..2 museet|stället|huset|kåken|byggnaden|skiten|hela',
    // "så krossar vi rutorna".
    'h uppvigling: så krossar|slår|bränner|tänder|sprejar|sprayar|klottrar|snor|stjäl|plankar|spöar|hackar vi|ni',
    // "gå in där", "så tar vi oss in i magasinet".
    'm.5 q: ta|tar [vi|ni|man] oss|er|dig|sig in',
    'm.6: gå|smyg|smyga|smit|kliv|klättra in ..2 där|via|genom|bakvägen|nödutgången|bakdörren|fönstret|lastkajen|magasinet',
    // "skär sönder däcken".
    'h.6 uppvigling: ^ [så|bara|nu|alla|kom|och|asså|gå] slå|sparka|skär|krossa|klipp|punktera|trampa|hugg|spräng|bränn|knäck|bänd|kör sönder|ner|upp|loss|in|av',
    'h uppvigling: ^ [så|bara|nu|alla|kom|och|asså|gå] slå|sparka|skär|krossa|klipp|punktera|trampa|hugg|spräng|knäck|bänd sönder|upp|loss ..3 @person|deras|hans|hennes|museets|chefens|montern|montrarna|rutorna|däcken|bilen|bilarna|skyltarna|skylten|dörren|låset|kameran|kamerorna|konstverket|statyn|bänkarna|fönstren|allt',
    'h uppvigling: lägg|lägga|placera|släng|kasta ..3 brandbomb|bomb|molotov|sprängladdning|smällare|stinkbomb|brinnande|tändvätska|bensin',
    'h uppvigling: punktera|punkterar|repa|repar|rispa ..2 däcken|däck|bilen|bilar|lacken',
    'h uppvigling: någon|nån|ni|vem ..3 hjälpa|följa|hänga|hänger|följer ..2 mig|med|oss ..3 @crime-verb|krossa|bryta',
    // "gräva ut en gravhög i natt".
    'm.6: gräv*|plundra ..4 grav*|fornlämning*',
    'l.4 s: natt|natten|inatt|nattetid|mörkret',
    // "säljer kopior av nycklarna", kortnummer, fornfynd.
    'h q: säljer|sälja ..3 nycklar*|kreditkort*|kortnummer|fornfynd|konton',
    'h uppvigling: ta|tar sönder ..3 konstverket|konstverk|montern|montrarna|statyn|skyltarna|rutorna|fönstren|utställningen|tavlan|tavlorna|runstenen|bilen|dörren|låset',
    // Engelska: "lets steal", "we should steal".
    'h uppvigling: lets|let|we [us|s|should] steal|vandalize|burn|smash|hack|rob|loot',
  ]),
};
