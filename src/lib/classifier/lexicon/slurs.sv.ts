import { wordEntries, type WordList } from './types.ts';

/**
 * Slurs for ethnicity, origin, religion, sex and sexual orientation. These demean whoever they
 * are aimed at, so one is enough. Neutral group words (invandrare, muslimer, homosexuella) are
 * in `groupsSv` and only count with a demeaning context.
 */
export const slursSv: WordList = {
  category: 'slur',
  lang: 'sv',
  label: 'discrimination',
  why: 'Nedsättande ord om en grupp',
  entries: wordEntries([
    // Rasistiskt. Även i sammansättning.
    'h start: neger -n negrer negrerna -jävel -jävlar negrjävel',
    // Rasistiskt.
    'h start: blatte -n blattar blattarna -jävel -jävlar -fan',
    // Rasistiskt.
    'h: svartskalle svartskallar svartskallarna -n',
    // Rasistiskt.
    'h: svarting -ar -arna -en',
    // Rasistiskt.
    'h: sotis -ar',
    // Antiziganistiskt. Ordet "zigenare" ensamt finns bland grupperna.
    'h: zigenarjävel zigenarjävlar zigge ziggar ziggarna zigenarpack tattarjävel tattarpack',
    // Rasistiskt.
    'h: babbe babbar babbarna',
    // Rasistiskt.
    'h: kebabnisse kebabnissar',
    // Islamofobt.
    'h: muslimjävel muslimjävlar muzzie muzzies mussejävel muslimsvin muslimpack',
    // Antisemitiskt.
    'h: judesvin judejävel judejävlar judepack judeparasit judeparasiter',
    // Homofobt. "bög" ensamt kan vara neutralt och finns bland grupperna.
    'h: bögjävel bögjävlar bögfan bögäckel bögäcklet bögdjävel bögsvin',
    // Homofobt.
    'h: flatjävel flatjävlar',
    // Transfobt.
    'h: transjävel transjävlar transfreak transa -n',
    // Kränkande mot samer.
    'h: lappjävel lappjävlar',
    // Rasistiskt.
    'h: invandrarjävel invandrarjävlar invandrarpack blattepack',
    // Rasistiskt.
    'h: apmänniska apmänniskor',
    // Rasistiskt.
    'h: halvapa halvapor halvaporna',
    // Rasistisk stereotyp.
    'h: våldtäktsinvandrare våldtäktsturism',
    // Islamofobt.
    'h: mussar -na muzzar muzzarna',
    // Homofobt.
    'h: homosar homsar homsarna -na',
    // Nationalitet + svordom.
    'h: finnjävel finnjävlar finnpack polackjävel polackjävlar turkjävel turkjävlar arabjävel arabjävlar somalijävel somalijävlar',
    // Homofobt.
    'h: fjolla -n fjollor fjollorna fjollig bögig bögigt bögiga',
    // Nedsättande om feminister.
    'm: feminazi -ster -st',
    // Rasistiskt.
    'h: kamelknullare kamelknullarna getknullare getknullarna ökenråtta ökenråttor ökenråttorna sandneger sandnegrer kameljockey kameljockeys',
    // Rasistiskt.
    'h: guling -ar -arna snedögd snedögda',
    // Homofobt.
    'h: pajkis -ar -arna fikusar bögjäveln',
    // Rasistiskt.
    'h: svartis -ar -arna blattebarn blattejävlarna invandrarhorder flyktinghorder rapefugee rapefugees',
    // Rasistiskt, ironiskt.
    'h: kulturberikare -n kulturberikarna',
    // Rasistiskt.
    'h: halvblatte halvblattar mulatt mulatter',
    // Antiziganistiskt, rasistiskt.
    'h: zigenarslödder tattarslödder invandrarslödder judeslödder',
    // Kränkande mot samer.
    'h: lapphelvete lappdjävlar',
  ]),
};

export const slursEn: WordList = {
  category: 'slur',
  lang: 'en',
  label: 'discrimination',
  why: 'Nedsättande ord om en grupp (engelska)',
  entries: wordEntries([
    // Rasistiskt.
    'h: nigger -s nigga niggas niggaz',
    // Homofobt.
    'h: faggot -s fag fags',
    // Transfobt.
    'h: tranny trannies',
    // Homofobt.
    'h: dyke -s',
    // Antisemitiskt.
    'h: kike -s',
    // Rasistiskt.
    'h: chink -s gook gooks',
    // Rasistiskt.
    'h: paki -s raghead ragheads towelhead towelheads sandnigger',
    // Rasistiskt.
    'h: spic -s wetback wetbacks',
  ]),
};

/**
 * Neutral names of groups protected by the rule. Alone they mean nothing; patterns use them as
 * `@group` ("invandrare är ...", "kvinnor borde ...").
 */
export const groupsSv: WordList = {
  category: 'group',
  lang: 'sv',
  why: 'Grupp',
  entries: wordEntries([
    // Kön.
    'l: kvinnor -na kvinnfolk fruntimmer fruntimren tjejer tjejerna brudar brudarna kärringar kärringarna kärringarnas damer feminister feministerna blondiner blondin kvinnliga kvinnlig',
    // Kön.
    'l: män -nen karlar karlarna killar killarna gubbar gubbarna',
    // Ursprung.
    'l start: invandrare invandrarna invandrarbarn utlänningar utlänningarna utländska flyktingar flyktingarna asylsökande nysvenskar ensamkommande',
    // Religion.
    'l start: muslimer -na muslim muslimen muslimska',
    // Religion och ursprung.
    'l: judar -na jude juden judiska judinna',
    // Nationell minoritet. "romerna" kan också vara romarna i historien.
    'l: romer -na rom zigenare zigenarna zigenarbarn resande tattare tattarna',
    // Urfolk.
    'l: samer -na same',
    // Ursprung.
    'l: araber arabisk arabiska arabiskt muslimsk muslimskt afrikansk afrikanska somalisk somaliska romsk romska zigensk zigenska judisk svenskar svenskarna vita -na finnar finnarna somalier somalierna syrier syrierna afghaner afghanerna irakier irakierna eritreaner afrikaner afrikanerna turkar turkarna kurder polacker polackerna asiater kineser kineserna rumäner rumänerna albaner arab araben kurderna albanerna greker utlänning utlänningen invandraren flyktingen eu-migranter zigenaren utlandsfödda afghanen invandrade iranier iranierna indier indierna thailändare ryssar ryssarna pakistanier',
    // Hudfärg; "svarta" kan också vara en färg.
    'l: svarta svartingar mörkhyade färgade',
    // Sexuell läggning.
    'l: homosexuella homosexuell homos homo homofiler bögar bögarna bög bögen lesbiska lesbisk flator flata flatorna bisexuella gayfolk gays regnbågsfolk homosexualitet homosexualiteten transsexualism',
    // Könsidentitet.
    'l: transpersoner trans -na transor transorna transsexuella ickebinära hbtq hbtqfolk hbtq-personer queera',
    // Religion.
    'l: kristna katoliker hinduer buddister',
  ]),
};

/** English names of the same groups, so that patterns and the learned model over `@group` read "Jews out of Sweden" or "Sven is gay" too. */
export const groupsEn: WordList = {
  category: 'group',
  lang: 'en',
  why: 'Grupp',
  entries: wordEntries([
    'l: women immigrants migrants refugees foreigners muslims muslim jews jew jewish gays gay lesbians homosexuals trans roma gypsies sami arabs arab blacks africans chinese girls',
  ]),
};

/** Stems that start compounds about a group: "invandrarjävel", "muslimpack". Used only together with a swear word. */
export const groupStemsSv: WordList = {
  category: 'group',
  lang: 'sv',
  why: 'Grupp',
  entries: wordEntries([
    // Förled; "finn" matchar aldrig "finns" eftersom en sammansättning kräver en svordom som efterled.
    'l start: invandrar muslim jude jud neger bög flat trans turk arab finn polack somali zigenar lapp blatte svartskalle homo kvinno tjej feminist',
  ]),
};
