/** Words that open a question in Swedish and English. */
export const questionOpenersSv: readonly string[] = [
  'när', 'var', 'vart', 'varifrån', 'hur', 'vad', 'vilken', 'vilket', 'vilka', 'varför', 'vem', 'vems', 'hurdan', 'hurdant',
  'finns', 'kan', 'kommer', 'får', 'går', 'har', 'är', 'blir', 'ska', 'skall', 'måste', 'behöver', 'brukar', 'gäller', 'öppnar',
  'stänger', 'kostar', 'tar', 'säljer', 'hade', 'var', 'funkar', 'fungerar', 'borde', 'bör', 'vet', 'erbjuder', 'tillåter',
  'when', 'where', 'how', 'what', 'which', 'why', 'who', 'is', 'are', 'can', 'do', 'does', 'will', 'could', 'would',
];

/** Phrases that ask without a question mark: "undrar om ni har öppet". */
export const indirectQuestionPatternsSv: readonly string[] = [
  'undrar|undra|undrade ..4 om|hur|när|var|vad|vilken|vilka|varför|vem|ifall',
  'vill|ville veta ..3 om|hur|när|var|vad|vilken|vilka|varför|vem',
  'någon|nån som vet',
  'vet ni|någon|nån om|hur|när|var|vad|vilken|vilka|varför',
  'skulle ni|du kunna ..3 svara|berätta|förklara|skicka|hjälpa|ge|tala|meddela',
  'hoppas på|ser fram emot ett svar|svar',
  'tacksam|glad för|över svar|ett svar|besked',
  'kan ni|du ..4 svara|berätta|förklara|hjälpa|meddela|bekräfta',
];

/**
 * Questions that do not ask the organisation for anything: rhetorical outbursts ("Vad fan håller
 * ni på med?", "Är ni dumma i huvudet?") and questions put to other visitors. When every
 * question in a comment is one of these, it needs no answer.
 */
export const rhetoricalPatternsSv: readonly string[] = [
  'vad|va fan|helvete|jävla|fasen|sjutton|tusan',
  'vad|va håller|sysslar ni|du på med',
  'hur dum|dumma|korkad|korkade|blind|blinda|naiv|naiva kan|får man|ni|du',
  'är|e ni|du dum|dumma|helt|sjuk|sjuka|störd|störda|galen|galna|idioter|blind|blinda|på riktigt|inte kloka|inte klok|från vettet',
  'vem bryr sig|tror ni|tror du',
  'vem i helvete|fan|jävla',
  'skäms ni|du inte',
  'fattar ni|du inte|ingenting|noll',
  'vill du|ni tjäna|bli rik|ha|också|veta hur',
  'vilken|vilket|vilka idiot|idioter|skämt|katastrof|pucko|clown|cirkus|fiasko',
  'hallå|hallå eller',
  'eller hur|eller vad|va',
  'visste ni|du det|att',
  'vill|kan någon|nån köpa|ha|låna|byta|hänga',
];
