import type { PatternList, WordList } from './types.ts';

/** Sexually explicit words and porn vocabulary. Non-explicit words (naken, bröst, kärlek) are not here. */
export const sexualSv: WordList = {
  category: 'sexual',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Sexuellt innehåll',
  entries: [
    { term: 'porr', forms: 'porren porrfilm porrfilmer porrsajt porrsajter porrsida porrbilder porrklipp porno porn porno pornhub xvideos xhamster xnxx youporn redtube brazzers onlyfans', severity: 'high', note: 'Porr och porrsajter.', start: true },
    { term: 'knulla', forms: 'knullar knullade knullat knulla knullkompis', severity: 'high', note: 'Explicit. Finns också bland svordomarna.' },
    { term: 'runka', forms: 'runkar runkade runkat', severity: 'high', note: 'Explicit.' },
    { term: 'avsugning', forms: 'avsugningar blowjob blowjobs handjob analsex oralsex gruppsex trekant sexställning', severity: 'high', note: 'Explicit.' },
    { term: 'kåt', forms: 'kåta kåtare kåtaste kåtslaktare horny', severity: 'medium', note: 'Sexuellt.' },
    { term: 'nudes', forms: 'nakenbilder nakenbild nakenfoton dickpic dickpics', severity: 'medium', note: 'Begäran eller erbjudande om nakenbilder.', weight: 0.6 },
    { term: 'xxx', forms: 'nsfw', severity: 'medium', note: 'Porrmarkering.', weight: 0.6 },
    { term: 'sexträff', forms: 'sexträffar sexchatt sexkontakt sexkontakter sexdejt sexdejting knullkontakt hookup hookups camgirl camgirls webcamgirls', severity: 'high', note: 'Sexuella erbjudanden.' },
    { term: 'escort', forms: 'escorter eskort eskorttjej sugardaddy sugardaddies', severity: 'medium', note: 'Sexköp.', weight: 0.6 },
    { term: 'pattar', forms: 'pattarna tuttar tuttarna kukar trosor trosorna', severity: 'medium', note: 'Vulgärt om kroppsdelar.' },
    { term: 'barnporr', forms: 'barnpornografi childporn pedoporr', severity: 'high', note: 'Barnpornografibrott.', lawGround: 'barnpornografibrott' },
    { term: 'våldtäktsporr', forms: 'gorevideo gorevideos snuff snuffilm', severity: 'high', note: 'Olaga våldsskildring.', lawGround: 'olaga-valdsskildring' },
  ],
};

/** Acts of gross violence: count only when relished or graphically described (see patterns). */
export const violenceActsSv: WordList = {
  category: 'violence-act',
  lang: 'sv',
  why: 'Våld',
  entries: [
    { term: 'blöda', forms: 'blöder blödde lida lider plågas plågades torteras torterades tortera torterade slaktas slaktades slakta slaktade styckas styckades stycka styckade halshuggas halshöggs halshugga lemlästa lemlästas lemlästade brinna brinner brann skrika skriker skrek dö dör döende kvävas kvävdes våldtas våldtogs spöas spöades misshandlas misshandlades skjutas sköts krossa krossade sprätta sprättade flå flådde flås', severity: 'high', note: 'Ensamt är våld i historien tillåtet.' },
  ],
};

/** Graphic violence and gore: hints that count together, or with words of enjoyment. */
export const goreSv: WordList = {
  category: 'gore',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Grafiskt våld',
  entries: [
    { term: 'halshuggna', forms: 'djurplågeri blodörn revbenen lungorna knäskålar ruttnar ruttnande slakt massaker långsamt levande skallen halshuggning halshuggningar halshuggningen halshuggen halshugga sönderslagna sönderslagen sönderskurna blodpöl blodpölen blodbad blodbadet inälvor inälvorna hjärnsubstans lemlästade styckade styckad sprattlar sprattlade spetsade spetsa medvetslösa medvetslös avhuggna avhuggen tortyr tortyrfilm slakta slaktade slaktar gore beheading uncut snuff krossad krossade', severity: 'high', note: 'Ensamt kan det vara historia: räknas bara med fler tecken.', weight: 0.5 },
    { term: 'blod', forms: 'blodet blodig blodiga tänder skriker skrek skrika lider led plågas brinna brann slutar andas', severity: 'medium', note: 'Svagt tecken.', weight: 0.3, support: true },
  ],
};

/** Words of enjoyment that turn a description of violence into glorification. */
export const enjoySv: WordList = {
  category: 'enjoy',
  lang: 'sv',
  label: 'violence-pornography',
  why: 'Förhärligar våld',
  entries: [
    { term: 'älskar', forms: 'gillar njuter underbart härligt nice najs fint kul roligt skratta skrattade haha hahaha bästa underhållningen underhållning awesome bättre', severity: 'medium', note: 'Räknas bara tillsammans med grafiskt våld.', weight: 0.5, support: true },
  ],
};

export const violenceSexPatternsSv: PatternList = {
  name: 'violence-sex',
  label: 'violence-pornography',
  why: 'Våld eller sex',
  entries: [
    { pattern: 'gratis|snabb|diskret|diskreta|ragg|sugen sex|träffar|träff|dejt', severity: 'high', note: '"gratis sex ikväll".', also: ['spam'] },
    { pattern: 'sex|träffar|sexträffar ..4 skriv|profil|snap|dm|klicka|ikväll|kväll', severity: 'high', note: '', weight: 0.6, also: ['spam'] },
    { pattern: 'nakna|nakenbilder|naken bilder|bilder|videos|videor ..4 min profil|profil|sida|onlyfans|snap|gratis|dm|kr', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'använda trosor|strumpor|underkläder', severity: 'high', note: 'Sexuell försäljning.', also: ['spam'] },
    { pattern: 'ta|tagit|knulla|sätta henne|honom|dig|mig bakifrån', severity: 'high', note: '', also: ['hate-harassment'] },
    { pattern: 'knulla|knullar|runka|runkade|runkar|suga|slicka|sätta [på|av] ..4 dig|henne|honom|tjejen|killen|guiden|kassörskan|@name|@person', severity: 'high', note: 'Sexuella trakasserier.', also: ['hate-harassment'] },
    { pattern: 'tänkte|tänker på dig|henne|honom när jag ..1 runkade|runkar|onanerade|kom', severity: 'high', note: '', also: ['hate-harassment'] },
    { pattern: 'snygg|snygga|fin|fina|grym rumpa|röv|tuttar|bröst|pattar|kropp ..4 tjejen|killen|kassörskan|guiden|henne|dig|hon', severity: 'medium', note: 'Sexuella kommentarer om en person.', also: ['hate-harassment'], weight: 0.6 },
    { pattern: 'suga|runka av', severity: 'high', note: '' },
    { pattern: 'mot hennes|hans|din|deras|er vilja', severity: 'high', note: 'Sexuellt våld.', also: ['hate-harassment'] },
    { pattern: 'visa|se ..2 fitta|fittan|kuk|kuken|tuttar|tuttarna|pattar|pattarna|röv|röven|bröst|brösten|rumpan', severity: 'high', note: '' },
    { pattern: 'vill|behöver ha ..1 kuk|kuken|sex|knull|stake', severity: 'high', note: '', also: ['hate-harassment'] },
    { pattern: 'fuck|fucking|bang|screw her|him|you|u', severity: 'high', note: 'Engelska.', also: ['hate-harassment'] },
    { pattern: 'tits|boobs|titties', severity: 'high', note: 'Engelska.', weight: 0.6 },
    { pattern: 'läckta|läckt|stulna nudes|nakenbilder|sexfilmer|sexfilm|bilder', severity: 'high', note: 'Spridning av stulna nakenbilder.', also: ['crime-incitement'] },
    { pattern: 'säljer|säljes|köp|köpa ..2 nudes|nakenbilder|porr|sexvideos|sexfilmer|nakenfilmer', severity: 'high', note: '', also: ['spam'] },
    { pattern: 'erotisk|erotiska|sensuell happy|massage|ending|träff', severity: 'high', note: '', also: ['spam'] },
    { pattern: 'happy ending', severity: 'high', note: '' },
    { pattern: 'låt|låta ..2 våldta|slakta|döda|tortera|lemlästa|bränna', severity: 'high', note: '"låt vikingarna våldta".' },
    { pattern: 'bada i blod|blodet', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'spottar|spotta tänder|blod', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'sparka|slå|döda|plåga|tortera|dränka ..2 katten|katter|hunden|hundar|djuren|djur|hästen|kattungar|valpar', severity: 'high', note: 'Djurplågeri.', also: ['crime-incitement'] },
    { pattern: 'fuck me|suck my|daddy', severity: 'high', note: 'Engelska.', weight: 0.6 },
    { pattern: 'cam|cams|webcam girls|girl|tjejer', severity: 'high', note: '', also: ['spam'] },
    { pattern: 'nudes|porr|porn|sexvideo|videos ..4 sale|säljes|säljer|kr|swish|snap|profil|gratis|här', severity: 'high', note: '', also: ['spam'] },
    { pattern: 'sexy|hot|horny ..2 girls|singles|teens|18yo|tjejer', severity: 'high', note: '', also: ['spam'] },
    { pattern: 'heta|kåta|ensamma|lättillgängliga|villiga|sexiga singlar|tjejer|kvinnor|brudar|mammor|hemmafruar ..3 område|nära|närheten|väntar|online|stad|träffa|dig|ikväll', severity: 'high', note: '"Heta singlar i ditt område".' },
    { pattern: 'vill|ska|kan [du] ha|ligga sex|med [dig|mig|henne]', severity: 'high', note: '"vill ha sex med dig".', weight: 0.6 },
    { pattern: 'ligga|ligger|knulla|knullar med|på dig|henne|honom|mig', severity: 'high', note: '' },
    { pattern: 'sätta|sätter på dig|henne|honom|mig', severity: 'high', note: '' },
    { pattern: 'skicka|visa|sänd [gärna] ..3 nakenbilder|nudes|nakenbild|tuttarna|tuttar|brösten|rumpan|fittan|kuken|bröst|rumpa', severity: 'high', note: '' },
    { pattern: 'suga|sug|slicka|slick ..2 kuk|kuken|fitta|fittan|röv|röven|bröst|pattar|tuttar', severity: 'high', note: '' },
    { pattern: 'sex|knulla|sexbilder|nakenbilder med|på barn|minderåriga|tonåringar|småflickor|småpojkar', severity: 'high', note: 'Barnpornografibrott.', lawGround: 'barnpornografibrott' },
    { pattern: 'nakna|nakenbilder barn|ungar|småflickor|minderåriga', severity: 'high', note: '', lawGround: 'barnpornografibrott', weight: 0.6 },
    { pattern: 'älskar|njuter|njöt|gillar|underbart|härligt|skönt|roligt|kul|gött|najs|mysigt|nice|skratta ..4 @violence-act', severity: 'high', note: '"härligt att se dem lida".' },
    { pattern: 'vill|vilja ..2 se|höra ..4 @violence-act|sönderslagna|blöda|skriker|skrika|dö|ruttnar|krossar|knäskålar|lider', severity: 'high', note: '"vill höra hur han skriker".' },
    { pattern: 'ju mer blod|mer blod|blodet|blod desto|ju bättre|mer', severity: 'high', note: '', weight: 0.6 },
    { pattern: '@violence-act ..4 härligt|underbart|skönt|förtjänt|gött|najs|awesome|njutning|njöt|mysigt|kul|roligt', severity: 'high', note: '"se dem brinna, underbart".' },
    { pattern: 'borde|ska|hoppas ..3 plågas|torteras|slaktas|styckas|lemlästas|flås|halshuggas|lida', severity: 'high', note: '' },
    { pattern: 'skära|skar|skär halsen|strupen|huvudet av', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'inälvorna|inälvor|hjärnsubstans|hjärnsubstansen', severity: 'high', note: 'Grafiska detaljer.', weight: 0.5 },
    { pattern: 'blodet sprutade|forsade|rann', severity: 'high', note: 'Grafiska detaljer.', weight: 0.5 },
    { pattern: 'krossa|krossade|slå|slog ..2 skallen|huvudet|ansiktet ..2 tills|mot|blodet|sönder', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'video|film|klipp|bilder|länk ..4 halshuggning|halshuggs|halshuggen|avrättning|avrättas|torteras|styckas|gore', severity: 'high', note: 'Länk till våldsskildring.', lawGround: 'olaga-valdsskildring' },
  ],
};
