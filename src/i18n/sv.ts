/** Text of the site's shared frame (header, footer, navigation), kept out of the markup so it can be reviewed in one place. */
export const ui = {
  siteName: 'Sociala medier i Västarvet',
  siteTagline: 'Riktlinjer och verktyg för dig som arbetar med Västarvets sociala medier',
  skipLink: 'Hoppa till huvudinnehållet',
  mainNavLabel: 'Huvudmeny',
  chapterNavLabel: 'Kapitel i riktlinjerna',
  tocLabel: 'På den här sidan',
  searchLabel: 'Sök i riktlinjerna',
  searchButton: 'Sök',
  anchorLinkLabel: 'Länk till det här stycket',
  headingLinkLabel: 'Länk till det här avsnittet',
  linkCopied: 'Länken är kopierad.',
  previous: 'Föregående kapitel',
  next: 'Nästa kapitel',
  editorialNote: 'Bra att veta',
  editorialNoteKind: 'Redaktionell kommentar, inte en del av de antagna riktlinjerna.',
  editorialNoteWritten: 'Skriven',
  accessibility: 'Tillgänglighet',
  footerDocument: 'Riktlinjerna antogs',
} as const;

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2016-10-18" as Swedish readers write it: "18 oktober 2016". */
export function formatDateSv(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
