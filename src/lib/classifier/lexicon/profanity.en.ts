import { wordEntries, type WordList } from './types.ts';

/**
 * English swear words, matched as whole words only: English rules must never fire inside Swedish
 * words. Left out on purpose because they are Swedish words: slut (end), prick (dot), fan (devil).
 */
export const profanityEn: WordList = {
  category: 'profanity',
  lang: 'en',
  label: 'profanity',
  why: 'Svordom (engelska)',
  entries: wordEntries([
    // Även förkortat och felstavat.
    'h: fuck -s -ing -in -ed -er -ers -off -face fck fcking fcken fuk fuking fukin -en phuck fucc -k motherfucker motherfuckers motherfucking -buddy',
    // Förkortningar med fuck.
    'm: wtf stfu gtfo',
    'm: shit -s -ty -ting bullshit -head -show horseshit shyt',
    // Svordom och förolämpning.
    'h: bitch -es -y biatch',
    // "ass" finns inte som svenskt ord.
    'm: asshole -s arsehole arseholes ass dumbass jackass',
    // Obscent.
    // Also a first name: Dick Harrison, the historian.
    'h name: dick -s -head -heads',
    'h: cock cocks cocksucker',
    // Obscent.
    'h: cunt -s twat twats pussy',
    // Brittisk svordom.
    'm: wanker -s bollocks',
    'l: goddamn -it dammit damnit',
  ]),
};
