import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/** Piracy vocabulary and known pirate sites: sharing through them is an obvious infringement. */
export const piracySv: WordList = {
  category: 'piracy',
  lang: 'sv',
  label: 'copyright',
  why: 'Piratkopiering',
  entries: wordEntries([
    // Fildelning.
    'h upphovsratt: torrent -sajt -sajter -sajterna -sida -sidor -s -en -länk -länkar -fil -filer -a -at utorrent bittorrent magnetlänk magnetlänkar',
    // Piratsajter och piratverktyg.
    'h upphovsratt: piratebay thepiratebay tpb piratbay -en 1337x rarbg yts eztv kickass putlocker fmovies 123movies gomovies soap2day dreamfilm swefilmer swefilm nyafilmer libgen z-library zlibrary zlib scihub sci-hub annas-archive cuevana primewire solarmovie popcorntime flixtor vumoo yifi kisscartoon kissanime 9anime streameast crackstreams sportsurge piratstreamar piratkopierat piratkopieringar warez dvdrip webrip keygen crackad crackat crackade cracked piratkopia piratkopior piratkopierad piratkopierade piratkopiera piratstream piratstreams piratsajt piratsajter',
    // Olagliga tv-strömmar säljs ofta som IPTV.
    'm: iptv --abonnemang',
  ]),
};

export const copyrightWorksSv: WordList = {
  category: 'work',
  lang: 'sv',
  why: 'Verk',
  entries: wordEntries([
    // Verk som kan vara skyddade.
    'l: filmen epub epubs flac novell novellen reportaget reportage inslaget serie skivor ljudböcker dokumentärserie verket verken antologin romanen romaner samlade samlingen dokumentärer documentary pdf pdfer trilogin trilogi boxen box säsongerna serietidning tidningen tidningarna numren kursmaterial kursmaterialet film filmer filmerna movie movies serien serier säsongen säsong avsnittet avsnitt avsnitten boken böcker böckerna bok ebok ljudboken ljudbok albumet album låten låtar skivan dokumentären dokumentär artikeln artiklar texten kapitlet kapitel katalogen utställningskatalogen konserten föreställningen matchen spelet',
  ]),
};

/**
 * Sharing or offering others' protected works without permission. Linking to the museum's own
 * material, quoting a line with its source or asking about image rights matches none of these.
 */
export const copyrightPatternsSv: PatternList = {
  name: 'copyright',
  label: 'copyright',
  why: 'Delar skyddat material utan lov',
  entries: patternEntries([
    // "hela filmen gratis här".
    'h upphovsratt: hela|full|fulla|komplett|kompletta [nya] @work ..4 gratis|här|länk|länken|ladda|laddar|download|free|stream|streama|pdf|online|mega|drive|torrent|nedladdning',
    // "gratis nedladdning".
    'm.6: gratis|free ..2 @work|nedladdning|download|stream|streaming|pdf|ljudbok|ebok',
    // "ladda ner filmen".
    'm.6: ladda|laddar|tanka|tankar ner|hem ..3 @work|gratis|olagligt|free|länken|länk',
    // "se den gratis här".
    'm.6: streama|streamar|se|kolla|titta ..3 gratis|free ..2 på|här|via',
    // Engelska.
    'h upphovsratt: full movie|album|episode|episodes|hd|documentary|film|season|series|audiobook',
    // Engelska.
    'h upphovsratt: free download|pdf|movie|movies|streaming',
    // Engelska.
    'h.6: pdf ..4 hela|gratis|länk|här|boken|scannat|skannat|skannade|scannade|kopierat',
    // "jag har scannat hela boken".
    'h upphovsratt: digitaliserat|digitaliserade|scannat|skannat|scannade|skannade|scannad|skannad|inscannad|fotade|kopiera*|fotograferat|skärmdump*|screenshot* [in|av] hela|alla ..2 @work|sidor|sidorna|kapitel|boken|nummer',
    // "hela tidningen scannad".
    'h upphovsratt: hela|alla|har ..3 @work ..3 scannad|skannad|scannade|skannade|inscannad|inscannade|kopierad|kopierade|rippad',
    // "laddade upp hela boken".
    'h upphovsratt: la|lade|lagt|lägger|lägga|ladda*|post* upp|ut ..2 hela ..2 @work|pdf*',
    'h.6 upphovsratt: la|lade|lagt|lägger|ladda*|post* upp|ut ..2 alla|hela ..2 @work|sidor|kapitel|pdf*|bild*|foto*|texterna|*filmen',
    // "delar artikeln i sin helhet".
    'h.6: i sin helhet',
    // "så ingen ska behöva betala".
    'm.5: orkar|vill|slipper|slippa|behöva|behöver [inte] ..1 betala|prenumerera',
    // Låsta artiklar.
    'm.6: låst|låsta|plus|pluss|premium artikel|artikeln|artiklar|artiklarna|text|texten',
    // Tar bort upphovsmärkning.
    'h upphovsratt q: bort ..1 vattenstämp*|vattenmärk*|watermark|copyright|signaturen',
    // "spelade in hela föreställningen", "filmade i smyg".
    'h.6: filmade|filmat|filmar|spelade|spelat|spelar|rippade|rippat ..2 hela|alla|smyg',
    // "hela konserten" som stöd.
    'm.3 s: hela|alla @work',
    // "1080p", "4K" (delas i tal och bokstav).
    'm.5: # p|k ..4 @work|hela|gratis|länk|*länk|här|download',
    // "här är hela artikeln".
    'h upphovsratt: här|kommer|klistrar|klistrat|kopierar|kopierat|postar|delar [är|in] hela ..2 @work|texten|artikeln',
    // Artikel bakom betalvägg.
    'h upphovsratt: för er|alla|dig|de|dem som inte har|betalar ..3 prenumeration|prenumererar|plus|premium|betalvägg|betalväggen|abonnemang|råd',
    // Betalvägg.
    'm.5: betalvägg|betalväggen|paywall|paywallen|plusartikel|premiumartikel|låst',
    'h upphovsratt: runt|förbi|kringgå|slipper|utan betalväggen|paywall|betalvägg',
    // "la upp hans bilder utan att fråga".
    'h q: la|lade|lagt|ladda*|tog|tagit|snodde|snott|lånade|lånat|publicera*|dela*|post*|använd*|kopiera*|sälj*|tryck* ..6 utan [att] [ha] be|fråga|frågat|frågar|lov|tillstånd|tillåtelse|credit|kredd|kreditera|källa|källhänvisning|fotografens|upphovsmannens|licens',
    'h q: bilden|bilderna|bild|bilder|fotot|fotona|foto|foton|fotografiet|verket ..5 utan [att] lov|tillstånd|tillåtelse|fråga|frågat|credit|kredd',
    // "äger inga rättigheter".
    'h: äger|har inga|inte rättigheter|rättigheterna|rättighet',
    // Engelska.
    'h: download|watch|stream ..4 free|gratis',
    // "stal några bilder".
    'h q: snodde|snott|stal|stulit|rippade|rippat|lånade ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten',
    // "snodde bilden från hennes Instagram".
    'm.6 q: snodde|snott|stal|stulit|tog|tagit|lånade|lånat|rippade|rippat|rippa ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten ..4 från|på|av',
    // "streama dokumentären gratis".
    'h upphovsratt: streama|streamar|ladda|tanka|tankar|download ..3 @work ..3 gratis|free|olagligt|utan',
    // "sparade ner alla bilder och la upp dem".
    'h upphovsratt: sparat|sparade|laddat|laddade|laddar ner alla|era|dem|hans|hennes|deras ..5 lägger|lägga|lagt|la|lade|postar|delar|säljer upp|ut|dem|här',
    // "ligger på min kanal".
    'm.4 s: ligger|finns|lagt|uppe|upp|lägger|la|lade ..2 på|i min|youtube|kanal*|nätet|spotify|tiktok',
    'h upphovsratt: nedladdat|nedladdad|nedladdade ..3 uppladdat|uppladdad|upp',
    'h.6: rippade|rippat|rippa|rippad ..2 @work|ljudguid*|dvd|spel|cd',
    'm.5: kopiera|dela|sprid fritt',
    'm.5: rysk|ryska|kinesisk|olaglig|piratsida|piratsajt sida|sajt|server',
    // Engelska.
    'm.6: repost*|reupload* ..3 from|photo|without|whole',
    'm.4: utan [att] betala|konto|logga|inloggning',
    'm.5: i|som mp|flac|epub|mobi|pdf|mkv|avi|ljudbok|ebok',
    // "delar gärna med alla som vill".
    'm.5: skickar|delar|mejlar ..3 som vill|önskar',
    // "länk i bio", "OnlyFans-läckor gratis".
    'm.5: länk*|torrent* i|på [min] bio|profil*|beskrivning*|kommentar*',
    'h upphovsratt: *läckor|leaked|leaks ..4 gratis|free|full|länk*|download',
    // "tog era bilder och säljer dem som vykort".
    'h upphovsratt: tog|tagit|snodde|sparade|laddade|använder|fotograferade|fotade ..3 bild*|foto*|verk|verken|tavl*|målning* ..6 säljer|säljs|sälja|trycker|tryckte|tryckt|vykort|tröjor|shirts|affischer|posters|muggar',
    'm.6: mega|drive|dropbox|wetransfer|telegram*|discord|kanal* ..4 @work|hela|gratis|länk*|pdf',
    // "DM:a så skickar jag pdf:en".
    'm.6: dm|pm|inbox|mejla|maila ..6 så skickar|delar|lägger|mejlar',
  ]),
};
