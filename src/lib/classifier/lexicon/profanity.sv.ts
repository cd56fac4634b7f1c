import { wordEntries, type WordList } from './types.ts';

/**
 * Swedish swear words and obscene words. Mild euphemisms (jäkla, jädrans, sjutton, tusan, attans,
 * fasen, fanken, jösses) are deliberately absent: the guideline allows them.
 */
export const profanitySv: WordList = {
  category: 'profanity',
  lang: 'sv',
  label: 'profanity',
  why: 'Svordom',
  entries: wordEntries([
    // Vanligaste svordomen. Inte som början av sammansättning: fantastisk, fanns, fanatisk.
    'm: fan faan -imig -imej -skapet -skap -styg dumfan fyfan vafan vaffan vadfan',
    // Även som förled: jävlaskap, jävlaanamma.
    'm start: jävla -r -rna jävlig jävligt jävliga jävligaste -s -des -skap djävla djävlar djävlig djävligt jevla jefla jvla jvlar jvligt',
    // Även som efterled: kärringjävel, idiotjävel.
    'm end: jävel -n jävlar jävlarna djävel',
    // Förled: helvetesjobb. Inte Helvetica eller helvetisk (schweizisk).
    'm start: helvete -t -s -sjävla helvette',
    // Som svordom. Med stor bokstav inne i en mening är det namnet (”dansade med Satan”), inte eden.
    'm name: satan -s sattan sattans -skap',
    // Även som förled: skitbra, skitdålig, skitsnack. Inte Skittles.
    'm start: skit -en -ar -a -er sket -it -ig -iga -igt -snack -hög -stövel -unge',
    // Obscent.
    'h start end: kuk -en -ar -arna -huvud -sugare',
    // Obscent. Förled fitt-: fittskalle. Inte orten Fittja.
    'h start end: fitta -n fittor fittorna fitt fittig fittiga',
    // Obscent sexuellt ord.
    'h start: knulla -r -de -t -s knull knullis',
    // Obscent sexuellt ord.
    'h start: runka -r -de -t runk -re',
    // Förled: pissdålig. Inte pissoar.
    'm start: piss -a -ar -ade -at -et -ig -igt -iga',
    // Obscent. Utan prickar blir det "rov", som är ett vanligt ord, så det prövas inte.
    'm: röv -en -hål -hålet -slickare -knullare',
    // Obscent.
    'm: arsle -t -n -na',
    // Obscent, dialektalt.
    'h: mutta -n muttor',
    // Obscent och förolämpande. Inte "höra" och inte efternamnet Hora.
    'h end name: hora -n horor hororna horunge horungar horbock',
    // Svordom och förolämpning.
    'm: skitstövel skitstövlar',
  ]),
};
