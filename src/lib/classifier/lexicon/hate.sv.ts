import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** Words that treat people as vermin or disease: contempt for a group when said about one. */
export const dehumanisingSv: WordList = {
  category: 'dehumanising',
  lang: 'sv',
  why: 'Avhumaniserande ord',
  entries: wordEntries([
    // Räknas bara om en grupp: "invandrare är parasiter".
    'h: ohyra -n kackerlackor kackerlackorna råttor råttorna parasiter parasiterna skadedjur löss avskum avskummet pack packet patrask slödder slöddret djur djuren apor aporna grisar svin pest pesten cancer cancern virus smitta sjukdom boskap kreatur untermensch undermänniskor odjur barbarer vildar vildarna mögel svärm horder invasion parasit råtta kackerlacka ogräs smuts skräp grisarna kryp gräshoppor',
  ]),
};

/** Groups outside the protected grounds: contempt for them is still harassment, not discrimination. */
export const hateTargetsSv: WordList = {
  category: 'hate-target',
  lang: 'sv',
  why: 'Grupp',
  entries: wordEntries([
    // Bara med utrotning eller avhumanisering.
    'l: journalister -na politiker politikerna vänstern kulturvänstern vänsterfolk vänstervridna sossar sossarna miljöpartister kommunister kommunisterna högern högerfolk nassar nassarna sverigedemokrater moderater liberaler feministerna kultureliten eliten gammelmedia pk-eliten förrädarna landsförrädarna alla kulturtanter kulturtanterna byråkrater byråkraterna tjänstemännen tjänstemän poliser poliserna snutar snutarna aktivister aktivisterna klimataktivister miljömuppar proggare batikhäxor',
  ]),
};

/** Verbs of extermination and expulsion: "borde utrotas", "skicka hem". */
export const exterminateSv: WordList = {
  category: 'exterminate',
  lang: 'sv',
  why: 'Utrotning',
  entries: wordEntries([
    // Räknas bara om en grupp.
    'h: utrotas utrota utrotade gasas gasa gasade skjutas skjutes hängas hänga brännas bränna dödas döda avrättas avrätta deporteras deportera utvisas utvisa kastas kasta steriliseras sterilisera rensas rensa elimineras eliminera dö dör försvinna försvinner slängas slänga skickas skicka åka åker ut hem spärras låsas fösas jagas köras bort ivägskickas sättas utvisade deporterade kastrerade kastreras',
  ]),
};

/** Verbs of harm for threats against a person. */
export const harmVerbsSv: WordList = {
  category: 'harm-verb',
  lang: 'sv',
  why: 'Våld',
  entries: wordEntries([
    // Räknas bara i hotmönster: jag/vi + verb + dig/er.
    'h: döda -r slakta slaktar spöa mörda mördar skjuta skjuter knivhugga knivhugger hugga hugger sticka spöar misshandla misshandlar strypa stryper våldta våldtar avrätta avrättar hänga hänger dränka dränker sparka sparkar slå slår krossa krossar skada skadar plåga plågar tortera torterar bränna bränner spränga spränger hitta hittar leta jaga jagar förfölja förföljer hämnas ta sätta dit knocka klippa skära kväva',
  ]),
};

/**
 * Threats and harassment against a person (olaga hot when serious), and contempt for groups
 * (hets mot folkgrupp). Plain anger and disagreement match none of these.
 */
export const threatPatternsSv: PatternList = {
  name: 'threat',
  label: 'hate-harassment',
  why: 'Hot mot en person',
  entries: patternEntries([
    // "du kommer inte undan".
    'h olaga-hot: du|ni kommer|kan inte [komma] undan|fly',
    'h olaga-hot: göra|gör dig|er|henne|honom illa',
    'm.5: annars|sen|sedan|så ..2 smäller|händer|blir|får|kommer ..1 det|du|ni|jag|vi',
    // "jag vet var du bor".
    'h olaga-hot q: vet|vettu|vetu var|va|vart du|han|hon|hen|dom|din|ditt|dina|era|hans|hennes ..2 bor|jobbar|finns|parkerar|sover|går|tränar|handlar|pluggar|hämtar|lämnar|brukar|hänger|promenerar',
    // Till organisationen är det oftast ett skämt: "Vi vet var ni bor – i våra hjärtan!".
    'm.5 olaga-hot q: vet var ni bor|jobbar',
    // "jag har din adress".
    // "jag har hittat din LinkedIn".
    'h olaga-hot: jag|vi har|hittat|googlat [fått|hittat|googlat|kollat] din|ditt|dina|hans|hennes|hens adress|hemadress|personnummer|nummer|linkedin|facebook|instagram|arbetsplats',
    // "du kommer få ångra dig".
    'h olaga-hot: du|ni|han|hon|hen kommer|ska [att] få|fa ..2 ångra|sota|lida|stryk|däng|sona',
    // "du ska få se vad som händer".
    'h olaga-hot: du|ni ska|kommer få se vad som händer',
    'h olaga-hot: du|ni|han|hon kommer|ska [att] få betala|sota för det|detta',
    // "snart är det din tur".
    'h olaga-hot: snart|nu är det din|er|hans|hennes tur',
    // "då blir det inte trevligt".
    'h olaga-hot: blir det inte trevligt|roligt|kul',
    // Bombhot.
    'h olaga-hot: bomben|bomb|bomber|bomberna smäller|exploderar|detonerar|sprängs',
    // Trakasserier: "tills du svarar".
    'h: tills du|ni|han|hon|hen ..2 slutar|svarar|ger|flyttar|säger|försvinner|blockar|gör|tar|raderar',
    // Kringgår blockering.
    'm: skapar|gör|startar [bara] nya konton',
    // Hot om att hänga ut.
    'h: din|er|hans|hennes chef|familj|arbetsgivare|fru|man|mamma ..1 kommer|ska [att] få veta',
    // "du får inte gå därifrån".
    'h olaga-hot: inte gå|komma därifrån|levande|helskinnad',
    'm.6: jag|vi väntar|står ..2 utanför|vid ..2 ingången|personalingången|parkeringen|entrén|jobbet|dörren',
    'm.6: vi|jag ses|hittar ..3 utanför|jobbet|stängning',
    // Doxxing: "bor på Ekvägen 12. Gör vad ni vill med den infon."
    'h: gör|göra vad ni|du vill med ..2 den|det|infon|informationen|uppgifterna|adressen',
    // "sen kommer jag hem till dig".
    'h olaga-hot: jag|vi|kommer|åker kommer|ska|åker|jag|vi [att] [komma|åka] hem till dig|henne|honom|hen',
    'h olaga-hot: leta|letar|söka|söker|hittar|hitta reda|upp [på] dig|er|henne|honom|hen',
    'h olaga-hot: du|ni ska|förtjänar [att] dö|lida|plågas',
    // Efter en uppgift om familj eller bostad.
    'm.5: tänk på det|saken $',
    'm.5: dotter|son|barn|barnen|fru ..6 skolan|förskolan|hemma|bor',
    // "skulle vilja slakta alla".
    'h: vilja|vill [bara] @harm-verb ..3 alla|honom|henne|dig|den|gubben|tjejen|killen|er',
    // "tänk att få spöa upp den gubben".
    'h: få @harm-verb [upp] den|honom|henne|dig|gubben|tjejen|killen',
    // "ge guiden en omgång stryk".
    // Svagt: "du kommer ångra dig om du missar marknaden" är inget hot.
    'h.6 olaga-hot: du|ni kommer|ska ..2 ångra',
    'h: ingen kommer [att] sakna dig|er|honom|henne',
    // "akta dig".
    'm olaga-hot: akta|passa dig|er $',
    // Svagt: "akta er för halkan" är ingen varning.
    'm.5 olaga-hot: akta|passa dig|er',
    // "passa dig noga".
    'm olaga-hot: akta|passa dig|er [du|ni] noga|jävligt|bara|fan|nu|ordentligt',
    'h olaga-hot: se dig|er över axeln',
    // "borde nog se sig om över axeln": i alla personer och med "om".
    'h olaga-hot: se|titta dig|sig|er [om] över axeln',
    // "ska få se vad som händer", "få känna på hur det är": utan subjekt, som i "Guiden ska få se ...".
    'h olaga-hot: få se|känna vad som händer|händer|kan hända',
    'h olaga-hot: få känna på hur det är|känns',
    // Kartläggning av någons privatliv: "har hittat din arbetsplats, din sambo och er hund".
    'h olaga-hot: hittat|googlat|kollat|sett|spårat|fotat din|ditt|dina|era|hans|hennes arbetsplats|jobb|sambo|fru|man|barn|ungar|hund|bil|adress|hus|stuga|sommarstuga|skola|familj',
    'h olaga-hot: såg|sett|vet vilken|vilket|var ..1 buss|bil|tåg|skola|dagis|förskola|hus|port|trappuppgång ..3 du|ni|dina|hon|han',
    'h olaga-hot: vet vilka|vem ni|du ..2 är|bor|sitter|parkerar|jobbar|arbetar',
    // "Det kommer att tas om hand om dig", "ingen kan skydda dig": hot i passiv form.
    'h olaga-hot: tas|tagas om hand om dig|er|honom|henne',
    'h.6 olaga-hot: vi|jag ses snart|ikväll|inatt',
    // "Du blir aldrig av med mig", "jag slutar aldrig".
    'h: blir|kommer aldrig [att] [bli] av med mig|oss',
    // "Ska vi testa nån kväll?", "kom ut så får vi se hur tuff du är".
    'h: se hur tuff|kaxig|modig|stor du|ni är',
    // Engelska: "would be a shame if someone found out where ...".
    'h olaga-hot: shame if ..2 someone|somebody|something',
    'h olaga-hot: watch your back',
    'h olaga-hot: we|i know where|who you|ur',
    // "jag ska döda dig".
    'h olaga-hot: jag|vi|ja [ska|kommer|tänker|skall|vill|borde] [att] [fan|jävlar|komma|till] @harm-verb [ihjäl|upp|på|sönder|ner] [den] [där] dig|er|honom|henne|hen|dom|dem|din|er|hela|personalen|guiden|chefen|kassören',
    'h olaga-hot: jag|vi|ja ska|kommer|tänker ..2 slå|sparka|skjuta|hugga|sticka ihjäl|ner|sönder',
    // "du är död".
    'h olaga-hot: du|ni är död|döda|dödens|körd|körda',
    // "hoppas du dör".
    'h: hoppas|önskar ..2 du|ni|han|hon|hen|dom|guiden|chefen|@person|@person-plural|@name|@group ..3 dör|dö|drunknar|brinner|ruttnar|lider|våldtas|cancer|överkörd|dödas|skjuts|mördas|misshandlas|våldtagen|ihjäl|plågas',
    'h: häng|dränk dig|er',
    // Ensamt "dö!".
    'm: ^ dö [bara|då|nu] $',
    'h olaga-hot: vänta|väntar|står på dig|honom|henne utanför|efter|hemma',
    // Förföljelse.
    'h: följer|följde|följt|smyger|smög|smugit efter ..2 dig|er|henne|honom|hem',
    'm: sista varningen|varning',
    // Förtäckt hot.
    'h olaga-hot: synd|tråkigt|trist om ..3 din|dina|ditt|dig|era|er|hans|hennes|något|nåt ..2 händer|hände|skulle|brann|brinner',
    // "du kommer att ångra det".
    'h olaga-hot: du|ni kommer|ska [att] [få] ångra det|detta|dig|er $',
    // "du är inte säker".
    'h olaga-hot: du|ni är inte säker|säkra|trygg|trygga',
    // "någon borde skjuta chefen".
    'h olaga-hot +crime-incitement: någon|nån|folk|man borde|ska|måste|bör|skulle [bara] [gå] [och] döda|mörda|skjuta|spöa|slå|misshandla|knivhugga|hänga|strypa|klå [ihjäl|upp|ner|till] [den] [där] dem|dom|@person|@name',
    // "jag vet vilken skola dina barn går i".
    'h olaga-hot: vet|vettu vilken|vilket|vilka|när|hur ..2 bil|skola|förskola|dagis|gym|adress|port|dörr|buss|väg|gym ..3 du|ni|dina|din|ditt|era|ert|hans|hennes',
    'h olaga-hot: knackar|knacka|ringer ..2 det|jag|vi på din|er|hans|hennes dörr',
    'h olaga-hot: din|dina|er|era|hans|hennes tid|dagar är [snart] ute|räknad|räknade',
    'h: ditt|ert|hans|hennes liv till ett helvete',
    'h: se till att du|han|hon|hen ..4 sparken|jobba|arbeta|branschen',
    'h olaga-hot: kommer|ska [att] få|fa vad|som|det du|ni|han|hon ..1 förtjänar',
    // "borde få lära sig en läxa", "behöver en rejäl omgång".
    'h: få|behöver|behöva|förtjänar ..3 en|ett [rejäl|ordentlig|riktig] läxa|käftsmäll|snyting|kok|propp|omgång',
    // "ge vakterna stryk".
    'h +crime-incitement: ge|dra ..4 stryk|däng|smörj|käften|truten|käftsmäll|snyting|propp',
    // "en kula i huvudet".
    'h olaga-hot: kula|kulan|kulor|kniv|kniven ..2 i|mellan huvudet|skallen|ryggen|magen|ögonen|pannan|halsen',
    'h olaga-hot: ingen|inget kan|kommer skydda|rädda|hjälpa dig|er',
    'h olaga-hot: tände|tänder|tända eld ..2 ditt|din|ert|hans|hennes|dig|er',
    'h olaga-hot: gå|sluta illa för dig|er|honom|henne',
    'h.6 olaga-hot: vet du|ni vad som väntar|händer',
    'h olaga-hot: borde|ska|bör vara|bli rädd|rädda',
    'h.6 olaga-hot: om jag ser ..1 dig|er|honom|henne ..3 igen|där|här',
    // Förtäckt hot: "en mörk kväll", "man vet aldrig vad som kan hända", "ni vet vad jag menar".
    'm.5: mörk|mörkt ..3 kväll|natt|kvällarna|kvällen|natten',
    'm.5: vet aldrig vad ..3 hända|händer',
    'm.5: vet [nog] vad jag|vi menar',
    // "en kommentar till så kommer jag".
    'm.5: till så kommer|får|ska jag|vi|du|ni',
    'm.5: när|nästa gång du|ni|hon|han ..1 går|åker|cyklar hem|ut',
    'm.6: råka|råkar ut för [en] olycka|olyckor',
    // Övervakning: "jag ser dig varje morgon", "vi såg henne gå hem".
    'h: jag|vi [har] ser|såg|sett dig|henne|honom ..3 varje|hem|hemma',
    // Veto: "Du kommer ångra dig om du missar utställningen" är en inbjudan, inget hot.
    'l-1: du|ni kommer [att] [få] ångra ..8 missa*|tidigare',
    // Förföljelse: "jag håller koll på dig", "jag har sparat alla dina bilder".
    'm.6: håller|har koll på dig|er|henne|honom',
    'm.6: sparat|sparar alla|varenda ..2 bild|bilder|bilderna|foto|foton',
    // Beslöjad varning: "hon borde akta sig när hon går hem".
    'm.6 olaga-hot: borde|bör|får|ska akta|passa sig|er|dig',
    // Uthängning: "ska ringa din chef", "här bor han".
    'h: här bor han|hon|hen',
    'h.6 q: adressen|numret till|åt han|hon|honom|henne|hen',
    'm.5: privata|privat nummer|numret|adress',
    'm.5: om nån|någon|ni vill ringa|besöka|hälsa|säga|skriva ..1 henne|honom|hen|vad',
    'h +crime-incitement: kasta|kastar ägg|sten|stenar|färg ..4 hus|huset|bil|bilen',
    // "vem hänger med och letar upp honom".
    'h +crime-incitement: vem|nån|någon hänger|följer med ..4 bensin|spöa|slå|klå',
    // Sexuella trakasserier mot en person.
    'h: skicka|send nudes|nakenbilder|nakenbild',
    'h +violence-pornography: slita|riva|klä av henne|honom|dig ..1 kläderna',
    'h.6 hets-mot-folkgrupp: bort med ..1 dem|dom|alla|packet|@group|@slur|skiten',
    // Engelska.
    'h olaga-hot: i will|gonna|going [to] kill|hurt|find|rape|get you',
    // Engelska.
    'h olaga-hot: i know where you live|work',
    // Engelska.
    'h: kill yourself|urself',
    // Engelska förkortning.
    'h: kys',
  ]),
};

export const groupHatePatternsSv: PatternList = {
  name: 'group-hate',
  label: 'hate-harassment',
  why: 'Förakt för en folkgrupp',
  entries: patternEntries([
    // "invandrare borde utrotas".
    'h hets-mot-folkgrupp +discrimination: @group|@slur ..3 borde|ska|bör|måste|skulle|kan [alla] [bara] @exterminate',
    // "sådana som dem borde utrotas".
    'h hets-mot-folkgrupp: borde|ska|bör|måste|skulle [alla] [bara] [ju] utrotas|gasas|hängas|brännas|avrättas|steriliseras|elimineras|rensas|likvideras|skjutas|arkebuseras',
    // "skjut alla judar".
    'h hets-mot-folkgrupp +discrimination +crime-incitement: utrota|gasa|skjut|skjuta|hänga|häng|deportera|utvisa ..2 @group|@slur',
    // "utrota dem alla".
    'h hets-mot-folkgrupp: utrota|gasa|skjut|skjuta|hänga|häng|deportera|utvisa ..2 allihop|allihopa|alla|packet',
    'h.6 hets-mot-folkgrupp: skicka|kasta|släng|sparka|köra|kör|skicka ..1 @group|allihop|allihopa|packet',
    // "skicka hem allihop".
    'h hets-mot-folkgrupp: skicka|kasta|släng|sparka|köra|kör hem|ut|tillbaka [alla] [jävla] @group|@slur|allihop|allihopa|dem|dom|packet|hela',
    // "ut med packet".
    'h hets-mot-folkgrupp: ut med ..2 @group|@slur|packet|allihop|dem|dom',
    // "judar ut ur Sverige", "ska hela packet ut ur landet"; not "fördes ut ur landet".
    'h hets-mot-folkgrupp +discrimination: @group|@slur ..3 ut ur|från landet|sverige',
    'h hets-mot-folkgrupp: allihop|packet|ska|borde ..3 ut ur|från landet|sverige',
    // "borde ställas mot väggen".
    'h hets-mot-folkgrupp: ställas|ställa|ställ mot väggen',
    // "rensa landet från".
    'h hets-mot-folkgrupp: rensa|rena landet|sverige|samhället ..3 från|alla|dem|dom',
    'h.6 hets-mot-folkgrupp: stoppa @group|@slur',
    // "ska inte få existera".
    'h: inte få|ens existera|leva|finnas',
    'h hets-mot-folkgrupp: @slur|@group har inget|ingenting ..2 här|göra',
    // "n e g r e r ska inte bo här".
    'h hets-mot-folkgrupp: @slur|@group ska|borde|bör inte [få] bo|finnas',
    // "invandrare är parasiter".
    'h hets-mot-folkgrupp +discrimination: @group ..5 är|e|var|varit|blir ..2 @dehumanising',
    // "åk hem till ditt eget land".
    'h hets-mot-folkgrupp: åk|dra|stick|flytta|gå hem|tillbaka ..3 land|länder|hemland|öknen|afrika|djungeln',
    // "de är inte människor".
    'h hets-mot-folkgrupp +discrimination: @group|@slur|de|dom|dem ..3 är|e inte [riktiga] människor|svenskar',
    // "invandrare borde skickas hem".
    'h hets-mot-folkgrupp +discrimination: @group|@slur ..3 borde|ska|bör|måste|skulle [alla] [bara] [ju] skickas|kastas|köras|slängas|sparkas|deporteras|utvisas|fösas|jagas ..1 hem|ut|tillbaka|härifrån|bort|ur',
    // "de ska skickas hem allihop".
    'h hets-mot-folkgrupp: alla|allihop|allihopa|dem|dom|de|samtliga ..2 borde|ska|bör|måste [bara] skickas|kastas|köras|slängas|deporteras|utvisas|fösas ..1 hem|ut|tillbaka|härifrån|bort|ur',
    'h hets-mot-folkgrupp: borde|ska|bör|måste ..1 fösas|kastas|jagas|köras|slängas|skickas|deporteras ut|ur ..1 skogen|havet|öknen|landet|sverige',
    // "invandrare förstör Sverige".
    'h hets-mot-folkgrupp +discrimination: @group|@slur ..3 förstör|förpestar|invaderar|förstörde|våldtar|föröker|förökar ..2 sverige|landet|samhället|vårt|våra|allt|oss|kvinnor|sig',
    'h hets-mot-folkgrupp +discrimination: @group ..2 invasion|invasionen|horder|horderna|pack|packet|avskum|slödder',
    // Rasistiskt slagord.
    'h hets-mot-folkgrupp: sverige åt|för svenskarna|svenskar',
    'h hets-mot-folkgrupp +discrimination: @group|@slur ..3 är|e ..2 ett|en ..1 hot|cancer|pest|sjukdom|smitta|virus|plåga|gissel|cancersvulst|börda',
    'h hets-mot-folkgrupp +discrimination: @group ..3 ska|borde|bör ..1 ut|bort $',
    'h hets-mot-folkgrupp: @group|@slur ..3 ska|borde|bör|måste hållas borta|ute',
    'h hets-mot-folkgrupp: släpp|släppa|släpper inte in|hit ..2 @group|@slur',
    'h hets-mot-folkgrupp +crime-incitement +discrimination: ^ [så|bara|nu|kom|och] slå|spöa|skjut|döda|attackera|bränn ..2 @group|@slur',
    // "vänstervridna journalister borde skjutas".
    'h: @hate-target|@group|@slur ..4 borde|ska|bör|måste|skulle [alla] [bara] [ju] utrotas|gasas|hängas|brännas|avrättas|skjutas|ställas|fösas|arkebuseras|likvideras|elimineras|spärras|tystas|misshandlas|spöas|dö',
    // "de är som kackerlackor".
    'h hets-mot-folkgrupp: de|dom|dem är|e som @dehumanising',
    // Nazistiskt slagord.
    'h hets-mot-folkgrupp: sieg|heil heil|hitler',
    // Rasistiskt slagord.
    'h hets-mot-folkgrupp: white power',
    // Nazistiskt slagord.
    'h hets-mot-folkgrupp: helg seger',
    'h hets-mot-folkgrupp: hitler hade|gjorde rätt|bra',
    // Förnekelse av förintelsen.
    'h hets-mot-folkgrupp: förintelsen|holocaust har aldrig hänt',
    'h hets-mot-folkgrupp: förintelsen|holocaust är [en] bluff|lögn|myt|påhitt',
    // Engelska.
    'h hets-mot-folkgrupp: go back to your|ur country',
  ]),
};
