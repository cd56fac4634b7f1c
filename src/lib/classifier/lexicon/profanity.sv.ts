import type { WordList } from './types.ts';

/**
 * Swedish swear words and obscene words. Mild euphemisms (jäkla, jädrans, sjutton, tusan, attans,
 * fasen, fanken, jösses) are deliberately absent: the guideline allows them.
 */
export const profanitySv: WordList = {
  category: 'profanity',
  lang: 'sv',
  label: 'profanity',
  why: 'Svordom',
  entries: [
    { term: 'fan', forms: 'faan fanimig fanimej fanskapet fanskap fanstyg dumfan fyfan', severity: 'medium', note: 'Vanligaste svordomen. Inte som början av sammansättning: fantastisk, fanns, fanatisk.' },
    { term: 'jävla', forms: 'jävlar jävlarna jävlig jävligt jävliga jävligaste jävlas jävlades jävlaskap djävla djävlar djävlig djävligt jevla jefla', severity: 'medium', note: 'Även som förled: jävlaskap, jävlaanamma.', start: true },
    { term: 'jävel', forms: 'jäveln jävlar jävlarna djävel', severity: 'medium', note: 'Även som efterled: kärringjävel, idiotjävel.', end: true },
    { term: 'helvete', forms: 'helvetet helvetes helvetesjävla helvette', severity: 'medium', note: 'Förled: helvetesjobb. Inte Helvetica eller helvetisk (schweizisk).', start: true },
    { term: 'satan', forms: 'satans sattan sattans satanskap', severity: 'medium', note: 'Som svordom. Ordet i religiös mening går inte att skilja ut säkert; granska.' },
    { term: 'skit', forms: 'skiten skitar skita skiter sket skitit skitig skitiga skitigt skitsnack skithög skitstövel skitunge', severity: 'medium', note: 'Även som förled: skitbra, skitdålig, skitsnack. Inte Skittles.', start: true },
    { term: 'kuk', forms: 'kuken kukar kukarna kukhuvud kuksugare', severity: 'high', note: 'Obscent.', start: true, end: true },
    { term: 'fitta', forms: 'fittan fittor fittorna fitt fittig fittiga', severity: 'high', note: 'Obscent. Förled fitt-: fittskalle. Inte orten Fittja.', start: true, end: true },
    { term: 'knulla', forms: 'knullar knullade knullat knullas knull knullis', severity: 'high', note: 'Obscent sexuellt ord.', start: true },
    { term: 'runka', forms: 'runkar runkade runkat runk runkare', severity: 'high', note: 'Obscent sexuellt ord.', start: true },
    { term: 'piss', forms: 'pissa pissar pissade pissat pisset pissig pissigt pissiga', severity: 'medium', note: 'Förled: pissdålig. Inte pissoar.', start: true },
    { term: 'röv', forms: 'röven rövhål rövhålet rövslickare rövknullare', severity: 'medium', note: 'Obscent. Utan prickar blir det "rov", som är ett vanligt ord, så det prövas inte.' },
    { term: 'arsle', forms: 'arslet arslen arslena', severity: 'medium', note: 'Obscent.' },
    { term: 'mutta', forms: 'muttan muttor', severity: 'high', note: 'Obscent, dialektalt.' },
    { term: 'hora', forms: 'horan horor hororna horunge horungar horbock', severity: 'high', note: 'Obscent och förolämpande. Inte "höra" och inte efternamnet Hora.', name: true, end: true },
    { term: 'skitstövel', forms: 'skitstövlar', severity: 'medium', note: 'Svordom och förolämpning.' },
  ],
};
