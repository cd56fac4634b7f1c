import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** Sexually explicit words and porn vocabulary. Non-explicit words (naken, bröst, kärlek) are not here. */
export const sexualSv: WordList = {
  category: 'sexual',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Sexuellt innehåll',
  entries: wordEntries([
    // Porr och porrsajter.
    'h start: porr -en -film -filmer -sajt -sajter -sida -bilder -klipp porno porn pornhub xvideos xhamster xnxx youporn redtube brazzers onlyfans',
    // Explicit. Finns också bland svordomarna.
    'h: knulla -r -de -t knullkompis -d -s',
    // Explicit.
    'h: runka -r -de -t',
    // Explicit.
    'h: avsugning -ar blowjob blowjobs handjob analsex oralsex gruppsex trekant sexställning',
    // Sexuellt.
    'm: kåt -a -are -aste -slaktare horny',
    // Begäran eller erbjudande om nakenbilder.
    'm: nudes dickpic dickpics',
    'm.6: nakenbilder nakenbild nakenfoton',
    // Porrmarkering.
    'm.6: xxx nsfw',
    // Sexuella erbjudanden.
    'h start: sexträff -ar sexchatt sexkontakt sexkontakter sexdejt sexdejting knullkontakt hookup hookups camgirl camgirls webcamgirls',
    // Sexköp.
    'm.6: escort -er eskort eskorttjej sugardaddy sugardaddies',
    // Vulgärt om kroppsdelar.
    'm: pattar -na tuttar tuttarna kukar trosor trosorna',
    // Barnpornografibrott.
    'h barnpornografibrott: barnporr barnpornografi childporn pedoporr',
    // Explicit.
    'h: dildo -s -n vibrator sexleksak sexleksaker analplugg gangbang deepthroat cumshot creampie milf milfs sexvideo sexvideos sexvideor sexfilm sexfilmer porrstjärna porrstjärnor sexslav fisting bukkake',
    // Explicit.
    'm.6: onanera -r -de onani juckar jucka juckade pulla pullar pullade ejakulera ejakulerar sperma spruta sprutade orgasm orgasmer',
    // Sexköp och sexuella erbjudanden.
    'h: sexannons -er sexköp sexköpare sugardejt sugardejting sugarbaby nakenchatt nakenchat sexcam sexcams webcamsex',
    // Engelska.
    'm.6: pussy cock cum boobs',
    'm.6 name: dick',
    // Olaga våldsskildring.
    'h olaga-valdsskildring: våldtäktsporr gorevideo gorevideos snuff snuffilm',
  ]),
};

/** Acts of gross violence: count only when relished or graphically described (see patterns). */
export const violenceActsSv: WordList = {
  category: 'violence-act',
  lang: 'sv',
  why: 'Våld',
  entries: wordEntries([
    // Ensamt är våld i historien tillåtet.
    'h: blöda blöder blödde lida lider plågas plågades torteras torterades tortera torterade slaktas slaktades slakta slaktade styckas styckades stycka styckade halshuggas halshöggs halshugga lemlästa lemlästas lemlästade brinna brinner brann dö dör döende kvävas kvävdes skjuts ihjäl förblöda förblöder våldtas våldtogs spöas spöades misshandlas misshandlades skjutas sköts krossa krossade sprätta sprättade flå flådde flås skars ströps misshandlad',
  ]),
};

/** Graphic violence and gore: hints that count together, or with words of enjoyment. */
export const goreSv: WordList = {
  category: 'gore',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Grafiskt våld',
  entries: wordEntries([
    // Ensamt kan det vara historia: räknas bara med fler tecken.
    'h.5: halshuggna djurplågeri blodörn revbenen lungorna knäskålar ruttnar ruttnande slakt massaker långsamt levande skallen halshuggning halshuggningar halshuggningen halshuggen halshugga sönderslagna sönderslagen sönderskurna sönderskjuten sönderskjutna sönderhuggen flå flått ocensurerade ihjälslagen ihjälsparkad tarmarna tarmar hjärnmassa flådd flådda förblöda förblödde förblöder avslitna avslitet kroppsdelar blodpöl blodpölen blodbad blodbadet inälvor inälvorna hjärnsubstans lemlästade styckade styckad sprattlar sprattlade spetsade spetsa medvetslösa medvetslös avhuggna avhuggen tortyr tortyrfilm slakta slaktade slaktar gore beheading uncut snuff krossad krossade',
    // Svagt tecken.
    'm.3 s: blod -et -ig -iga tänder skriker skrek skrika lider led plågas brinna brann slutar andas',
  ]),
};

/** Words of enjoyment that turn a description of violence into glorification. */
export const enjoySv: WordList = {
  category: 'enjoy',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Förhärligar våld',
  entries: wordEntries([
    // Räknas bara tillsammans med grafiskt våld.
    'm.5 s: älskar gillar njuter underbart härligt nice najs fint kul roligt skratta skrattade haha hahaha bästa underhållningen underhållning awesome bättre coolt ascoolt',
  ]),
};

export const violenceSexPatternsSv: PatternList = {
  name: 'violence-sex',
  label: 'violence-pornography',
  why: 'Våld eller sex',
  entries: patternEntries([
    // Veto: "konsthistoria, inte porr".
    'l-1: inte|ej porr|pornografi',
    // "gratis sex ikväll".
    'h +spam: gratis|free|snabb|diskret|diskreta|ragg|sugen sex|träffar|träff|dejt|porr|porn',
    'h.6 +spam: sex|träffar|sexträff*|knull* ..4 skriv|profil|snap|dm|klicka|ikväll|kväll|bio|stad',
    // "nakna bilder på min profil", "nakenbilder för 50 kr".
    'h +spam: nakna|naken|naked|nude|nakenbilder ..4 profil|profilen|profile|onlyfans|snap|dm|swish|cam',
    // Sexuell försäljning.
    'h +hate-harassment: ta|tagit|tagen|knulla|sätta [henne|honom|dig|mig] bakifrån',
    // Sexuella trakasserier.
    'h +hate-harassment: knulla|knullar|runka|runkade|runkar|slicka|slickar ..4 @name|@person',
    'h +hate-harassment: tänkte|tänker på dig|henne|honom när jag ..1 runkade|runkar|onanerade|kom',
    // Sexuella kommentarer om en person.
    'h: suga|runka av',
    // Sexuellt våld.
    'h +hate-harassment: mot hennes|hans|din|deras|er vilja',
    'h: visa|se ..2 fitta|fittan|kuk|kuken|tuttar|tuttarna|pattar|pattarna|röv|röven|bröst|brösten|rumpan',
    'h +hate-harassment: vill|behöver ha ..1 kuk|kuken|knull|stake',
    // Engelska.
    'h +hate-harassment: fuck|fucking|bang|screw her|him',
    // Spridning av stulna nakenbilder.
    'h +crime-incitement: läckta|läckt|stulna nudes|nakenbilder|sexfilmer|sexfilm|bilder',
    'h +spam: erotisk|erotiska|sensuell happy|massage|ending|träff',
    'h: happy ending',
    // "låt vikingarna våldta".
    'h: låt|låta|låter ..2 våldta|slakta|tortera|lemlästa|blöda|förblöda',
    'h.6: spottar|spotta tänder|blod',
    // Djurplågeri.
    'h +crime-incitement: sparka|slå|döda|plåga|tortera|dränka ..2 katten|katter|hunden|hundar|djuren|hästen|kattungar|valpar',
    'h +spam: cam|cams|webcam girls|girl|tjejer',
    'h +spam: nudes|nakenbilder|porr|porn|sexvideo|videos|vids ..4 sale|säljes|säljer|kr|swish|snap|profil|gratis|här',
    // "Heta singlar i ditt område".
    'h +spam: heta|kåta|ensamma|lättillgängliga|villiga|sexiga|nakna singlar|tjejer|kvinnor|brudar|mammor|hemmafruar ..5 område|nära|närheten|väntar|online|stad|träffa|dig|ikväll|live',
    // "vill ha sex med dig".
    'h.6: vill|ska|kan|att [du] ha sex',
    'h +hate-harassment: sätta|sätter på henne|honom',
    // "vill höra hur han skriker".
    'h: vill|vilja|velat|ville ..2 se|höra ..6 @violence-act|sönderslagna|blöda|skriker|skrika|dö|ruttnar|krossar|knäskål*|lider',
    // "se mig naken", "se mina privata bilder".
    'h: se|see|visa ..1 me|mig|mina naken|naked|nakna|privata',
    'h.6: mer blod|blodet|gore',
    'h.6: skära|skar|skär|hugga|högg halsen|strupen|huvudet av',
    // Grafiska detaljer.
    'h.5: inälvorna|inälvor|hjärnsubstans|hjärnsubstansen',
    // Grafiska detaljer.
    'h.6: blod|blodet ..1 sprut*|fors*|skvätt*|rann',
    // "hacka ut ögonen", "skära upp er".
    'h.6: hacka|hackade|peta|sticka|skära|gröpa ut ögonen|ögat',
    'h: skära|skär|sprätta upp er|dig|honom|henne',
    'h.6: krossa|krossade|slå|slog ..2 skallen|huvudet|ansiktet ..2 tills|mot|blodet|sönder',
    'h: suger|sug av|kuk|kuken',
    // "kuken blev stenhård".
    'h: kuk|kuken ..2 hård|stenhård|styv',
    'h +spam: kanal|kanalen|sida|sidan|profil|länk ..4 slagsmål|fights|gore|blod|misshandel|avrättning*|halshuggning*',
    'h: stora|fina|saftiga|härliga|stora ..1 pattar|tuttar|bröst|röv|rumpa|kuk',
    // Sexuellt om en person.
    'h +hate-harassment: @sexual ..4 tjejen|killen|kvinnan|kassörskan|guiden|pedagogen|museipedagogen|vakten|receptionisten',
    // Sexuellt om en person.
    'h +hate-harassment: tjejen|killen|kassörskan|guiden|pedagogen|museipedagogen|hon|han ..4 @sexual',
    // Länk till våldsskildring.
    'h olaga-valdsskildring: video|film|klipp|bilder|länk ..4 halshugger|halshöggs|halshuggning|halshuggs|halshuggen|avrättar|avrättning|avrättas|torterar|torteras|styckar|styckas|gore|dödas|misshandlas',
  ]),
};
