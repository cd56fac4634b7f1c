import type { WordList } from './types.ts';

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
  entries: [
    { term: 'neger', forms: 'negern negrer negrerna negrerna negerjävel negerjävlar negrjävel', severity: 'high', note: 'Rasistiskt. Även i sammansättning.', start: true },
    { term: 'blatte', forms: 'blatten blattar blattarna blattejävel blattejävlar blattefan', severity: 'high', note: 'Rasistiskt.', start: true },
    { term: 'svartskalle', forms: 'svartskallar svartskallarna svartskallen', severity: 'high', note: 'Rasistiskt.' },
    { term: 'svarting', forms: 'svartingar svartingarna svartingen', severity: 'high', note: 'Rasistiskt.' },
    { term: 'sotis', forms: 'sotisar', severity: 'high', note: 'Rasistiskt.' },
    { term: 'zigenarjävel', forms: 'zigenarjävlar zigge ziggar ziggarna zigenarpack tattarjävel tattarpack', severity: 'high', note: 'Antiziganistiskt. Ordet "zigenare" ensamt finns bland grupperna.' },
    { term: 'babbe', forms: 'babbar babbarna', severity: 'high', note: 'Rasistiskt.' },
    { term: 'kebabnisse', forms: 'kebabnissar', severity: 'high', note: 'Rasistiskt.' },
    { term: 'muslimjävel', forms: 'muslimjävlar muzzie muzzies mussejävel muslimsvin muslimpack', severity: 'high', note: 'Islamofobt.' },
    { term: 'judesvin', forms: 'judejävel judejävlar judepack judeparasit judeparasiter', severity: 'high', note: 'Antisemitiskt.' },
    { term: 'bögjävel', forms: 'bögjävlar bögfan bögäckel bögäcklet bögdjävel bögsvin', severity: 'high', note: 'Homofobt. "bög" ensamt kan vara neutralt och finns bland grupperna.' },
    { term: 'flatjävel', forms: 'flatjävlar', severity: 'high', note: 'Homofobt.' },
    { term: 'transjävel', forms: 'transjävlar transfreak', severity: 'high', note: 'Transfobt.' },
    { term: 'lappjävel', forms: 'lappjävlar', severity: 'high', note: 'Kränkande mot samer.' },
    { term: 'invandrarjävel', forms: 'invandrarjävlar invandrarpack blattepack', severity: 'high', note: 'Rasistiskt.' },
    { term: 'apmänniska', forms: 'apmänniskor', severity: 'high', note: 'Rasistiskt.' },
    { term: 'halvapa', forms: 'halvapor halvaporna', severity: 'high', note: 'Rasistiskt.' },
    { term: 'våldtäktsinvandrare', forms: 'våldtäktsturism', severity: 'high', note: 'Rasistisk stereotyp.' },
    { term: 'mussar', forms: 'mussarna muzzar muzzarna muslimsvin', severity: 'high', note: 'Islamofobt.' },
    { term: 'homosar', forms: 'homsar homsarna homosarna bögjävlar', severity: 'high', note: 'Homofobt.' },
    { term: 'finnjävel', forms: 'finnjävlar finnpack polackjävel polackjävlar turkjävel turkjävlar arabjävel arabjävlar somalijävel somalijävlar negerjävel', severity: 'high', note: 'Nationalitet + svordom.' },
    { term: 'fjolla', forms: 'fjollan fjollor fjollorna fjollig', severity: 'high', note: 'Homofobt.' },
    { term: 'feminazi', forms: 'feminazister feminazist', severity: 'medium', note: 'Nedsättande om feminister.' },
  ],
};

export const slursEn: WordList = {
  category: 'slur',
  lang: 'en',
  label: 'discrimination',
  why: 'Nedsättande ord om en grupp (engelska)',
  entries: [
    { term: 'nigger', forms: 'niggers nigga niggas niggaz', severity: 'high', note: 'Rasistiskt.' },
    { term: 'faggot', forms: 'faggots fag fags', severity: 'high', note: 'Homofobt.' },
    { term: 'tranny', forms: 'trannies', severity: 'high', note: 'Transfobt.' },
    { term: 'dyke', forms: 'dykes', severity: 'high', note: 'Homofobt.' },
    { term: 'kike', forms: 'kikes', severity: 'high', note: 'Antisemitiskt.' },
    { term: 'chink', forms: 'chinks gook gooks', severity: 'high', note: 'Rasistiskt.' },
    { term: 'paki', forms: 'pakis raghead ragheads towelhead towelheads sandnigger', severity: 'high', note: 'Rasistiskt.' },
    { term: 'spic', forms: 'spics wetback wetbacks', severity: 'high', note: 'Rasistiskt.' },
  ],
};

/**
 * Neutral names of groups protected by the rule. Alone they mean nothing; patterns use them as
 * `@group` ("invandrare är ...", "kvinnor borde ...").
 */
export const groupsSv: WordList = {
  category: 'group',
  lang: 'sv',
  why: 'Grupp',
  entries: [
    { term: 'kvinnor', forms: 'kvinnorna kvinnfolk fruntimmer fruntimren tjejer tjejerna brudar brudarna kärringar kärringarna kärringarnas damer feminister feministerna blondiner blondin', severity: 'low', note: 'Kön.' },
    { term: 'män', forms: 'männen karlar karlarna killar killarna gubbar gubbarna', severity: 'low', note: 'Kön.' },
    { term: 'invandrare', forms: 'invandrarna invandrarbarn utlänningar utlänningarna utländska flyktingar flyktingarna asylsökande nysvenskar ensamkommande', severity: 'low', note: 'Ursprung.', start: true },
    { term: 'muslimer', forms: 'muslimerna muslim muslimen muslimska', severity: 'low', note: 'Religion.', start: true },
    { term: 'judar', forms: 'judarna jude juden judiska judinna', severity: 'low', note: 'Religion och ursprung.' },
    { term: 'romer', forms: 'romerna rom zigenare zigenarna zigenarbarn resande tattare tattarna', severity: 'low', note: 'Nationell minoritet. "romerna" kan också vara romarna i historien.' },
    { term: 'samer', forms: 'samerna same', severity: 'low', note: 'Urfolk.' },
    { term: 'araber', forms: 'arabisk arabiska arabiskt muslimsk muslimskt afrikansk afrikanska somalisk somaliska romsk romska zigensk zigenska judisk svenskar svenskarna vita araberna finnar finnarna somalier somalierna syrier syrierna afghaner afghanerna irakier irakierna eritreaner afrikaner afrikanerna turkar turkarna kurder polacker polackerna asiater kineser kineserna rumäner rumänerna albaner', severity: 'low', note: 'Ursprung.' },
    { term: 'svarta', forms: 'svartingar mörkhyade färgade', severity: 'low', note: 'Hudfärg; "svarta" kan också vara en färg.' },
    { term: 'homosexuella', forms: 'homosexuell homos homo homofiler bögar bögarna bög bögen lesbiska lesbisk flator flata flatorna bisexuella gayfolk gays regnbågsfolk', severity: 'low', note: 'Sexuell läggning.' },
    { term: 'transpersoner', forms: 'trans transpersonerna transor transorna transsexuella ickebinära hbtq hbtqfolk hbtq-personer queera', severity: 'low', note: 'Könsidentitet.' },
    { term: 'kristna', forms: 'katoliker hinduer buddister', severity: 'low', note: 'Religion.' },
  ],
};

/** Stems that start compounds about a group: "invandrarjävel", "muslimpack". Used only together with a swear word. */
export const groupStemsSv: WordList = {
  category: 'group',
  lang: 'sv',
  why: 'Grupp',
  entries: [
    { term: 'invandrar', forms: 'muslim jude jud neger bög flat trans turk arab finn polack somali zigenar lapp blatte svartskalle homo kvinno tjej', severity: 'low', note: 'Förled; "finn" matchar aldrig "finns" eftersom en sammansättning kräver en svordom som efterled.', start: true },
  ],
};
