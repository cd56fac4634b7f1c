import { patternEntries, wordEntries, type PatternList, type WordList } from './types.ts';

/**
 * Words typical of advertising, scams and phishing. Most are only hints (weight below 1): a
 * visitor may well mention "bitcoin" or "rabatt"; several hints together, or a hint with a link,
 * make spam.
 */
export const spamWordsSv: WordList = {
  category: 'spam-word',
  lang: 'sv',
  label: 'spam',
  why: 'Reklam eller bedrägeri',
  entries: wordEntries([
    // Rabattkoder är reklam.
    'm.8: rabattkod -en -er promokod promokoden kampanjkod kampanjkoden promocode',
    // Vanligt i investeringsbedrägerier.
    'm.5: bitcoin -s btc krypto kryptovaluta kryptovalutor kryptot crypto ethereum forex daytrading tradingbot dogecoin nft nfts',
    // Spelreklam.
    'm.7: casino kasino -t nätcasino -bonus freespins betting oddsbonus insättningsbonus',
    // Lånereklam.
    'm.7: snabblån sms-lån smslån privatlån lånelöfte',
    // Klassisk skräppost.
    'm.8: viagra cialis bantningspiller viktminskning fettförbränning',
    // Falska utlottningar.
    'l.5: giveaway -en',
    // Säljord.
    'l.3: erbjudande -t -n kampanj rea reapris extrapris fynd superdeal deal deals',
    // Säljord.
    'l.3: beställ -a köp köpa shoppa handla webbshop webbutik nätbutik onlinebutik butik',
    // Följarjakt.
    'l.3: prenumerera subscribe subscribers följare followers likes',
    // Bedragare flyttar samtalet hit.
    'l.4: whatsapp telegram wickr',
    'l.4: investera -de investering investeringar avkastning',
    // "passiv inkomst", se mönstren.
    'l0: passiv -a',
    'l.2: gratis free',
    // Kontaktvägar för försäljning.
    'l.4: snap -chat swisha swish kik onlyfans',
    'l.4: säljes sale',
  ]),
};

export const spamPatternsSv: PatternList = {
  name: 'spam',
  label: 'spam',
  why: 'Reklam eller spam',
  entries: patternEntries([
    // "Tjäna 10 000 kr i veckan".
    'h: tjäna|tjänar|tjänade|tjänat|earn|make ..3 # ..2 kr|kronor|sek|dollar|dollars|euro|usd|spänn|tusen|lax|k',
    'h: tjäna|tjänar pengar ..3 hemifrån|snabbt|enkelt|lätt|online|nätet|varje',
    // "jobba hemifrån och tjäna".
    'h: jobba|arbeta|jobbar|arbetar hemifrån ..4 tjäna|kr|pengar|inkomst|extra',
    // "passiv inkomst".
    'h.8: passiv|extra|snabb|garanterad inkomst|inkomster|avkastning|vinst|pengar',
    'h: bli rik|miljonär ..2 snabbt|på|hemifrån|enkelt',
    'h.8: snabba|enkla|lätta pengar|cash',
    // "Skriv DM till mig".
    'h.8: skriv|skicka|sänd [ett|en] dm|pm ..2 till|mig|så|för',
    // "DM:a mig".
    'h.8: dm|pm|dma|pma|inboxa|kontakta ..1 mig|me|henne|honom|hen|us',
    // "följ min sida".
    'h.8: följ|följa|kolla|checka|besök|gilla mig|min|mitt|mina [profil|profilen|kanal|kanalen|sida|sidan|konto|kontot|instagram|insta|tiktok|youtube|blogg|bloggen|shop|butik|länk]',
    'h.8: follow|check|subscribe|sub [out] me|my|to [profile|page|channel|account|bio|link|dm|dms|inbox]',
    // "follow me for more".
    'h: follow|sub2me|sub4sub|följ me|mig ..2 for|för more|mer|fler',
    'm.6: contact|kontakta us|oss ..2 for|för pricing|offert|prislista|priser|info',
    // Marknadsföringsspam.
    'm.6: seo|sökmotoroptimering|ranking|räckvidd|reach',
    'm.5: första plats|sidan på|i google',
    'h: betala bara frakten',
    // Falsk vinst.
    'h: du|ni har blivit utvald|utvalda',
    'm.5: offert|prislista|pricing|prisförslag',
    'm.4: vi|we fixar|erbjuder|hjälper|can|kan ..3 er|your|din|hemsida|ranking|reach|företag|sida',
    // Nätfiske i leverantörs namn.
    'h.6: paket|paketet|försändelse ..4 levereras|leverans|leveransen|tull|tullavgift',
    'm.5: betala|betalar ..4 här|avgift|tullavgift|frakten|via',
    'h.8: tjäna|tjänar|tjäna extra|pengar ..3 genom|hemifrån|enkelt|snabbt',
    'm.6: jobb|jobba|arbeta hemifrån|hemma',
    // "450 kr/timme".
    'h.8: # kr|kronor|sek|dollar|usd ..1 timme|timmen|dag|dagen|vecka|veckan|månad|daily|day|week',
    'h: make|earn # ..1 daily|weekly|per|a|every',
    'h: snabba|snabb|enkla|billiga lån|krediter|kredit',
    'h: billiga|billig|billigt|*billiga ..2 följare|likes|followers|visningar',
    'm.6: provpaket|kosttillskott|bantning|bantningsmedel',
    'm.5: registrera dig|registrera ..2 via|min|länk',
    'm.6: ref|referral|affiliate|värvningslänk',
    'h +crime-incitement: inga frågor ställs',
    'l.3: kontant|kontanter betalning|betalt',
    // "länk i bio".
    'h.8: länk|länken|link i|in bio|bion|profilen',
    // "se min profil", "missa inte min kanal".
    'm.6: min|mitt|mina|vår|vårt profil|profilen|kanal|kanalen|sida|sidan|onlyfans|snap|bio|webbshop|butik|konto',
    // "skriv till mig".
    'm.6: skriv|skicka ..2 mig|privat|dm|pm',
    'l.3: missa inte',
    'm.6: for sale|till salu',
    // "klicka här".
    'm.6: klicka|click ..2 här|länken|nedan|link|here|below',
    // Nätfiske.
    'h.7: logga|log in|på ..3 här|länken|via|nedan',
    // Nätfiske: "Ditt konto stängs".
    'h: ditt|ert|din konto|kontot|sida|sidan ..4 stängs|stängas|spärras|spärrat|spärrad|låst|låses|raderas|inaktiveras|avstängt|begränsat|suspended|disabled|deleted|granskas',
    // Nätfiske.
    'h: verifiera|bekräfta|uppdatera ..2 ditt|dina|er|era|din konto|uppgifter|identitet|kontouppgifter|betalning|kortuppgifter|lösenord',
    // Falskt meddelande från plattformen.
    'h: brott mot|överträtt ..2 riktlinjer|communityriktlinjer|community|policy|upphovsrätt ..6 klicka|länk|överklaga|verifiera|logga|här',
    // Falsk vinst.
    'h: grattis|congratulations ..4 vunnit|vinnare|vinst|utvald|utvalda|won|winner|selected',
    // Falsk vinst.
    'h: du|ni har vunnit|utvalts',
    // Falsk vinst.
    'h: hämta|lös ut|kvittera ..2 din|ditt|er vinst|pris|present|gåva|belöning',
    'h: gratis|free|vinn|vinner|win iphone|ipad|presentkort|giftcard|samsung|macbook|playstation|resa|resor|tv|airpods|ps5|cykel|elcykel|laptop|dator|kryssning|weekend|presentkortet',
    // "50 % rabatt".
    'm.6: # [procent] rabatt|off|billigare',
    'm.6: fri|gratis frakt',
    // "köp nu".
    'm.7: köp|beställ|handla ..1 nu|idag|här|direkt',
    'm.6: begränsat|limited erbjudande|antal|offer|time|tid',
    'h: köp|köpa|skaffa|buy ..1 följare|likes|followers|visningar|views',
    'm.7: gå ner ..2 kilo|kg|vikt',
    'h: lån|låna utan uc|kreditkontroll',
    // Typiskt för kryptobedrägerier.
    'm.6: min|hennes|hans mentor|coach|tradingexpert|investeringsrådgivare',
    'm.5: tack vare ..3 tjänar|tjänade|vinst|investering|mentor|strategi',
    'm.6: sugen|intresserad|vill [du] ..4 tjäna|extra|pengar|inkomst',
    'm.6: vi säljer|erbjuder|har billiga|bästa ..3 pris|priser|priserna',
    'm.7: besök|kolla|spana|titta [in] [på] vår|min|mitt|våran|vårt|mina [nya|egna|lilla] hemsida|webbshop|webbutik|sajt|butik|sida|kanal|profil|blogg|konto|företag|produkter|smycken|kläder|kurser',
    // "300 % avkastning".
    'h: # [procent] avkastning|vinst|ränta|profit|return',
    'h: investera|investerar|satsa|satsar|handla|trada|tradea ..3 bitcoin|btc|krypto|kryptovaluta|crypto|forex|ethereum|aktier|valuta',
    // "gilla och dela".
    'h.8: gilla|like|likea|följ ..2 och ..1 dela|share|tagga|kommentera',
    'm.5: delar|dela|delat ..2 detta|det här|inlägget|inlägg',
    'm.6: vinn|vinner|tävla ..3 en|ett|två|gratis',
    // "de första 100 som".
    'm.6: de|dom första # ..3 som',
    // "sub to me".
    'h: first|sub|subba ..1 to me|back|sub',
    'h: sub4sub|follow4follow|f4f|l4l',
    'h: check|see|read my|your dm|dms|inbox|messages',
    'm.5: skicka|svara|skriv ..2 meddelande|privat|inbox|ordet',
    // Nätfiske.
    'h: skatteåterbäring|återbetalning|återbäring ..4 hämta|fyll|klicka|länk|här|senast',
    // Nätfiske.
    'h.8: fyll i ..2 dina|era uppgifter|kortuppgifter|personuppgifter',
    // Nätfiske.
    'h: blå bock|verifieringsbock|verifiering|verifierad ..4 ansök|klicka|länk|här|ansökan',
    // Nätfiske.
    'h: överklaga|appeal ..4 länk|länken|här|via|raderas|stängs',
    'm.6: investeringsförslag|affärsförslag|affärsman|affärsmöjlighet|business opportunity|investment',
    'h.6: jobba|jobbar|arbeta|arbetar ..3 timmar|timme ..3 dagen|om dagen|från soffan|hemifrån',
    'm.6: begränsat|få antal platser|platser kvar',
    'm.6: rea|realisation|utförsäljning|lagerrensning ..4 hos oss|hela|på|just nu|nu',
    'm.5: hos oss|vår butik|vårt företag|våra produkter|vår restaurang|vårt café',
    // "ange koden".
    'h.8: ange|använd|uppge koden|rabattkoden|kod',
    'm.6: dejtingsajt|dejtingsajten|dejtingapp|singlar|singelträff',
    'm.5: registrera dig|registrera gratis',
    'h.8: samarbete|collab|sponsring|ambassadör|ambassador ..3 dm|pm|skriv|kontakta|intresserad|mejla',
    'm.6: bästa priserna|lägsta priser|lägsta priset|billigaste|billigast i sverige',
    // Romansbedrägeri.
    'h.6: you are so beautiful|hello dear|hey dear|hi dear|be your friend|be friends',
    'h: lån|lånet|kredit ..3 minuter|utan uc|direkt|snabbt',
    'h: dubbla|fördubbla|tredubbla ..1 dina|era|din|er pengar|insats|investering|lön',
    'h.8: investera|investerar|trada med mig|oss',
    'm.6: växa|väx|öka ..3 instagram|tiktok|följare|räckvidd|followers',
    'h: # ..1 följare|likes|followers|visningar ..3 vecka|veckan|dag|dagar|månad|garanterat',
    // "jag tjänade 20 000 på en vecka".
    'h: tjänade|tjänat|tjänar # [#] ..4 vecka|veckan|dag|dagen|månad|månaden|timme|timmar',
    'm.8: beställ|köp|handla|shoppa ..2 via|på ..1 länken|länk|bio|hemsidan',
    'm.5: testa|prova vårt|vår|våra ..1 nya|nyaste',
    'h: dm|pm|message ..2 for|för promo|pris|priser|price|info|collab|samarbete|rabatt',
    'm.5: only|just ..1 # usd|dollars|kr',
  ]),
};
