import type { WordList } from './types.ts';

/**
 * Words that insult a person on their own: nobody calls an exhibition an "idiot". Adjectives that
 * can also describe a thing ("dumt beslut") are in `insultAdjectivesSv` and only count with a
 * person as target.
 */
export const insultsSv: WordList = {
  category: 'insult',
  lang: 'sv',
  label: 'personal-attack',
  why: 'Förolämpning',
  entries: [
    { term: 'idiot', forms: 'idioten idioter idioterna idiotjävel idiotjävlar jubelidiot', severity: 'medium', note: 'Även som efterled: byidiot. "idiotiskt" om ett beslut är kritik, se adjektiven.', end: true },
    { term: 'pucko', forms: 'puckon puckot puckona puckor puckorna', severity: 'medium', note: 'Även som efterled: censurpucko.', end: true },
    { term: 'mupp', forms: 'muppen muppar muppfan', severity: 'medium', note: '', end: true },
    { term: 'surtant', forms: 'surtanten surtanter surgubbe surgubben surgubbar gnällkärring gnällspik', severity: 'medium', note: '' },
    { term: 'analfabet', forms: 'analfabeter analfabeten', severity: 'medium', note: 'Som förolämpning.', weight: 0.6 },
    { term: 'mytoman', forms: 'mytomanen mytomaner', severity: 'medium', note: '' },
    { term: 'kukhjärna', forms: 'kukhjärnan ärthjärna ärthjärnan hönshjärna hönshjärnan', severity: 'medium', note: '' },
    { term: 'idiotpersonal', forms: 'idiotchef idiotguide', severity: 'medium', note: '' },
    { term: 'tönt', forms: 'tönten töntar töntarna', severity: 'medium', note: '' },
    { term: 'dumskalle', forms: 'dumskallar dumhuvud dumhuvuden dumbom dumbommar dumjävel dumjävlar dumfan', severity: 'medium', note: '' },
    { term: 'fåne', forms: 'fånen fånar fånarna', severity: 'medium', note: '' },
    { term: 'fjant', forms: 'fjanten fjantar', severity: 'low', note: '' },
    { term: 'mongo', forms: 'mongon mongot mongona mongoloid mongoloida mongobarn', severity: 'high', note: 'Kränkande om funktionsnedsättning.' },
    { term: 'efterbliven', forms: 'efterblivna efterblivet cpunge cp-skadad cpskadad', severity: 'high', note: 'Kränkande om funktionsnedsättning.' },
    { term: 'hjärndöd', forms: 'hjärndöda hjärndött', severity: 'medium', note: '' },
    { term: 'kräk', forms: 'kräket kräken', severity: 'medium', note: '' },
    { term: 'loser', forms: 'losers looser loosers', severity: 'medium', note: 'Lånord.' },
    { term: 'kärring', forms: 'kärringen käring käringen kärringjävel fittkärring surkärring', severity: 'high', note: 'Nedsättande om kvinna.' },
    { term: 'subba', forms: 'subban subbor subborna', severity: 'high', note: 'Nedsättande om kvinna.' },
    { term: 'slyna', forms: 'slynan slynor slampa slampan slampor fnask fnasket', severity: 'high', note: 'Nedsättande om kvinna.' },
    { term: 'hagga', forms: 'haggan haggor', severity: 'medium', note: '' },
    { term: 'psykfall', forms: 'psykfallet psykfallen psykopatjävel', severity: 'medium', note: '' },
    { term: 'stolpskott', forms: 'stolpskotten knäppgök knäppgökar klantskalle klantskallar träskalle pundhuvud pundhuvuden', severity: 'low', note: '' },
    { term: 'tjockis', forms: 'tjockisen fetto fettot fettona fetknopp fettoxe späckhuggare', severity: 'medium', note: 'Hån för kroppsform.' },
    { term: 'äckel', forms: 'äcklet äckel', severity: 'medium', note: 'Substantivet om en person. "äckligt" om mat är kritik.' },
    { term: 'skithög', forms: 'skithögen skitstövel', severity: 'medium', note: '' },
    { term: 'horunge', forms: 'horungar horungen', severity: 'high', note: '' },
    { term: 'kuksugare', forms: 'kuksugaren kuksugare', severity: 'high', note: '' },
    { term: 'fittskalle', forms: 'fittskallar fitthuvud', severity: 'high', note: '' },
    { term: 'praktarsel', forms: 'arsel', severity: 'medium', note: '' },
    { term: 'mähä', forms: 'mähän', severity: 'low', note: '' },
    { term: 'tjockskalle', forms: 'tjockskallar', severity: 'low', note: '' },
    { term: 'inavlad', forms: 'inavlade inavlat', severity: 'medium', note: '' },
    { term: 'apjävel', forms: 'apjävlar', severity: 'high', note: '' },
    { term: 'lallare', forms: 'lallaren', severity: 'low', note: '' },
    { term: 'skitunge', forms: 'snorunge snorungar', severity: 'low', note: '' },
  ],
};

/** Adjectives and nouns that insult only when aimed at a person: "du är dum", "din lögnare". */
export const insultAdjectivesSv: WordList = {
  category: 'insult-adj',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: [
    { term: 'dum', forms: 'dumma dumt dummare dummaste dumme', severity: 'medium', note: '' },
    { term: 'korkad', forms: 'korkade korkat korkad', severity: 'medium', note: '' },
    { term: 'störd', forms: 'störda stört', severity: 'medium', note: '' },
    { term: 'ful', forms: 'fula fult fulaste fulast', severity: 'medium', note: '' },
    { term: 'fet', forms: 'feta fett tjock tjocka', severity: 'medium', note: '' },
    { term: 'äcklig', forms: 'äckliga äckligt vidrig vidriga motbjudande', severity: 'medium', note: '' },
    { term: 'patetisk', forms: 'patetiska patetiskt pinsam pinsamma', severity: 'medium', note: '' },
    { term: 'ointelligent', forms: 'ointelligenta obegåvad obegåvade trögtänkt trögtänkta korkat', severity: 'medium', note: '' },
    { term: 'idiotisk', forms: 'idiotiska idiotiskt', severity: 'medium', note: '' },
    { term: 'sinnessjuk', forms: 'sinnessjuka galen galna knäpp knäppa bitter bittra talanglös talanglösa dryg dryga', severity: 'low', note: '' },
  ],
};

/** Nouns that insult only when aimed at a person: "din lögnare", "han är en nolla". */
export const insultNounsSv: WordList = {
  category: 'insult-noun',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: [
    { term: 'lögnare', forms: 'lögnaren lögnare', severity: 'medium', note: '' },
    { term: 'as', forms: 'aset', severity: 'medium', note: '"ditt as".' },
    { term: 'svin', forms: 'svinet svinen', severity: 'medium', note: '' },
    { term: 'nolla', forms: 'nollan nollor', severity: 'medium', note: '' },
    { term: 'clown', forms: 'clownen clowner pajas pajasen', severity: 'low', note: '' },
    { term: 'råtta', forms: 'råttan', severity: 'medium', note: '' },
    { term: 'parasit', forms: 'parasiten', severity: 'medium', note: '' },
    { term: 'sopa', forms: 'sopan', severity: 'medium', note: '' },
    { term: 'ko', forms: 'kossa kossan', severity: 'medium', note: '' },
    { term: 'gris', forms: 'grisen', severity: 'medium', note: '' },
    { term: 'apa', forms: 'apan', severity: 'medium', note: '' },
    { term: 'dåre', forms: 'dåren galning galningen', severity: 'low', note: '' },
    { term: 'tjuv', forms: 'tjuven bedragare bedragaren skurk skurken', severity: 'medium', note: '' },
    { term: 'pedofil', forms: 'pedofilen pedo', severity: 'high', note: 'Som anklagelse mot en person.' },
    { term: 'gubbe', forms: 'gubben gammelgubbe tant tanten kärring', severity: 'low', note: 'Bara med du/han/hon: "du är en bitter gammal gubbe".' },
    { term: 'bedragare', forms: 'bedragaren svindlare skurk mytoman förrädare förrädarna pundare pundaren knarkare alkis fyllo fyllot nollor dårar', severity: 'medium', note: '' },
  ],
};

/** Words about how someone does the job: an attack only about a single, identifiable person. */
export const insultJobSv: WordList = {
  category: 'insult-job',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: [
    { term: 'lat', forms: 'lata', severity: 'low', note: '' },
    { term: 'oförskämd', forms: 'oförskämda', severity: 'low', note: 'Om en person. "otrevlig" om personalen är servicekritik och finns inte med.' },
    { term: 'inkompetent', forms: 'inkompetenta okunnig okunniga oduglig odugliga', severity: 'low', note: 'Om en namngiven anställd; om verksamheten är det kritik.' },
    { term: 'värdelös', forms: 'värdelösa värdelöst', severity: 'low', note: '' },
  ],
};

/** Staff roles and other identifiable people who can be the target of an attack. */
export const personRefsSv: WordList = {
  category: 'person',
  lang: 'sv',
  why: 'Person',
  entries: [
    { term: 'guiden', forms: 'guide kassören kassörskan kassörska vakten chefen museichefen direktören intendenten receptionisten tjejen killen kvinnan mannen snubben typen gubben tanten bruden damen herren värden värdinnan pedagogen föreläsaren moderatorn kommunikatören fotografen konstnären författaren', severity: 'low', note: '' },
    { term: 'han', forms: 'hon hen honom henne dig du', severity: 'low', note: '' },
    { term: 'grannen', forms: 'granne kollegan kollega exet exfrun exmannen svärmor', severity: 'low', note: '' },
  ],
};

/** Groups of staff: an attack when insulted, but "personalen var otrevlig" is a service complaint. */
export const personPluralSv: WordList = {
  category: 'person-plural',
  lang: 'sv',
  why: 'Personer',
  entries: [
    { term: 'personalen', forms: 'vakterna guiderna ni de dom dem politikerna ledningen', severity: 'low', note: '' },
  ],
};
