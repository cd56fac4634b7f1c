/** The main navigation: the guideline and the three tools, in the order staff meet them. */
export const siteNav = [
  { path: 'riktlinjer/', label: 'Riktlinjer' },
  { path: 'kommentarstest/', label: 'Kommentarstest' },
  { path: 'lamplighetsbedomning/', label: 'Lämplighetsbedömning' },
  { path: 'checklista/', label: 'Checklista' },
] as const;
