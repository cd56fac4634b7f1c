import { wordEntries, type WordList } from './types.ts';

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
  entries: wordEntries([
    // Även som efterled: byidiot. "idiotiskt" om ett beslut är kritik, se adjektiven.
    'm end: idiot -en -er -erna -jävel -jävlar jubelidiot',
    // Även som efterled: censurpucko. Med stor bokstav inne i en mening är det chokladdrycken (”Barnen fick Pucko”).
    'm end name: pucko -n -t -na -r -rna',
    'm end: mupp -en -ar -fan',
    'm: surtant -en -er surgubbe surgubben surgubbar gnällkärring gnällspik',
    // Som förolämpning.
    'm.6: analfabet -er -en',
    'm: mytoman -en -er',
    'm: kukhjärna -n ärthjärna ärthjärnan hönshjärna hönshjärnan',
    'm: idiotpersonal idiotchef idiotguide',
    'm: tönt -en -ar -arna',
    'm: dumskalle dumskallar dumhuvud dumhuvuden dumbom dumbommar dumjävel dumjävlar dumfan',
    'm: fåne -n fånar fånarna',
    'l: fjant -en -ar',
    // Kränkande om funktionsnedsättning.
    'h: mongo -n -t -na -loid -loida -barn',
    // Kränkande om funktionsnedsättning.
    'h: efterbliven efterblivna efterblivet cpunge cp-skadad cpskadad',
    'm: hjärndöd -a hjärndött',
    'm: kräk -et -en',
    // Lånord.
    'm: loser looser loosers',
    // Nedsättande om kvinna.
    'h: kärring -en käring käringen -jävel fittkärring surkärring',
    // Nedsättande om kvinna.
    'h: subba -n subbor subborna',
    // Nedsättande om kvinna.
    'h: slyna -n slynor slampa slampan slampor fnask fnasket',
    'm: hagga -n haggor',
    'm: psykopatjävel',
    'l: stolpskott -en knäppgök knäppgökar klantskalle klantskallar träskalle pundhuvud pundhuvuden',
    // Hån för kroppsform.
    'm: tjockis -en fetto fettot fettona fetknopp fettoxe späckhuggare',
    // Substantivet om en person. "äckligt" om mat är kritik.
    'm: äckel äcklet',
    'm: skithög -en skitstövel',
    'h: horunge horungar -n',
    'h: kuksugare -n',
    'h: fittskalle fittskallar fitthuvud',
    'm: praktarsel arsel',
    'l: mähä -n',
    'l: tjockskalle tjockskallar',
    'm: inavlad -e inavlat',
    'h: apjävel apjävlar',
    'l: lallare -n',
    'l: skitunge snorunge snorungar',
    'h: gubbjävel gubbjävlar -n gubbslem gubbslemmet kärringjäveln kärringjävlar tantjävel snuskgubbe snuskgubben slemgubbe slemgubben',
    'm: fåntratt -ar -en nötskalle nötskallar fårskalle fårskallar pundskalle korkskalle dumskallen träskallen klantarsle klantarslet pappskalle',
    'h: kukhuvud -et -en rövhatt rövhattar rövslickare arslen skitstöveln skitstövlar svinpäls svinpälsen',
    'm: idiotjäveln idiotfan puckade puckad dumjäveln jubelåsna jubelidioter jubelidioten åsna åsnan',
    // Som skällsord om en person.
    'm.6: psykopat -en -er psyko psykot sociopat sociopaten narcissist narcissisten',
    'h: mongoloid mongojävel cp-barn cpbarn cp-unge dumidiot',
    'm.6: fetknopp -en fettoxen tjockisar tjockskallen valross flodhäst',
    'l: stolle -n stollar byfåne byfånen knasboll dumstrut pucko-personal',
  ]),
};

/** Adjectives and nouns that insult only when aimed at a person: "du är dum", "din lögnare". */
export const insultAdjectivesSv: WordList = {
  category: 'insult-adj',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: wordEntries([
    'm: dum -ma -t -mare -maste -me',
    'm: korkad -e korkat',
    'm: störd -a stört',
    'm: ful -a -t -aste -ast',
    'm: fet -a -t tjock tjocka',
    'm: äcklig -a -t vidrig vidriga motbjudande',
    'm: patetisk -a -t pinsam pinsamma',
    'm: skamlig -a',
    'm: ointelligent -a obegåvad obegåvade trögtänkt trögtänkta',
    'm: idiotisk -a -t',
    'l: sinnessjuk -a galen galna knäpp knäppa bitter bittra talanglös talanglösa dryg dryga',
    'm: efterbliven efterblivna efterblivet cp cpskadad hjärndöd hjärndöda hjärnlös hjärnlösa puckad puckade blåst blåsta trög tröga lobotomerad inavlad inavlade mongo',
    'l: löjlig -a töntig töntiga fjantig fjantiga larvig larviga barnslig barnsliga ynklig ynkliga mesig mesiga feg fega falsk falska hycklande snorkig snorkiga bortskämd bortskämda inskränkt inskränkta trångsynt trångsynta hjärntvättad hjärntvättade obildad obildade ignorant ignoranta',
  ]),
};

/** Nouns that insult only when aimed at a person: "din lögnare", "han är en nolla". */
export const insultNounsSv: WordList = {
  category: 'insult-noun',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: wordEntries([
    'm: lögnare -n',
    // "ditt as".
    'm: as -et',
    'm: svin -et -en',
    'm: nolla -n nollor',
    'l: clown -en -er pajas pajasen',
    'm: råtta -n',
    'm: parasit -en',
    // Även "psykfall" kräver en måltavla.
    'm: troll -et -en psykfall -et -en slarva -n',
    'm: sopa -n',
    'm: ko -ssa -ssan',
    'm: gris -en',
    'm: apa -n',
    'l: dåre -n galning galningen häxa häxan häxor unge ungen snorunge',
    'm: tjuv -en bedragare bedragaren skurk skurken',
    // Som anklagelse mot en person.
    'h: pedofil -en pedo',
    // Bara med du/han/hon: "du är en bitter gammal gubbe".
    'l: gubbe -n gammelgubbe tant tanten kärring',
    'm: bedragare svindlare mytoman förrädare förrädarna pundare pundaren knarkare alkis fyllo fyllot dårar',
    'm: förlorare -n förlorarna hycklare hycklaren fegis fegisen fegisar mes mesen kruka besserwisser wannabe skitstövel kräk jävel jäveln fjolla hora fitta kuk arsle sopor avskum avskummet missfoster vidrig',
  ]),
};

/** Words about how someone does the job: an attack only about a single, identifiable person. */
export const insultJobSv: WordList = {
  category: 'insult-job',
  lang: 'sv',
  why: 'Nedsättande ord',
  entries: wordEntries([
    'l: lat -a',
    // Om en person. "otrevlig" om personalen är servicekritik och finns inte med.
    'l: oförskämd -a',
    // Om en namngiven anställd; om verksamheten är det kritik.
    'l: inkompetent -a okunnig okunniga oduglig odugliga',
    'l: värdelös -a verdelös',
  ]),
};

/** Staff roles and other identifiable people who can be the target of an attack. */
export const personRefsSv: WordList = {
  category: 'person',
  lang: 'sv',
  why: 'Person',
  entries: wordEntries([
    // Även som efterled: platschefen, regiondirektören.
    'l end: chefen direktören',
    'l: guiden guide kassören kassörskan kassörska vakten intendenten receptionisten tjejen killen kvinnan mannen snubben typen gubben tanten bruden damen herren värden värdinnan pedagogen föreläsaren moderatorn kommunikatören fotografen konstnären författaren',
    'l: han hon hen honom henne dig du',
    'l: grannen granne kollegan kollega exet exfrun exmannen svärmor kontrollanten konduktören läraren politikern ordföranden städerskan expediten säkerhetsvakten museivärden arkeologen forskaren professorn journalisten reportern redaktören skribenten admin administratören kommentatorn trådstartaren personen människan kärringen gubbjäveln präktiga',
  ]),
};

/** Groups of staff: an attack when insulted, but "personalen var otrevlig" is a service complaint. */
export const personPluralSv: WordList = {
  category: 'person-plural',
  lang: 'sv',
  why: 'Personer',
  entries: wordEntries([
    'l: personalen vakterna guiderna ni de dom dem politikerna ledningen',
  ]),
};
