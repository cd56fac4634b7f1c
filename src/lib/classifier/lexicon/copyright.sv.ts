import type { PatternList, WordList } from './types.ts';

/** Piracy vocabulary and known pirate sites: sharing through them is an obvious infringement. */
export const piracySv: WordList = {
  category: 'piracy',
  lang: 'sv',
  label: 'copyright',
  why: 'Piratkopiering',
  entries: [
    { term: 'torrent', forms: 'torrents torrenten torrentlänk torrentlänkar torrentfil torrentfiler torrenta torrentat utorrent bittorrent magnetlänk magnetlänkar', severity: 'high', note: 'Fildelning.', lawGround: 'upphovsratt' },
    { term: 'piratebay', forms: 'thepiratebay tpb piratbay piratebayen 1337x rarbg yts eztv kickass putlocker fmovies 123movies gomovies soap2day dreamfilm swefilmer swefilm nyafilmer libgen z-library zlibrary scihub sci-hub annas-archive warez keygen crackad crackat crackade piratkopia piratkopior piratkopierad piratkopierade piratkopiera piratstream piratstreams piratsajt piratsajter', severity: 'high', note: 'Piratsajter och piratverktyg.', lawGround: 'upphovsratt' },
    { term: 'iptv', forms: 'iptv-abonnemang', severity: 'medium', note: 'Olagliga tv-strömmar säljs ofta som IPTV.' },
  ],
};

export const copyrightWorksSv: WordList = {
  category: 'work',
  lang: 'sv',
  why: 'Verk',
  entries: [
    { term: 'filmen', forms: 'samlingen dokumentärer documentary pdf pdfer pdf-er trilogin trilogi boxen box säsongerna serietidning tidningen tidningarna numren kursmaterial kursmaterialet film filmer filmerna movie movies serien serier säsongen säsong avsnittet avsnitt avsnitten boken böcker böckerna bok ebok e-bok e-boken ljudboken ljudbok albumet album låten låtar skivan dokumentären dokumentär artikeln artiklar texten kapitlet kapitel katalogen utställningskatalogen konserten föreställningen matchen spelet programmet tidningen', severity: 'low', note: 'Verk som kan vara skyddade.' },
  ],
};

/**
 * Sharing or offering others' protected works without permission. Linking to the museum's own
 * material, quoting a line with its source or asking about image rights matches none of these.
 */
export const copyrightPatternsSv: PatternList = {
  name: 'copyright',
  label: 'copyright',
  why: 'Delar skyddat material utan lov',
  entries: [
    { pattern: 'hela|full|fulla|komplett|kompletta [nya] @work ..4 gratis|här|länk|länken|ladda|laddar|download|free|stream|streama|pdf|online|mega|drive|torrent|nedladdning', severity: 'high', note: '"hela filmen gratis här".', lawGround: 'upphovsratt' },
    { pattern: 'gratis|free ..2 @work|nedladdning|download|stream|streaming|pdf|ljudbok|ebok', severity: 'medium', note: '"gratis nedladdning".', weight: 0.6 },
    { pattern: 'ladda|laddar|tanka|tankar ner|hem ..3 @work|gratis|olagligt|free|länken|länk', severity: 'medium', note: '"ladda ner filmen".', weight: 0.6 },
    { pattern: 'streama|streamar|se|kolla|titta ..3 gratis|free ..2 på|här|via', severity: 'medium', note: '"se den gratis här".', weight: 0.6 },
    { pattern: 'full movie|album|episode|hd|documentary|film|season', severity: 'high', note: 'Engelska.', lawGround: 'upphovsratt' },
    { pattern: 'free download|pdf|movie|movies|streaming', severity: 'high', note: 'Engelska.', lawGround: 'upphovsratt' },
    { pattern: 'watch ..2 online|free', severity: 'medium', note: 'Engelska.', weight: 0.6 },
    { pattern: 'pdf ..4 hela|gratis|länk|här|boken|scannat|skannat|skannade|scannade|kopierat', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'digitaliserat|digitaliserade|scannat|skannat|scannade|skannade|scannad|skannad|inscannad|fotade|kopierat|kopierade|fotograferat hela|alla ..2 @work|sidor|sidorna|kapitel|boken|nummer', severity: 'high', note: '"jag har scannat hela boken".', lawGround: 'upphovsratt' },
    { pattern: 'hela|alla ..3 @work ..3 scannad|skannad|scannade|skannade|inscannad|inscannade|kopierad|kopierade', severity: 'high', note: '"hela tidningen scannad".', lawGround: 'upphovsratt' },
    { pattern: 'lade|la|lagt|laddade|laddat|lägger upp hela|alla ..2 @work|sidor|kapitel|pdf|pdfer', severity: 'high', note: '', lawGround: 'upphovsratt', weight: 0.6 },
    { pattern: 'i sin helhet', severity: 'high', note: '"delar artikeln i sin helhet".', weight: 0.6 },
    { pattern: 'orkar|vill inte betala|prenumerera', severity: 'medium', note: '', weight: 0.4 },
    { pattern: 'låst|låsta|plus|pluss|premium artikel|artikeln|artiklar|artiklarna|text|texten', severity: 'medium', note: 'Låsta artiklar.', weight: 0.6 },
    { pattern: 'tog|ta|tar|tagit bort ..1 vattenstämpeln|vattenstämpel|vattenmärket|watermark|copyright|signaturen', severity: 'high', note: 'Tar bort upphovsmärkning.', lawGround: 'upphovsratt' },
    { pattern: 'filmade|filmat|spelade|spelat|rippade|rippat ..3 hela|alla ..2 @work|konserten|föreställningen|visningen|minuter', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'hela|alla ..3 konserten|föreställningen|filmen|pjäsen ..5 filmade|filmat|spelade in|youtube', severity: 'high', note: '', weight: 0.6 },
    { pattern: 'hd|4k|1080p|720p|bluray|dvdrip|webrip|320kbps|mp3 ..4 @work|hela|gratis|länk|download', severity: 'medium', note: '', weight: 0.5 },
    { pattern: 'inget|utan ..2 tillåtelse|tillstånd|lov', severity: 'medium', note: '', weight: 0.4, unlessQuestion: true },
    { pattern: 'här|kommer|klistrar|klistrat|kopierar|kopierat|postar|delar [är|in] hela ..2 @work|texten|artikeln', severity: 'high', note: '"här är hela artikeln".', lawGround: 'upphovsratt' },
    { pattern: 'för er|alla|dig|de|dem som inte har|betalar ..3 prenumeration|prenumererar|plus|premium|betalvägg|betalväggen|abonnemang|råd', severity: 'high', note: 'Artikel bakom betalvägg.', lawGround: 'upphovsratt' },
    { pattern: 'betalvägg|betalväggen|paywall|paywallen|plusartikel|premiumartikel|låst', severity: 'medium', note: 'Betalvägg.', weight: 0.5 },
    { pattern: 'runt|förbi|kringgå|slipper|utan betalväggen|paywall|betalvägg', severity: 'high', note: '', lawGround: 'upphovsratt' },
    { pattern: 'lade|la|lagt|laddade|laddat|tog|tagit|snodde|snott|lånade|lånat|publicerar|publicerade|delar|delade|postar|postade|använder|använde|kopierade|kopierat ..6 utan [att] [ha] be|fråga|frågat|frågar|lov|tillstånd|tillåtelse|credit|kredd|kreditera|källa|källhänvisning|fotografens|upphovsmannens|licens', severity: 'high', note: '"la upp hans bilder utan att fråga".', unlessQuestion: true },
    { pattern: 'bilden|bilderna|bild|bilder|fotot|fotona|foto|foton|fotografiet|verket ..5 utan [att] lov|tillstånd|tillåtelse|fråga|frågat|credit|kredd', severity: 'high', note: '', unlessQuestion: true },
    { pattern: 'frågade|frågat|bad|fått inte ..3 fotografen|konstnären|upphovsmannen|lov|tillstånd', severity: 'high', note: '"frågade inte fotografen".' },
    { pattern: 'lade|la|lagt|laddade|postat|postade upp ..4 alla|hela ..2 bilder|bilderna|fotona|foton|texterna', severity: 'medium', note: '', weight: 0.6 },
    { pattern: 'äger|har inga|inte rättigheter|rättigheterna|rättighet', severity: 'high', note: '"äger inga rättigheter".' },
    { pattern: 'download|watch|stream ..4 free|gratis', severity: 'high', note: 'Engelska.' },
    { pattern: 'snodde|snott|stal|stulit|rippade|rippat|lånade ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten', severity: 'high', note: '"stal några bilder".', unlessQuestion: true },
    { pattern: 'snodde|snott|stal|stulit|tog|tagit|lånade|lånat|rippade|rippat|rippa ..3 bilden|bilderna|bild|bilder|fotot|foton|fotona|texten|musiken|låten ..4 från|på|av', severity: 'medium', note: '"snodde bilden från hennes Instagram".', weight: 0.6, unlessQuestion: true },
    { pattern: 'mega|megalänk|drivelänk|dropbox|wetransfer ..4 @work|hela|gratis|länk|pdf', severity: 'medium', note: '', weight: 0.6 },
    
    { pattern: 'dm|pm|inbox|mejla|maila ..4 så skickar|får ..3 @work|pdf|länken|filen|hela', severity: 'medium', note: '"DM:a så skickar jag pdf:en".', weight: 0.6 },
  ],
};
