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
    // "du är så jävla dum".
    'm: du|u är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-job|@insult-noun',
    // "ni är helt dumma". "ni är inkompetenta" om verksamheten är kritik.
    'm: ni ..3 är|e|va|var|verkar|låter|ser|blir ..3 @insult-adj|@insult-noun',
    // "ditt as", "din lögnare", "dina idioter".
    'm: din|ditt|dina|era|ert [jävla|förbannade|dumma|lilla|fula|feta|äckliga|korkade|fega|patetiska|gamla|sura] @insult-noun|@insult|@profanity-compound|@slur',
    // "guiden var en lögnare", "chefen är korkad".
    'm: @person|@name ..4 är|e|var|va|verkar|verkade ..3 @insult-adj|@insult-job|@insult-noun|@slur',
    // "vakterna är korkade".
    'm: @person-plural är|e|var|va|verkar|verkade [ju|helt|så|totalt|verkligen|bara|fan|jävligt|rent|riktigt|sjukt] [jävla|helt|så|riktiga|totala] @insult-adj',
    // "dum i huvudet".
    'm: dum|dumma|sjuk|sjuka|störd|störda|knäpp|knäppa|cp|efterbliven|efterblivna|fel i huvudet|skallen|bollen|roten',
    // "hur dum får man vara".
    'm: hur @insult-adj|korkad|dum|blåst|blåsta ..1 kan|får man|ni|du|folk vara',
    // "för dum för att jobba här".
    'm: för dum|dumma|korkad|korkade|inkompetent|inkompetenta|ful|fula|fet|lat|lata för att',
    // "håll käften".
    'm: håll|håller käften|käft|truten|klaffen|mun|snattran',
    'm: stäng|stänga käften|truten',
    'l: skäms|skäm ..1 du|ni|dig|er ..2 @insult-adj|@insult',
    // "hon är ett skämt".
    'm: du|han|hon|hen är|e ett|en skämt|skam|belastning|nolla|skamfläck|missfoster',
    'm: shut up',
    // "käften, pundare".
    'm: ^ käften|käft',
    // "hur talanglös han är".
    'm: hur|vad @insult-adj|@insult-job du|han|hon|hen|ni är|e',
    // "den där fjollan".
    'm: den där|där @insult-noun|@insult|@slur',
    // "jävla Peter".
    'm: jävla|förbannade|dumma @name',
    // Anklagelse om fylla.
    'h: @person|@name ..6 var|är|blev full|berusad|packad|onykter|påverkad|hög|aspackad',
    'h: luktade|luktar sprit|alkohol|fylla',
    // Påstående om brott.
    'h: @person|@name ..6 blev|är|var dömd|straffad|åtalad|anmäld för',
    // "varför är killen i kassan så dum".
    'm: är|var|e @person ..4 @insult-adj|@insult-noun',
    // "vilken nolla".
    'm: vilken|vilket|vilka|sicken|sån|en [jävla|förbannad|riktig] @insult-noun',
    // "hjärnkapacitet som en tekopp".
    'm.6: hjärnkapacitet|hjärncell|hjärnceller|iq ..3 som|av|en',
    'l.5: ingen bryr sig om vad ..2 du|en|ni',
    // "du har inte en hjärncell".
    'm.6: en|två|ingen|inga|noll|inte ..2 hjärncell|hjärnceller|hjärnkapacitet|vett',
    'm: du|ni har inte|ingen ..3 hjärncell|hjärnceller|hjärna|vett|folkvett|begåvning|iq|förstånd',
    'm: tyst med dig|er',
    // "dra åt helvete".
    'm: dra|stick|gå åt helvete|fanders|skogen|fan',
    'm.6: fuck|fuck off|fuck you|stfu',
    'l.6: ingen|inget ..1 frågade|bryr ..1 dig|om dig|din åsikt',
    'm: du|ni är ..2 @insult|@slur',
    // "din lilla skit".
    'm: din|ditt|dina|era|ert lilla|jävla|äckliga|dumma|fula|feta|pissiga|sketna ..1 @insult-noun|@profanity|@insult',
    // "vilken förlorare du är".
    'm: vad|vilken|vilket ..2 @insult-adj|@insult-noun|@insult ..1 du|ni|han|hon|hen ..1 är|e|var',
    // "är du dum eller?"
    'm: är du|ni|han|hon [helt|fan|totalt|så|verkligen] dum|dumma|korkad|korkade|efterbliven|efterblivna|cp|störd|störda|blind|blinda|idiot|sjuk|dement|galen',
    'l.5: borde|ska|bör ..1 sparkas|avskedas|få sparken ..3 @insult-adj|@insult|idiot|inkompetent',
    'l.6: skäms på dig|honom|henne',
    'l.5: du|han|hon ..2 borde skämmas',
    'l.5: lär dig läsa|skriva|stava|tänka',
    'm: gå och lägg dig|dö|gräv ner dig',
    'm.6: du|ni är ..2 pinsam|pinsamma|patetisk|patetiska|ett skämt|en skam|ett hån|löjlig|löjliga',
    'm: hur|vad ..2 dum|dumma|korkad|korkade|blåst|trög|puckad|efterbliven ..2 får|kan|är man|ni|du|folk|någon',
    'l.6: kom ut på|ut ur ..1 ditt|er|din källare|mammas|lya',
    'h.6: @person|@name ..3 ljuger|snor|stjäl|fuskar|förskingrar|super|knarkar|tafsar|raggar',
    'm: din|hans|hennes|er hjärna|hjärnan ..5 ärta|russin|valnöt|jordnöt|mikroskopisk|krympt|tom',
    // "en korkad människa".
    'm: en|din|vilken|så ..1 @insult-adj människa|person|typ|individ|varelse|unge|kvinna|gubbe|kärring',
    'm: du|ni låter|ser|verkar|beter ..2 som en|ett ..2 @insult-noun|@insult|unge|barn|femåring|treåring|apa',
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
    'h: @person|@name ..2 på|i|från ..2 museet|kassan|receptionen|butiken|caféet|kafét|museibutiken ..3 @accuse-verb|snor|stjäl|ljuger|super|knarkar|tafsar|fuskar|förskingrar|tar',
    // "Guiden är en rasist".
    'h: @person|@name ..6 [är|var|blev] [en|ett] [jävla|riktig|känd|dömd] alkoholist|narkoman|pundare|tjuv|pedofil|våldtäktsman|knarkare|knarklangare|alkis|fyllo|bedragare|kriminell|rasist|nazist|sexist|mobbare|lögnare|svindlare|skurk|förskingrare|gangster|misshandlare|korrupt|mutad',
  ]),
};
