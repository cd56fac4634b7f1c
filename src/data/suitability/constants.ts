/** The four verdicts, from best to worst: when answers disagree, the worst one wins. */
export const outcomeIds = ['publish', 'revise', 'consult', 'stop'] as const;

/** The key the quiz gives links it finds in a draft; the classifier has no label of its own for them. */
export const linkCheckKey = 'link';
