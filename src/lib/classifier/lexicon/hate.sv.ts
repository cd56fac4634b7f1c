import type { PatternList, WordList } from './types.ts';

/** Words that treat people as vermin or disease: contempt for a group when said about one. */
export const dehumanisingSv: WordList = {
  category: 'dehumanising',
  lang: 'sv',
  why: 'Avhumaniserande ord',
  entries: [
    { term: 'ohyra', forms: 'ohyran kackerlackor kackerlackorna råttor råttorna parasiter parasiterna skadedjur löss avskum avskummet pack packet patrask slödder slöddret djur djuren apor aporna grisar svin pest pesten cancer cancern virus smitta sjukdom boskap kreatur untermensch undermänniskor odjur barbarer vildar', severity: 'high', note: 'Räknas bara om en grupp: "invandrare är parasiter".' },
  ],
};

/** Verbs of extermination and expulsion: "borde utrotas", "skicka hem". */
export const exterminateSv: WordList = {
  category: 'exterminate',
  lang: 'sv',
  why: 'Utrotning',
  entries: [
    { term: 'utrotas', forms: 'utrota utrotade gasas gasa gasade skjutas skjutes hängas hänga brännas bränna dödas döda avrättas avrätta deporteras deportera utvisas utvisa kastas kasta steriliseras sterilisera rensas rensa elimineras eliminera dö dör försvinna försvinner slängas slänga skickas skicka åka åker ut hem spärras låsas', severity: 'high', note: 'Räknas bara om en grupp.' },
  ],
};

/** Verbs of harm for threats against a person. */
export const harmVerbsSv: WordList = {
  category: 'harm-verb',
  lang: 'sv',
  why: 'Våld',
  entries: [
    { term: 'döda', forms: 'dödar slakta slaktar spöa mörda mördar skjuta skjuter knivhugga knivhugger hugga hugger sticka spöa spöar misshandla misshandlar strypa stryper våldta våldtar slakta slaktar avrätta avrättar hänga hänger dränka dränker sparka sparkar slå slår krossa krossar skada skadar plåga plågar tortera torterar bränna bränner spränga spränger hitta hittar leta jaga jagar förfölja förföljer hämnas ta sätta dit', severity: 'high', note: 'Räknas bara i hotmönster: jag/vi + verb + dig/er.' },
  ],
};

/**
 * Threats and harassment against a person (olaga hot when serious), and contempt for groups
 * (hets mot folkgrupp). Plain anger and disagreement match none of these.
 */
export const threatPatternsSv: PatternList = {
  name: 'threat',
  label: 'hate-harassment',
  why: 'Hot mot en person',
  entries: [
    { pattern: 'vet|vettu|vetu|va|vart var|va|vart du|ni|han|hon|hen|dom|dina|era [barn] bor|jobbar|finns|parkerar|sover|går', severity: 'high', note: '"jag vet var du bor".', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi har|fått|hittat din|hans|hennes adress|hemadress|personnummer', severity: 'high', note: '"jag har din adress".', lawGround: 'olaga-hot' },
    { pattern: 'du|ni|han|hon kommer|ska [att] få ångra|sota|lida', severity: 'high', note: '"du kommer få ångra dig".', lawGround: 'olaga-hot' },
    { pattern: 'du|ni ska få se $', severity: 'medium', note: '"du ska få se!"', lawGround: 'olaga-hot' },
    { pattern: 'du|ni ska|kommer få se vad som händer', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'du|ni|han|hon kommer|ska [att] få betala|sota för det|detta', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'snart|nu är det din|er|hans|hennes tur', severity: 'high', note: '"snart är det din tur".', lawGround: 'olaga-hot' },
    { pattern: 'vi|jag glömmer|förlåter inte|aldrig', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'blir det inte trevligt|roligt|kul', severity: 'high', note: '"då blir det inte trevligt".', lawGround: 'olaga-hot' },
    { pattern: 'bomben|bomb|bomber smäller|exploderar|går av|detonerar', severity: 'high', note: 'Bombhot.', lawGround: 'olaga-hot' },
    { pattern: 'tills du|ni|han|hon|hen ..2 slutar|svarar|ger|flyttar|säger|försvinner|blockar|gör', severity: 'high', note: 'Trakasserier: "tills du svarar".' },
    { pattern: 'skapar|gör nya konton', severity: 'medium', note: 'Kringgår blockering.' },
    { pattern: 'spamma|spammar|spamma ..2 hennes|hans|hens|din|deras privata|mejl|inkorg|telefon', severity: 'high', note: 'Uppmaning till trakasserier.' },
    { pattern: 'ring|ringa|mejla|skriv ..3 säg|berätta|tryck', severity: 'medium', note: '', weight: 0.4 },
    { pattern: 'jag ser dig', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'din|er|hans|hennes chef|familj|arbetsgivare|fru|man|mamma ..1 kommer|ska [att] få veta', severity: 'high', note: 'Hot om att hänga ut.' },
    { pattern: 'screenshottat|sparat|skärmdumpat allt', severity: 'medium', note: '', weight: 0.4 },
    { pattern: 'nästa gång ..6 får|kommer du|ni', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'inte gå|komma därifrån|levande|helskinnad', severity: 'high', note: '"du får inte gå därifrån".', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi väntar|står ..2 utanför|vid ..2 ingången|personalingången|parkeringen|entrén|jobbet|dörren', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'vi|jag ses efter|utanför ..1 stängning|jobbet|jobbet|museet', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'vänta du bara|vänta bara|det här är inte över|detta är inte över', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'jag|vi kommer hem till dig|er', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi hittar|letar upp dig|er', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'du|ni förtjänar att dö|lida|plågas|skjutas', severity: 'high', note: '' },
    { pattern: 'du|ni ska dö', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'tänk på det|saken $', severity: 'medium', note: 'Efter en uppgift om familj eller bostad.', weight: 0.5 },
    { pattern: 'dotter|son|barn|barnen|fru ..6 skolan|förskolan|hemma|bor', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'vilja|vill [bara] @harm-verb ..3 alla|honom|henne|dig|den|gubben|tjejen|killen|er', severity: 'high', note: '"skulle vilja slakta alla".' },
    { pattern: 'få @harm-verb [upp] den|honom|henne|dig|gubben|tjejen|killen', severity: 'high', note: '"tänk att få spöa upp den gubben".' },
    { pattern: 'ge|få ..2 en [rejäl] omgång|stryk|smäll|käftsmäll|kula', severity: 'high', note: '"ge guiden en omgång stryk".', also: ['crime-incitement'] },
    { pattern: 'du|ni kommer|ska ..2 ångra', severity: 'high', note: 'Svagt: "du kommer ångra dig om du missar marknaden" är inget hot.', lawGround: 'olaga-hot', weight: 0.6 },
    { pattern: 'jag lovar|lovar dig|räkna med det|count on it', severity: 'medium', note: '', weight: 0.4, support: true },
    { pattern: 'ingen kommer [att] sakna dig|er|honom|henne', severity: 'high', note: '' },
    { pattern: 'akta dig|er', severity: 'medium', note: '"akta dig".', lawGround: 'olaga-hot' },
    { pattern: 'se dig|er över axeln', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi|ja [ska|kommer|tänker|skall|vill|borde] [att] [fan|jävlar|komma|till] @harm-verb [ihjäl|upp|på|sönder] dig|er|honom|henne|hen|dom|dem|din|er|hela|personalen|guiden|chefen|kassören', severity: 'high', note: '"jag ska döda dig".', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi|ja ska|kommer|tänker ..2 slå|sparka|skjuta|hugga|sticka ihjäl|ner|sönder', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'du|ni är död|döda|dödens|körd|körda', severity: 'high', note: '"du är död".', lawGround: 'olaga-hot' },
    { pattern: 'hoppas|önskar ..2 du|ni|han|hon|hen|dom|guiden|chefen ..2 dör|dö|drunknar|brinner|ruttnar|lider|våldtas|cancer|överkörd|påkörd|dödas|skjuts', severity: 'high', note: '"hoppas du dör".' },
    { pattern: 'ta|tar livet av dig|er|dej', severity: 'high', note: '' },
    { pattern: 'gå|dra och dö|hänga|dränka [dig]', severity: 'high', note: '' },
    { pattern: 'häng|dränk dig|er', severity: 'high', note: '' },
    { pattern: 'kan|borde du|ni inte bara dö', severity: 'high', note: '' },
    { pattern: '^ dö [bara|då|nu] $', severity: 'medium', note: 'Ensamt "dö!".' },
    { pattern: 'dö i ett hål|helvetet', severity: 'medium', note: '' },
    { pattern: 'väntar|står på dig utanför|efter|hemma', severity: 'high', note: '', lawGround: 'olaga-hot' },
    { pattern: 'jag|vi följer|följde|smyger|smög efter dig|er', severity: 'high', note: 'Förföljelse.' },
    { pattern: 'förföljer|förföljde|bevakar dig|er', severity: 'high', note: 'Förföljelse.' },
    { pattern: 'jag|vi har koll|ögonen på dig|er|var', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'sista varningen|varning', severity: 'medium', note: '' },
    { pattern: 'du|ni har [blivit] varnad|varnade|varnats', severity: 'medium', note: '' },
    { pattern: 'vi|jag ses|hittar ..2 utanför|jobbet', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'synd|tråkigt om ..2 din|dina|dig|era|er|något|nåt händer|hände|skulle', severity: 'high', note: 'Förtäckt hot.', lawGround: 'olaga-hot' },
    { pattern: 'spränga|spränger|bomba|bombar|bränna|bränner|tända ..2 museet|stället|byggnaden|skiten|kåken|ner', severity: 'high', note: '"jag ska spränga museet".', lawGround: 'olaga-hot' },
    { pattern: 'i will|gonna|going [to] kill|hurt|find|rape|get you', severity: 'high', note: 'Engelska.', lawGround: 'olaga-hot' },
    { pattern: 'i know where you live|work', severity: 'high', note: 'Engelska.', lawGround: 'olaga-hot' },
    { pattern: 'kill yourself|urself', severity: 'high', note: 'Engelska.' },
    { pattern: 'kys', severity: 'high', note: 'Engelska förkortning.' },
    { pattern: 'go die', severity: 'high', note: 'Engelska.' },
    { pattern: 'you will|youll regret', severity: 'high', note: 'Engelska.', lawGround: 'olaga-hot' },
  ],
};

export const groupHatePatternsSv: PatternList = {
  name: 'group-hate',
  label: 'hate-harassment',
  why: 'Förakt för en folkgrupp',
  entries: [
    { pattern: '@group|@slur ..3 borde|ska|bör|måste|skulle|kan [alla] [bara] @exterminate', severity: 'high', note: '"invandrare borde utrotas".', lawGround: 'hets-mot-folkgrupp', also: ['discrimination'] },
    { pattern: 'borde|ska|bör|måste|skulle [alla] [bara] [ju] utrotas|gasas|hängas|brännas|avrättas|steriliseras|elimineras|rensas|likvideras|skjutas|arkebuseras', severity: 'high', note: '"sådana som dem borde utrotas".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'utrota|gasa|skjut|skjuta|hänga|häng|deportera|utvisa ..2 @group|@slur', severity: 'high', note: '"skjut alla judar".', lawGround: 'hets-mot-folkgrupp', also: ['discrimination', 'crime-incitement'] },
    { pattern: 'utrota|gasa|skjut|skjuta|hänga|häng|deportera|utvisa ..2 allihop|allihopa|alla|packet', severity: 'high', note: '"utrota dem alla".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'skicka|kasta|släng|sparka|köra|kör|skicka ..1 @group|allihop|allihopa|packet', severity: 'high', note: '', lawGround: 'hets-mot-folkgrupp', weight: 0.6 },
    { pattern: 'skicka|kasta|släng|sparka|köra|kör hem|ut [alla] [jävla] @group|@slur|allihop|allihopa|dem|dom|packet|hela', severity: 'high', note: '"skicka hem allihop".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'ut med ..1 @group|packet|allihop', severity: 'high', note: '"ut med packet".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'ställas|ställa|ställ mot väggen', severity: 'high', note: '"borde ställas mot väggen".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'rensa|rena landet|sverige|samhället ..3 från|alla|dem|dom', severity: 'high', note: '"rensa landet från".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'stoppa @group|@slur', severity: 'high', note: '', lawGround: 'hets-mot-folkgrupp', weight: 0.6 },
    { pattern: 'inte få|ens existera|leva|finnas', severity: 'high', note: '"ska inte få existera".' },
    { pattern: '@slur|@group har inget|ingenting ..2 här|göra', severity: 'high', note: '', lawGround: 'hets-mot-folkgrupp', weight: 0.6 },
    { pattern: '@slur|@group ska|borde|bör inte [få] bo|finnas', severity: 'high', note: '"n e g r e r ska inte bo här".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'lås|låsa in era|dina bilar|barn|döttrar', severity: 'medium', note: '', weight: 0.5 },
    { pattern: '@group ..2 är|e|var ..2 @dehumanising', severity: 'high', note: '"invandrare är parasiter".', lawGround: 'hets-mot-folkgrupp', also: ['discrimination'] },
    { pattern: 'åk|dra|stick|flytta|gå hem|tillbaka ..3 ditt|ert|erat|era|sitt|deras|eget|egna land|länder|hemland|öknen|afrika|djungeln', severity: 'high', note: '"åk hem till ditt eget land".', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'sieg heil', severity: 'high', note: 'Nazistiskt slagord.', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'heil hitler', severity: 'high', note: 'Nazistiskt slagord.', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'white power', severity: 'high', note: 'Rasistiskt slagord.', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'helg seger', severity: 'high', note: 'Nazistiskt slagord.', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'hitler hade|gjorde rätt|bra', severity: 'high', note: '', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'förintelsen|holocaust har aldrig hänt', severity: 'high', note: 'Förnekelse av förintelsen.', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'förintelsen|holocaust är [en] bluff|lögn|myt|påhitt', severity: 'high', note: '', lawGround: 'hets-mot-folkgrupp' },
    { pattern: 'go back to your|ur country', severity: 'high', note: 'Engelska.', lawGround: 'hets-mot-folkgrupp' },
  ],
};
