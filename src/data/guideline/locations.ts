import type { RuleLocation } from './schema.ts';

/**
 * Anchors of the guideline's other rules that the tools link to. Chapters put these ids on their
 * headings and paragraphs; a test checks that every one exists in the built site.
 */
export const ruleLocations = {
  dialog: { chapter: 'inledning', anchor: 'dialog' },
  syfte: { chapter: 'syfte-och-andamal', anchor: 'syfte' },
  integreradDel: { chapter: 'syfte-och-andamal', anchor: 'integrerad-del' },
  grafiskProfil: { chapter: 'hur-vi-kommunicerar', anchor: 'grafisk-profil' },
  politisktLaddat: { chapter: 'hur-vi-kommunicerar', anchor: 'politiskt-laddat-innehall' },
  forsiktighet: { chapter: 'hur-vi-kommunicerar', anchor: 'forsiktighet' },
  ledarsidor: { chapter: 'hur-vi-kommunicerar', anchor: 'ledarsidor-och-debattinlagg' },
  attTankaPa: { chapter: 'kommentarer', anchor: 'att-tanka-pa' },
  stangaAv: { chapter: 'kommentarer', anchor: 'ratt-att-ta-bort' },
  uppsikt: { chapter: 'uppsikt-och-moderering', anchor: 'uppsikt' },
  inloggning: { chapter: 'uppsikt-och-moderering', anchor: 'inloggningsuppgifter' },
  sokbarhet: { chapter: 'diarieforing-arkivering-och-gallring', anchor: 'sokbarhet' },
  gallring: { chapter: 'diarieforing-arkivering-och-gallring', anchor: 'gallringsbeslut' },
  uppdragFranChef: { chapter: 'anstalldas-anvandning', anchor: 'uppdrag-fran-chef' },
  checklista: { chapter: 'anstalldas-anvandning', anchor: 'checklista' },
  iTjansten: { chapter: 'anstalldas-anvandning', anchor: 'i-tjansten' },
  privat: { chapter: 'anstalldas-anvandning', anchor: 'privat-anvandning' },
} as const satisfies Record<string, RuleLocation>;

/** The path of a rule below the site's base, e.g. `riktlinjer/kommentarer/#svordomar`. */
export function rulePath(location: RuleLocation): string {
  return `riktlinjer/${location.chapter}/#${location.anchor}`;
}
