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
    'l.4: säljes säljer sale',
  ]),
};

export const spamPatternsSv: PatternList = {
  name: 'spam',
  label: 'spam',
  why: 'Reklam eller spam',
  entries: patternEntries([
    // Ett nummer att ringa eller swisha till, i en kommentar som också säljer: "sms:a 073-… om ni vill köpa".
    'm.4: ring|ringa|sms|smsa|swisha|text|kontakta ..3 #',
    // "Tjäna 10 000 kr i veckan".
    'h: tjäna|tjänar|tjänade|tjänat|earn|make ..3 # ..2 kr|kronor|sek|dollar|dollars|euro|usd|spänn|tusen|lax|k',
    // "DM:a mig".
    'h.8: dm|pm|dma|pma|inboxa|kontakta|contact|adda|add ..1 mig|me|henne|honom|hen|us|oss|him|her',
    // "följ min sida".
    'h.8: följ|följa|kolla|checka|besök|gilla mig|min|mitt|mina [profil|profilen|kanal|kanalen|sida|sidan|konto|kontot|instagram|insta|tiktok|youtube|blogg|bloggen|shop|butik|länk]',
    'h.8: follow|check|subscribe|sub [out] me|my|to [profile|page|channel|account|bio|link|dm|dms|inbox]',
    // "follow me for more".
    'h: follow|följ me|mig ..2 for|för more|mer|fler',
    // Marknadsföringsspam.
    'm.6: seo|sökmotoroptimering|ranking|räckvidd|reach',
    'm.5: första|förstasidan|topp ..2 google',
    // Webbyråer och SEO: "vi bygger sajter".
    'm.5: vi|we fixar|erbjuder|hjälper|can|kan|bygger|skapar|garanterar ..3 er|your|din|hemsida|hemsidor|sajter|webbsidor|ranking|reach|företag|sida',
    // Nätfiske i leverantörs namn.
    'm.5: betala|betalar ..4 här|avgift|tullavgift|frakten|via',
    'h.8: tjäna|tjänar|tjäna extra|pengar ..3 genom|hemifrån|enkelt|snabbt',
    'm.6: jobb|jobba|arbeta hemifrån|hemma',
    // "450 kr/timme".
    'h.7: # kr|kronor|sek|dollar|usd ..1 timme|timmen|dag|dagen|vecka|veckan|månad|daily|day|week',
    'h: make|earn # ..1 daily|weekly|per|a|every',
    'h: snabba|snabb|enkla|billiga lån|krediter|kredit',
    // "FREE FOLLOWERS", "köp följare".
    'h: billiga|billig|billigt|*billiga|köp|köpa|skaffa|buy|gratis|free ..2 följare|likes|followers|visningar|views|prenumeranter|subscribers',
    // "länk i bio", "wallet i bio", "länk i beskrivningen".
    'h.8: länk|länken|link|wallet|finns i|in bio|bion|profilen|beskrivningen|description',
    // "se min profil", "missa inte min kanal".
    'm.6: min|mitt|mina|vår|vårt|våra profil|profilen|kanal|kanalen|sida|sidan|onlyfans|snap|bio|webbshop|butik|konto|stream|företag|produkter|tjänster',
    'm.6: for sale|till salu',
    // "klicka här".
    'm.6: klicka|click ..2 här|länken|nedan|link|here|below|profil|profilen|profile|bio',
    // Nätfiske.
    'h.7: logga|log in|på ..3 här|länken|via|nedan',
    // Nätfiske: "Ditt konto stängs".
    'h: ditt|ert|din ..1 konto|kontot|sida|sidan ..4 stängs|stängas|stängts|spärras|spärrat|spärrad|låst|låses|låsts|raderas|inaktiveras|avstängt|begränsat|suspended|disabled|deleted|granskas',
    // Nätfiske.
    'h: verifiera|bekräfta|uppdatera ..2 ditt|dina|er|era|din konto|uppgifter|identitet|kontouppgifter|betalning|kortuppgifter|lösenord',
    // Falskt meddelande från plattformen.
    'h: brott|överträtt ..2 riktlinjer|communityriktlinjer|community|policy|upphovsrätt ..6 klicka|länk|överklaga|verifiera|logga|här|stängs|stängas|raderas',
    // Falsk vinst.
    'h: grattis|congratulations ..4 vunnit|vinnare|vinst|utvald|utvalda|won|winner|selected',
    // Falsk vinst: "du har vunnit", "ert konto har valts ut".
    'h: du|ni|ert|ditt|din ..2 har [blivit] vunnit|utvalts|utvald|utvalda|valts',
    // Falsk vinst.
    'h: gratis|free|vinn|vinner|win iphone|ipad|presentkort|giftcard|samsung|macbook|playstation|resa|resor|tv|airpods|ps5|cykel|elcykel|laptop|dator|kryssning|weekend|presentkortet',
    // "50 % rabatt".
    'm.6: # [procent] rabatt|off|billigare',
    // "köp nu".
    'm.7: köp|beställ|handla|shoppa ..2 nu|idag|här|mig|länken|länk|bio',
    // Typiskt för kryptobedrägerier.
    'm.6: sugen|intresserad|vill [du] ..4 tjäna|extra|pengar|inkomst',
    'm.7: besök|kolla|spana|titta|följ [in] [på] vår|min|mitt|våran|vårt|mina [nya|egna|lilla] hemsida|webbshop|webbutik|sajt|butik|sida|kanal|profil|blogg|konto|företag|produkter|smycken|kläder|kurser',
    'h: investera|investerar|satsa|satsar|handla|trada|tradea|tjäna ..3 bitcoin|btc|krypto|kryptovaluta|crypto|forex|ethereum|aktier|valuta',
    // "gilla och dela".
    'h.8: gilla|like|likea|följ ..3 dela|share|tagga|subscribe|prenumerera|subba',
    'm.6: vinn|vinner|tävla ..3 en|ett|två|gratis',
    // "sub to me", "sub2me", "sub4sub", "f4f".
    'h: sub|subba|follow|f|l [to|for|#] me|back|sub|follow|f|l',
    // Nätfiske.
    'h.8: fyll i ..2 dina|era uppgifter|kortuppgifter|personuppgifter',
    // Nätfiske.
    'h: överklaga|appeal ..4 länk|länken|här|via|raderas|stängs',
    'm.6: investeringsförslag|affärsförslag|affärsman|affärsmöjlighet|investment|collab|collaboration',
    // "ange koden".
    'h.8: ange|använd|uppge koden|rabattkoden|kod',
    'm.6: dejtingsajt|dejtingsajten|dejtingapp|singlar|singelträff',
    // Romansbedrägeri.
    'h: lån|lånet|låna|kredit ..3 minuter|uc|kreditkontroll',
    // "10k prenumeranter för 299 kr".
    'h: # ..1 följare|likes|followers|visningar|prenumeranter|subscribers ..3 vecka|veckan|dag|dagar|månad|garanterat|kr',
    // "DM för länk", "DM för test".
    'h: dm|pm|message ..2 for|för promo|pris|priser|price|info|collab|samarbete|rabatt|länk|link|test',
    'm.5: only|just|bara|endast ..1 # usd|dollars|kr',
    // "knulla i din stad", "singlar i ditt område".
    'm.4: i|nära din|ditt stad|område|närhet',
  ]),
};
