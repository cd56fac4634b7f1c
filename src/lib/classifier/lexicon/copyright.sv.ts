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
    'h upphovsratt: piratebay thepiratebay tpb piratbay -en 1337x rarbg yts eztv kickass putlocker fmovies 123movies gomovies soap2day dreamfilm swefilmer swefilm nyafilmer libgen z-library zlibrary zlib scihub sci-hub annas-archive cuevana primewire solarmovie popcorntime flixtor vumoo yifi kisscartoon kissanime 9anime streameast crackstreams sportsurge piratstreamar piratkopierat piratkopieringar warez keygen crackad crackat crackade piratkopia piratkopior piratkopierad piratkopierade piratkopiera piratstream piratstreams piratsajt piratsajter',
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
    'l: filmen epub epubs flac mp3 mp3or dokumentärserie verket verken antologin romanen romaner samlade samlingen dokumentärer documentary pdf pdfer pdf-er trilogin trilogi boxen box säsongerna serietidning tidningen tidningarna numren kursmaterial kursmaterialet film filmer filmerna movie movies serien serier säsongen säsong avsnittet avsnitt avsnitten boken böcker böckerna bok ebok e-bok e-boken ljudboken ljudbok albumet album låten låtar skivan dokumentären dokumentär artikeln artiklar texten kapitlet kapitel katalogen utställningskatalogen konserten föreställningen matchen spelet programmet',
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
    'h upphovsratt: full movie|album|episode|hd|documentary|film|season',
    // Engelska.
    'h upphovsratt: free download|pdf|movie|movies|streaming',
    // Engelska.
    'm.6: watch ..2 online|free',
    'h.6: pdf ..4 hela|gratis|länk|här|boken|scannat|skannat|skannade|scannade|kopierat',
    // "jag har scannat hela boken".
    'h upphovsratt: digitaliserat|digitaliserade|scannat|skannat|scannade|skannade|scannad|skannad|inscannad|fotade|kopierat|kopierade|fotograferat [in|av|av] hela|alla ..2 @work|sidor|sidorna|kapitel|boken|nummer',
    // "hela tidningen scannad".
    'h upphovsratt: hela|alla ..3 @work ..3 scannad|skannad|scannade|skannade|inscannad|inscannade|kopierad|kopierade',
    // "laddade upp hela boken".
    'h upphovsratt: lade|la|lagt|laddade|laddat|lägger|lägga|ladda upp hela ..2 @work|pdf|pdfer',
    'h.6 upphovsratt: lade|la|lagt|laddade|laddat|lägger upp alla ..2 @work|sidor|kapitel|pdf|pdfer',
    // "delar artikeln i sin helhet".
    'h.6: i sin helhet',
    'm.4: orkar|vill inte betala|prenumerera',
    // Låsta artiklar.
    'm.6: låst|låsta|plus|pluss|premium artikel|artikeln|artiklar|artiklarna|text|texten',
    // Tar bort upphovsmärkning.
    'h upphovsratt: tog|ta|tar|tagit bort ..1 vattenstämpeln|vattenstämpel|vattenmärket|watermark|copyright|signaturen',
    'h.6: filmade|filmat|spelade|spelat|rippade|rippat ..3 hela|alla ..2 @work|konserten|föreställningen|visningen|minuter',
    'h.6: hela|alla ..3 konserten|föreställningen|filmen|pjäsen ..5 filmade|filmat|spelade in|youtube',
    'm.5: hd|4k|1080p|720p|bluray|dvdrip|webrip|320kbps|mp3 ..4 @work|hela|gratis|länk|download',
    'm.4 q: inget|utan ..2 tillåtelse|tillstånd|lov',
    // "här är hela artikeln".
    'h upphovsratt: här|kommer|klistrar|klistrat|kopierar|kopierat|postar|delar [är|in] hela ..2 @work|texten|artikeln',
    // Artikel bakom betalvägg.
    'h upphovsratt: för er|alla|dig|de|dem som inte har|betalar ..3 prenumeration|prenumererar|plus|premium|betalvägg|betalväggen|abonnemang|råd',
    // Betalvägg.
    'm.5: betalvägg|betalväggen|paywall|paywallen|plusartikel|premiumartikel|låst',
    'h upphovsratt: runt|förbi|kringgå|slipper|utan betalväggen|paywall|betalvägg',
    // "la upp hans bilder utan att fråga".
    'h q: lade|la|lagt|laddade|laddat|tog|tagit|snodde|snott|lånade|lånat|publicerar|publicerade|delar|delade|postar|postade|använder|använde|kopierade|kopierat ..6 utan [att] [ha] be|fråga|frågat|frågar|lov|tillstånd|tillåtelse|credit|kredd|kreditera|källa|källhänvisning|fotografens|upphovsmannens|licens',
    'h q: bilden|bilderna|bild|bilder|fotot|fotona|foto|foton|fotografiet|verket ..5 utan [att] lov|tillstånd|tillåtelse|fråga|frågat|credit|kredd',
    // "frågade inte fotografen".
    'h: frågade|frågat|bad|fått inte ..3 fotografen|konstnären|upphovsmannen|lov|tillstånd',
    'm.6: lade|la|lagt|laddade|postat|postade upp ..4 alla|hela ..2 bilder|bilderna|fotona|foton|texterna',
    // "äger inga rättigheter".
    'h: äger|har inga|inte rättigheter|rättigheterna|rättighet',
    // Engelska.
    'h: download|watch|stream ..4 free|gratis',
    // "stal några bilder".
    'h q: snodde|snott|stal|stulit|rippade|rippat|lånade ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten',
    // "snodde bilden från hennes Instagram".
    'm.6 q: snodde|snott|stal|stulit|tog|tagit|lånade|lånat|rippade|rippat|rippa ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten ..4 från|på|av',
    // "streama dokumentären gratis".
    'h upphovsratt: streama|streamar|ladda|tanka|tankar|download ..3 @work ..3 gratis|free|olagligt|utan konto|utan att betala',
    // "kopierade texten från Expressen".
    'm.6: kopierade|kopierat|klistrade|klistrat|klistrar|kopierar ..3 @work|texten|artikeln|artiklarna|inslaget ..3 från|ur',
    // Betaltjänst.
    'm.6: dn|svd|expressen|aftonbladet|gp|bohusläningen|ttela|sydsvenskan|hd|corren|nt|ut|ela|göteborgs-posten ..1 plus|premium|pluss|prenumeration',
    'm.4 s: här kommer|här är|nedan ..2 den|hela|texten|artikeln',
    'm.6: upp|delar|delat|postar|postat|la|lade|använder ..3 hans|hennes|deras|andras|någon annans|fotografens|konstnärens|min kompis|en fotografs|en annan fotografs ..1 bilder|bild|bilden|foton|foto|fotot|fotona|texter|verk|målningar|tavlor|teckningar',
    // "hon vet inte om det".
    'm.5 s: han|hon|hen|fotografen|konstnären ..1 vet|märker|lär inte ..2 om|märka|veta',
    'h.6: i mitt namn|som min egen|som mina egna|som mitt eget',
    'h upphovsratt: sparat|sparade|laddat|laddade ner ..2 alla|era|hela ..3 bilder|bilderna|@work ..6 lägger|lägga|lagt|postar|delar|säljer',
    'm.6: säljer|sälja ..3 tryck|kopior|affischer|posters|kopia ..3 på|av ..3 hans|hennes|deras|tavla|tavlan|målning|bild|verk',
    'm.4 s: ligger|finns|lagt|uppe ..2 på min|youtube|kanal|kanalen|nätet',
    'h.6: spelade|spelat|filmade|filmat in hela|i smyg',
    'h upphovsratt: nedladdat|nedladdad|laddat ner ..2 och ..1 uppladdat|uppladdad|upp',
    'h.6: rippade|rippat|rippa|rippad ..2 @work|ljudböcker|ljudboken|dvd|skivor|spel|filmer|cd',
    'm.5: kopiera|dela|sprid fritt',
    'm.5: låna|lånar|byta|byter ..3 usb|usb-sticka|usb-stickan|hårddisk|hårddisken|filerna|kopior',
    // "hittade hela filmen på en rysk sida".
    'h.6: hittade|hittat|finns ..3 hela|alla ..2 @work ..4 sida|sajt|nätet|länk|gratis',
    'm.5: rysk|ryska|kinesisk|olaglig|piratsida|piratsajt sida|sajt|server',
    // Engelska.
    'h: without permission|without asking|no copyright infringement intended|all rights to',
    'm.6: reposting|reposted|repost ..3 from|photo|without',
    'm.4: utan att betala|utan konto|utan att logga in',
    'h upphovsratt: laddat|laddade|lagt|lagts upp ..3 olagligt|olovligt|utan tillstånd',
    'h.6: olagligt|olaglig ..2 uppladdad|uppladdat|kopia|kopior|stream|streams',
    'm.6: ladda|laddar|tanka ner|hem fritt|gratis',
    'm.5: i|som mp3|flac|epub|mobi|pdf|mkv|avi',
    // "tog era bilder och säljer dem som vykort".
    'h upphovsratt: tog|tagit|använder|använt|sparat|sparade ..2 era|ert|hans|hennes|deras|andras|fotografens ..1 bilder|bilderna|foton|fotona|verk|texter ..4 säljer|säljs|sälja|trycker|vykort|tröjor|affischer|posters|muggar',
    'h upphovsratt: kopierade|kopierat|kopierar|scannade ..2 hela ..2 @work ..4 delar|delade|säljer|skickar|sprider|kopior',
    'm.6: mega|megalänk|drivelänk|dropbox|wetransfer ..4 @work|hela|gratis|länk|pdf',
    // "DM:a så skickar jag pdf:en".
    'm.6: dm|pm|inbox|mejla|maila ..4 så skickar|får ..3 @work|pdf|länken|filen|hela',
  ]),
};
