import type { PatternList, WordList } from './types.ts';

/** Crime verbs in the forms used to urge: infinitive, present and imperative. Past tense reports are left out on purpose. */
export const crimeVerbsSv: WordList = {
  category: 'crime-verb',
  lang: 'sv',
  why: 'Brott',
  entries: [
    { term: 'klottra', forms: 'klottrar spreja sprejar spraya sprayar graffa graffar vandalisera vandaliserar sabotera saboterar', severity: 'medium', note: 'Skadegörelse.' },
    { term: 'skadegöra', forms: 'skadegör', severity: 'medium', note: '' },
    { term: 'sno', forms: 'snor stjäla stjäl snatta snattar råna rånar plundra plundrar norpa', severity: 'medium', note: 'Stöld.' },
    { term: 'bränna', forms: 'bränner antända', severity: 'medium', note: 'Mordbrand.' },
    { term: 'hacka', forms: 'hackar ddosa ddosar', severity: 'medium', note: 'Dataintrång. "hacka lök" undviks genom att mönstren kräver en uppmaning.' },
    { term: 'planka', forms: 'plankar', severity: 'medium', note: 'Att inte betala.' },
    { term: 'knarka', forms: 'knarkar langa langar', severity: 'medium', note: 'Droger.' },
    { term: 'misshandla', forms: 'misshandlar spöa spöar', severity: 'medium', note: 'Våld.' },
    { term: 'dyrka', forms: 'dyrkar', severity: 'medium', note: '"dyrka upp".' },
    { term: 'riva', forms: 'river riv', severity: 'medium', note: 'Skadegörelse: bara med ner/upp/sönder i mönstren.', weight: 0 },
    { term: 'tjuvjaga', forms: 'tjuvjagar tjuvfiska tjuvfiskar', severity: 'medium', note: 'Jaktbrott.' },
  ],
};

/** Illegal goods and services: drugs, weapons, forged papers. */
export const contrabandSv: WordList = {
  category: 'contraband',
  lang: 'sv',
  why: 'Olagliga varor',
  entries: [
    { term: 'knark', forms: 'knarket piller pillren fröer cannabisfrön gräs gräset hasch haschet weed marijuana cannabis kokain kola koks tjack amfetamin ecstasy mdma molly lsd heroin spice xanax tramadol oxy oxycontin subutex benso bensos narkotika droger drogerna kush', severity: 'high', note: 'Narkotika. "gräs" bara i säljmönster.' },
    { term: 'vapen', forms: 'vapnen pistol pistoler pistolen skjutvapen ammunition k-pist automatvapen handgranat handgranater', severity: 'high', note: 'Vapen.' },
    { term: 'falska', forms: 'förfalskade stulna stöldgods svarta marknaden svartmarknad', severity: 'medium', note: '"falska id-kort", "stulna cyklar".' },
  ],
};

/**
 * Urging or inviting others to commit a crime, or offering illegal goods. Reporting a crime
 * ("någon klottrade på väggen") or urging a legal protest matches none of these.
 */
export const crimePatternsSv: PatternList = {
  name: 'crime',
  label: 'crime-incitement',
  why: 'Uppmaning till brott',
  entries: [
    { pattern: 'vi [ska|måste|borde|kan|går|drar|tar|vill] [och|att|bara] @crime-verb', severity: 'high', note: '"vi klottrar ner fasaden", "vi ska sno".', lawGround: 'uppvigling' },
    { pattern: 'låt|låtom oss ..2 @crime-verb', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'kom igen ..3 @crime-verb', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'dags att ..2 @crime-verb', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'någon|nån|folk|alla|ni|man|du borde|bör|ska|måste|kan|får|skulle [bara|ju|gärna|väl|verkligen] @crime-verb', severity: 'high', note: '"någon borde bränna ner stället".', lawGround: 'uppvigling' },
    { pattern: 'ska vi ..2 @crime-verb', severity: 'high', note: '"ska vi sno en tavla?"', lawGround: 'uppvigling' },
    { pattern: 'gå|åk|stick|kom dit|in|ner och ..1 @crime-verb', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: '^ [så|bara|nu|alla] klottra|spreja|spraya|vandalisera|sabotera|sno|snatta|råna|plundra|hacka|ddosa|planka|knarka|misshandla|spöa|dyrka|norpa', severity: 'high', note: 'Uppmaning i imperativ först i meningen.', lawGround: 'uppvigling' },
    { pattern: 'bränn|bränna|bränner|elda|eldar|tänd|tända ner|upp skiten|stället|museet|kåken|byggnaden|alltihop|hela', severity: 'high', note: '"bränn ner skiten".', lawGround: 'uppvigling' },
    { pattern: 'tänd|tända|sätt|sätta eld på', severity: 'high', note: '"sätt eld på".', lawGround: 'uppvigling' },
    { pattern: 'slå|slår|krossa|krossar|ta [sönder|in] rutorna|fönstren|rutor|fönster|montrarna|montrar', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'bryt|bryta|bryter er|sig|dig|oss in', severity: 'high', note: '"bryt er in".', lawGround: 'uppvigling', weight: 0.6 },
    { pattern: 'gå|smit|smyg|kom|ta|åk|hoppa|klättra in|över ..3 utan [att] betala|biljett|licens|tillstånd|lov', severity: 'high', note: 'Planka.', lawGround: 'uppvigling' },
    { pattern: 'hoppa|klättra|kliv över|förbi grinden|spärren|staketet|stängslet|muren|disken', severity: 'high', note: '"hoppa över grinden".', lawGround: 'uppvigling' },
    { pattern: 'sluta|strunta|skippa [i|att] betala|inträdet|inträde|biljett|biljetten|avgiften|p-avgiften|parkeringsavgiften', severity: 'high', note: '', lawGround: 'uppvigling', weight: 0.6 },
    { pattern: 'slippa ..2 p-avgiften|avgiften|inträdet|betala', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'ha|ta|skär|skära|sparka|slå|krossa|knacka|bryt|bänd|såga|skruva|riv|riva|sprej|spreja|sprejar|klottra|klottrar sönder|ner|loss|bort|upp ..3 konstverk|konstverket|skylt|skyltar|skyltarna|däck|däcken|automaten|runsten|runstenen|hällristning|hällristningen|hällristningarna|montern|montrarna|statyn|fönster|fönstren|rutor|rutorna|vindskydd|vindskyddet|dörren|låset|bilen|bil|fasaden|väggen|väggarna|tavlan|tavlorna|sten|stenen|mynten|utställningen', severity: 'high', note: 'Skadegörelse: "ha sönder konstverket", "riv upp skyltarna".', lawGround: 'uppvigling' },
    { pattern: '^ [så|bara|asså|nu|alla|kom] ha|skär|sparka|knacka|bryt|bänd|såga|skruva|riv|sprej|spreja|klottra sönder|ner|loss|bort|upp', severity: 'high', note: 'Uppmaning till skadegörelse.', lawGround: 'uppvigling' },
    { pattern: 'kasta|kastar|kasta sten|stenar|ägg|färg på|mot ..2 fönstren|fönster|museet|huset|bilen|rutorna|vakterna|polisen', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'kastar|kasta sten|stenar|ägg', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'ta|tar med [dig|er] ..2 mejsel|kofot|sprejburkar|sprejburk|bultsax|hammare|tändvätska|bensin', severity: 'high', note: 'Verktyg för brott.', lawGround: 'uppvigling' },
    { pattern: 'ta oss|er|dig in ..2 natten|natt|kvällen|stängning|bakvägen', severity: 'high', note: 'Inbrott.', lawGround: 'uppvigling' },
    { pattern: 'sno|snor|stjäl|stjäla|ta|norpa|plocka ..3 tavlorna|tavlan|mynten|föremålen|allt|alla|montern|smyckena|kassan|butiken|grejerna|prylarna|souvenir', severity: 'high', note: '"sno tavlorna".', lawGround: 'uppvigling', weight: 0.6 },
    { pattern: 'ingen märker|ser|vakt|kollar|bryr|upptäcker', severity: 'medium', note: 'Uppmuntran till brott.', weight: 0.5, support: true },
    { pattern: 'dom|de märker|kollar|bryr inget|aldrig|inte|sig', severity: 'medium', note: '', weight: 0.5, support: true },
    { pattern: 'odla|odlar ..3 cannabis|hasch|gräs|marijuana|knark|weed|svamp', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'skjut|skjuta|fälla ..2 älg|älgen|rådjur|varg|vargen|björn|lo', severity: 'medium', note: 'Jakt: olagligt utan licens.', weight: 0.5 },
    { pattern: 'alla gör det|så', severity: 'medium', note: '', weight: 0.5, support: true },
    { pattern: 'ingen|utan licens|jaktkort', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'inget|inte anmält|anmäla ..2 länsstyrelsen|polisen', severity: 'medium', note: 'Fornfynd ska anmälas.', weight: 0.6 },
    { pattern: 'metalldetektor|metallsökare ..4 natten|utan tillstånd|fornlämning|gravfält|sälja', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'hacka|hackar|ddosa|hack ..2 deras|hans|hennes|museets|wifi|instagram|konto|sida|hemsida|nätverk', severity: 'high', note: '', lawGround: 'uppvigling' },
    { pattern: 'lösenordet|password ..3 är', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'vem|vilka|nån|någon ..1 är|hänger|följer med|på|in ..3 ikväll|inatt|i natt|natten|lördag', severity: 'medium', note: '"vem är med ikväll?"', weight: 0.5, support: true },
    { pattern: 'finns|köp|köpa|kan köpas|fixa ..4 @contraband', severity: 'high', note: '' },
    { pattern: '@contraband ..4 finns att|köpa|köpas|köp|fråga|beställ', severity: 'high', note: '"amfetamin finns att köpa".' },
    { pattern: 'köp|köpa|beställ av|från mig|oss', severity: 'medium', note: '"köp av mig".', weight: 0.6, also: ['spam'] },
    { pattern: 'brandbomb|brandbomba|brandbomben|molotov|molotovcocktail|molotovcocktails|sprängladdning|rörbomb', severity: 'high', note: 'Brandbomb och sprängmedel.', lawGround: 'terrorism' },
    { pattern: 'kom|nu|sen [så] @crime-verb vi|ni', severity: 'high', note: '"kom så sprejar vi ner".', lawGround: 'uppvigling' },
    { pattern: 'tänd|tända|tänder|sätter|sätt|sätta vi|ni eld', severity: 'high', note: '"så tänder vi eld på ladan".', lawGround: 'uppvigling' },
    { pattern: 'tagga|taggar|spreja|måla|målar ner|över ..3 muren|väggen|väggarna|fasaden|tåget|bron|runstenen|statyn', severity: 'high', note: 'Graffiti.', lawGround: 'uppvigling' },
    { pattern: 'pissa|skita|spotta på ..2 den|det|utställningen|konstverket|statyn|graven|monumentet', severity: 'high', note: 'Skadegörelse.', lawGround: 'uppvigling' },
    { pattern: 'lättaste|enklaste|bästa|smidigaste stället|sättet|platsen|tiden att @crime-verb', severity: 'high', note: '"lättaste stället att stjäla".', lawGround: 'uppvigling' },
    { pattern: 'slipper|slippa|undvika ..2 boten|böter|p-boten|p-böter|fortkörningsböter', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'registreringsskylten|registreringsskylt|registreringsskyltarna', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'gör det bara|gör det|gör som jag', severity: 'medium', note: 'Uppmuntran.', weight: 0.5, support: true },
    { pattern: 'ingen|aldrig kollar|märker|vaktar|bryr ..3 biljetter|biljetten|larm|larmet|kameror|kamerorna|vakterna', severity: 'medium', note: 'Tips om brott.', weight: 0.6 },
    { pattern: 'säljer|sälja|köp|köper|köpa|beställ|beställa|fixar|fixa|levererar [bra|billigt|billig|billiga] ..2 @contraband', severity: 'high', note: 'Erbjuder olagliga varor.', also: ['spam'] },
    { pattern: '@contraband ..4 dm|pm|snap|snapchat|telegram|wickr|signal|swish|leverans|levereras|billigt|billig|säljes|salu|inbox|kik|whatsapp|privat', severity: 'high', note: 'Erbjuder olagliga varor.', also: ['spam'] },
    { pattern: 'röka|röker|röka på ..2 gräs|weed|hasch|på', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'spräng|spränga|bomba|bomba ..2 museet|riksdagen|regeringen|stället|alla|skiten', severity: 'high', note: '"spräng museet".', lawGround: 'terrorism' },
    { pattern: 'lets|let [us|s] steal|vandalize|burn|smash|hack|rob|loot', severity: 'high', note: 'Engelska.', lawGround: 'uppvigling' },
    { pattern: 'we should steal|vandalize|burn|smash|hack|rob|loot', severity: 'high', note: 'Engelska.', lawGround: 'uppvigling' },
  ],
};
