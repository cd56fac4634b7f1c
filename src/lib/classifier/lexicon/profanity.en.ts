import type { WordList } from './types.ts';

/**
 * English swear words, matched as whole words only: English rules must never fire inside Swedish
 * words. Left out on purpose because they are Swedish words: slut (end), prick (dot), fan (devil).
 */
export const profanityEn: WordList = {
  category: 'profanity',
  lang: 'en',
  label: 'profanity',
  why: 'Svordom (engelska)',
  entries: [
    { term: 'fuck', forms: 'fucks fucking fuckin fucked fucker fuckers fuckoff fuckface fck fcking fcken fuk fuking fukin fucken phuck fucc fuckk motherfucker motherfuckers motherfucking fuckbuddy', severity: 'high', note: 'Även förkortat och felstavat.' },
    { term: 'wtf', forms: 'stfu gtfo', severity: 'medium', note: 'Förkortningar med fuck.' },
    { term: 'shit', forms: 'shits shitty shitting bullshit shithead shitshow horseshit shyt', severity: 'medium', note: '' },
    { term: 'bitch', forms: 'bitches bitchy biatch', severity: 'high', note: 'Svordom och förolämpning.' },
    { term: 'asshole', forms: 'assholes arsehole arseholes ass dumbass jackass', severity: 'medium', note: '"ass" finns inte som svenskt ord.' },
    { term: 'dick', forms: 'dicks dickhead dickheads cock cocks cocksucker', severity: 'high', note: 'Obscent.' },
    { term: 'cunt', forms: 'cunts twat twats pussy', severity: 'high', note: 'Obscent.' },
    { term: 'wanker', forms: 'wankers bollocks', severity: 'medium', note: 'Brittisk svordom.' },
    { term: 'goddamn', forms: 'goddamnit dammit damnit', severity: 'low', note: '' },
  ],
};
