import type { VerdictKind } from './types.ts';

/** The verdict as a short label, for the results table, filters and the exported file. */
export const verdictShort: Record<VerdictKind, string> = {
  publish: 'Kan publiceras',
  remove: 'Bör tas bort',
  'personal-data': 'Innehåller personuppgifter',
  'remove-by-law': 'Måste tas bort enligt lag',
};

/** A sign that goes with each verdict, so it is never told by colour alone (and never alone either). */
export const verdictIcon: Record<VerdictKind, string> = {
  publish: '✓',
  remove: '✕',
  'personal-data': '✕',
  'remove-by-law': '!',
};
