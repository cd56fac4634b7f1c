/** What the quiz says before it has a verdict: not every question that applies is answered, and nothing stops the post. */
export const pending = {
  title: 'Inte klart än',
  summary: 'Svara på alla frågor, så visas bedömningen här.',
  nextStep: 'Svara på frågorna som är kvar.',
  unansweredHeading: 'Inte besvarade än',
} as const;
