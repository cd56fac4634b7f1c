import type { PatternList } from './types.ts';

/**
 * Personal attacks need a target: second person ("du är dum"), a possessive ("ditt pucko"), or a
 * staff member or other person ("guiden var helt inkompetent"). Harsh words about the museum,
 * an exhibition or a decision have no such target and are allowed criticism.
 */
export const attackPatternsSv: PatternList = {
  name: 'attack',
  label: 'personal-attack',
  why: 'Angrepp på en person',
  entries: [
    { pattern: 'du|u är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-job|@insult-noun', severity: 'medium', note: '"du är så jävla dum".' },
    { pattern: 'ni ..3 är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-noun', severity: 'medium', note: '"ni är helt dumma". "ni är inkompetenta" om verksamheten är kritik.' },
    { pattern: 'din|ditt|dina|era|ert [jävla|förbannade|dumma|lilla|fula|feta|äckliga|korkade|fega|patetiska|gamla|sura] @insult-noun|@insult|@profanity-compound|@slur', severity: 'medium', note: '"ditt as", "din lögnare", "dina idioter".' },
    { pattern: '@person|@name ..4 är|e|var|va|verkar|verkade ..3 @insult-adj|@insult-job|@insult-noun|@slur', severity: 'medium', note: '"guiden var en lögnare", "chefen är korkad".' },
    { pattern: '@person-plural är|e|var|va|verkar|verkade [ju|helt|så|totalt|verkligen|bara|fan|jävligt|rent|riktigt|sjukt] [jävla|helt|så|riktiga|totala] @insult-adj', severity: 'medium', note: '"vakterna är korkade".' },
    { pattern: 'dum|dumma|sjuk|sjuka|störd|störda|knäpp|knäppa|cp|efterbliven|efterblivna|fel i huvudet|skallen|bollen|roten', severity: 'medium', note: '"dum i huvudet".' },
    { pattern: 'hur @insult-adj|korkad|dum|blåst|blåsta ..1 kan|får man|ni|du|folk vara', severity: 'medium', note: '"hur dum får man vara".' },
    { pattern: 'för dum|dumma|korkad|korkade|inkompetent|inkompetenta|ful|fula|fet|lat|lata för att', severity: 'medium', note: '"för dum för att jobba här".' },
    { pattern: 'håll|håller käften|käft|truten|klaffen|mun|snattran', severity: 'medium', note: '"håll käften".' },
    { pattern: 'stäng|stänga käften|truten', severity: 'medium', note: '' },
    { pattern: 'skäms|skäm ..1 du|ni|dig|er ..2 @insult-adj|@insult', severity: 'low', note: '' },
    { pattern: 'du|han|hon|hen är|e ett|en skämt|skam|belastning|nolla|skamfläck|missfoster', severity: 'medium', note: '"hon är ett skämt".' },
    { pattern: 'shut up', severity: 'medium', note: '' },
    { pattern: '^ käften|käft', severity: 'medium', note: '"käften, pundare".' },
    { pattern: 'hur|vad @insult-adj|@insult-job du|han|hon|hen|ni är|e', severity: 'medium', note: '"hur talanglös han är".' },
    { pattern: 'den där|där @insult-noun|@insult|@slur', severity: 'medium', note: '"den där fjollan".' },
    { pattern: 'jävla|förbannade|dumma @name', severity: 'medium', note: '"jävla Peter".' },
    { pattern: '@person|@name ..6 var|är|blev full|berusad|packad|onykter|påverkad|hög|aspackad', severity: 'high', note: 'Anklagelse om fylla.' },
    { pattern: 'luktade|luktar sprit|alkohol|fylla', severity: 'high', note: '' },
    { pattern: '@person|@name ..6 blev|är|var dömd|straffad|åtalad|anmäld för', severity: 'high', note: 'Påstående om brott.' },
    { pattern: 'är|var|e @person ..4 @insult-adj|@insult-noun', severity: 'medium', note: '"varför är killen i kassan så dum".' },
    { pattern: 'vilken|vilket|vilka|sicken|sån|en [jävla|förbannad|riktig] @insult-noun', severity: 'medium', note: '"vilken nolla".' },
    { pattern: 'hjärnkapacitet|hjärncell|hjärnceller|iq ..3 som|av|en', severity: 'medium', note: '"hjärnkapacitet som en tekopp".', weight: 0.6 },
    { pattern: 'ingen bryr sig om vad ..2 du|en|ni', severity: 'low', note: '', weight: 0.5 },
    { pattern: 'you|ur|youre|u [are|r|re] [a|an|such|so] [fucking|stupid|dumb] idiot|idiots|moron|loser|stupid|dumb|retard|ugly|pathetic', severity: 'medium', note: 'Engelska.' },
  ],
};

/** Accusing an identifiable person of a crime or disgraceful conduct. */
export const accusationPatternsSv: PatternList = {
  name: 'accusation',
  label: 'personal-attack',
  why: 'Anklagar en person för brott eller klandervärt beteende',
  entries: [
    { pattern: '@person|@name ..3 @accuse-verb', severity: 'high', note: '"Kassören på museet snor pengar".' },
    { pattern: '@person|@name ..6 [är|var|blev] [en|ett] [jävla|riktig|känd|dömd] alkoholist|narkoman|pundare|tjuv|pedofil|våldtäktsman|knarkare|knarklangare|alkis|fyllo|bedragare|kriminell|rasist|nazist|sexist|mobbare|lögnare|svindlare|skurk|förskingrare|gangster|misshandlare|korrupt|mutad', severity: 'high', note: '"Guiden är en rasist".' },
  ],
};
