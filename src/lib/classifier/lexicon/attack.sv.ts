import { patternEntries, type PatternList } from './types.ts';

/**
 * Personal attacks need a target: second person ("du är dum"), a possessive ("ditt pucko"), or a
 * staff member or other person ("guiden var helt inkompetent"). Harsh words about the museum,
 * an exhibition or a decision have no such target and are allowed criticism.
 */
export const attackPatternsSv: PatternList = {
  name: 'attack',
  label: 'personal-attack',
  why: 'Angrepp på en person',
  entries: patternEntries([
    // "ett stort fan av era videor": a fan, not an oath.
    'l-1 +profanity: fan av',
    // "du är så jävla dum".
    'm: du|u är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-job|@insult-noun',
    // "ni är helt dumma". "ni är inkompetenta" om verksamheten är kritik.
    'm: ni ..3 är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-noun',
    // "ditt as", "din lögnare", "dina idioter".
    'm: din|ditt|dina|era|ert ..1 @insult-noun|@insult|@profanity-compound|@slur|skit',
    // "guiden var en lögnare", "chefen är korkad".
    'm: @person|@name ..5 är|e|var|va|verkar|verkade ..3 @insult-adj|@insult-job|@insult-noun|@slur',
    // "dum i huvudet".
    'm: dum|dumma|sjuk|sjuka|störd|störda|knäpp|knäppa|cp|efterbliven|efterblivna|fel i huvudet|skallen|bollen|roten',
    // "håll käften".
    'm: håll|håller|stäng käften|käft|truten|klaffen|mun|snattran',
    // "käften, pundare", "din mamma är en hora".
    'm: käften|mamma|morsa ..3 @insult-noun|@insult',
    // "hon är ett skämt".
    'm: du|han|hon|hen är|e ett|en skämt|skam|belastning|nolla|skamfläck|missfoster',
    'm: shut up',
    // "den där fjollan".
    'm: den där|där @insult-noun|@insult|@slur',
    // "jävla Peter".
    'm: jävla|förbannade|dumma @name',
    // Anklagelse om fylla.
    'h: luktade|luktar sprit|alkohol|fylla',
    // "varför är killen i kassan så dum".
    'm: är|var|e @person ..6 @insult-adj|@insult-noun',
    // "vilken nolla", "en jävla nolla", "vilken analfabet".
    'm: vilken|vilket|vilka|sicken|sån|jävla|förbannade|riktig @insult-noun|@insult',
    // "hjärnkapacitet som en tekopp".
    'm: hjärnkapacitet|iq som|av en|ett',
    'm: tyst med dig|er',
    'm: fuck you|off',
    'm: du|ni är ..2 @insult|@slur',
    // "vilken förlorare du är", "hur talanglös han är".
    'm: hur|vad|vilken|vilket ..2 @insult-adj|@insult-job|@insult-noun|@insult ..1 du|ni|han|hon|hen ..1 är|e|var',
    'm: hur|vad ..2 dum|dumma|korkad|korkade|blåst|trög|puckad|efterbliven ..2 får|kan|är man|ni|du|folk|någon',
    'h.6: @person|@name ..3 ljuger|snor|stjäl|fuskar|förskingrar|super|knarkar|tafsar|raggar',
    // "en korkad människa", "helt värdelös människa".
    'm: @insult-adj|@insult-job människa|person|individ|varelse|unge|kvinna|gubbe|kärring',
    'm: du|ni|han|hon|hen låter|ser|verkar|beter ..2 som en|ett ..2 @insult-noun|@insult|@slur|unge|barn|femåring|treåring',
    // Engelska.
    'm: you|ur|youre|u [are|r|re] [a|an|such|so] [fucking|stupid|dumb] idiot|idiots|moron|loser|stupid|dumb|retard|ugly|pathetic',
  ]),
};

/** Accusing an identifiable person of a crime or disgraceful conduct. */
export const accusationPatternsSv: PatternList = {
  name: 'accusation',
  label: 'personal-attack',
  why: 'Anklagar en person för brott eller klandervärt beteende',
  entries: patternEntries([
    // "Kassören på museet snor pengar".
    'h: @person|@name ..3 @accuse-verb',
    // "fick jobbet för att hon ligger med chefen".
    'h: han|hon|hen ..2 ligger|låg|legat|knullar|knullat med ..2 @person|@name',
    // "Guiden är en rasist".
    'h: @person|@name ..6 [är|var|blev] [en|ett] [jävla|riktig|känd|dömd] alkoholist|narkoman|pundare|tjuv|pedofil|våldtäktsman|knarkare|knarklangare|alkis|fyllo|bedragare|kriminell|rasist|nazist|sexist|mobbare|lögnare|svindlare|skurk|förskingrare|gangster|misshandlare|korrupt|mutad',
  ]),
};
