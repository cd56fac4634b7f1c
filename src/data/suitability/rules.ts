import { answerRule, commentRuleById, communicationRules, ruleLocations } from '../guideline/index.ts';
import type { RuleRef } from './schema.ts';

type CommunicationRuleId = (typeof communicationRules)[number]['id'];

function communication(id: CommunicationRuleId, label: string): RuleRef {
  const rule = communicationRules.find((r) => r.id === id);
  if (!rule) throw new Error(`Okänd regel: ${id}`);
  return { label, location: rule.location };
}

/** Every rule the quiz links to, each read from the shared guideline data. */
export const rules = {
  lamplighetsbedomning: communication('lamplighetsbedomning', 'Lämplighetsbedömning: korrekt och sakligt'),
  andamal: communication('andamal', 'Kommunikationen ska ske utifrån ändamålen'),
  sekretess: communication('sekretess', 'Sekretessbelagda eller känsliga uppgifter'),
  krankandePersonuppgifter: communication('krankande-personuppgifter', 'Kränkande personuppgifter'),
  svarInom: { label: `Svar inom ${answerRule.hours} timmar`, location: answerRule.location },
  syfte: { label: 'Syfte och ändamål', location: ruleLocations.syfte },
  dialog: { label: 'Dialog och ton', location: ruleLocations.dialog },
  grafiskProfil: { label: 'Grafisk profil och kommunikationsplattform', location: ruleLocations.grafiskProfil },
  politisktLaddat: { label: 'Politiskt laddat innehåll', location: ruleLocations.politisktLaddat },
  forsiktighet: { label: 'Förvaltningens ståndpunkt, inte personliga åsikter', location: ruleLocations.forsiktighet },
  ledarsidor: { label: 'Ledarsidor och debattinlägg', location: ruleLocations.ledarsidor },
  uppdragFranChef: { label: 'Uppdrag från chef', location: ruleLocations.uppdragFranChef },
  iTjansten: { label: 'I tjänsten, inte privat', location: ruleLocations.iTjansten },
  uppsikt: { label: 'Uppsikt och ersättare', location: ruleLocations.uppsikt },
  personuppgifter: { label: 'Personuppgifter som kränker integriteten', location: commentRuleById('personal-data').location },
  upphovsratt: { label: 'Upphovsrätt', location: commentRuleById('copyright').location },
} as const satisfies Record<string, RuleRef>;
