import type { DocumentMeta } from './schema.ts';

/** The adopted document's own metadata, as printed on its first page. */
export const documentMeta = {
  kind: 'Förvaltningsgemensamma riktlinjer',
  title: 'Riktlinjer vid användande av sociala medier',
  date: '2016-10-18',
  diarienummer: 'VA 2016–01315',
  organisation: 'Västra Götalandsregionen',
  administration: 'Västarvet',
  handlaggare: { name: 'Jaana Atosuo', phone: '070-292 85 66', email: 'jaana.atosuo@vgregion.se' },
} as const satisfies DocumentMeta;
