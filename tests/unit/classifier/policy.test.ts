import { describe, expect, test } from 'vitest';
import { commentRules } from '../../../src/data/guideline/comment-rules.ts';
import { classify } from '../../../src/lib/classifier/index.ts';

/** The policy table of issue 3: for every label, what to label and what not. */
const policy: Record<string, { does: string[]; doesNot: string[] }> = {
  'personal-attack': {
    does: ['Du är en idiot.', 'Vilket pucko du är.', 'Du är för dum för att jobba här.', 'Kassören på museet snor pengar.'],
    doesNot: ['Uselt skött museum.', 'Vilket slöseri med skattepengar.', 'Dåliga öppettider och dyrt inträde.'],
  },
  discrimination: {
    does: ['Kvinnor borde hålla sig till köket, inte till arkeologi.', 'Invandrare är kriminella allihop.', 'Jävla blattar.'],
    doesNot: ['Utställningen om romernas historia i Sverige var lärorik.', 'Bra att ni tar upp rasismen mot samer.', 'Jag blev diskriminerad i kön på grund av min hudfärg.'],
  },
  'hate-harassment': {
    does: ['Jag vet var du bor.', 'Sådana som dem borde utrotas.', 'Skicka hem allihop.', 'Du kommer få ångra dig.', 'Guiden borde akta sig när hon går hem.', 'Jag håller koll på dig, Emma.', 'Jag har sparat varenda bild du lagt upp.', 'Jag har sett dig gå hem från museet varje kväll.', 'Invandrarna ni hyllar i utställningen är parasiter.'],
    doesNot: ['Jag håller verkligen inte med om det här beslutet.', 'Jag är så arg på er just nu.', 'Vi har koll på bokningen och återkommer.', 'Du kommer ångra dig om du missar den här utställningen! 😉'],
  },
  'violence-pornography': {
    does: ['Heta singlar i ditt område, klicka här.', 'Kolla in porr gratis på min sida.'],
    doesNot: ['Vikingarna plundrade kloster längs kusten.', 'Utställningen om andra världskriget var gripande.'],
  },
  'crime-incitement': {
    does: ['Kom igen, vi klottrar ner hela fasaden i natt!', 'Någon borde bränna ner stället.', 'Säljer gräs billigt, skriv dm.', 'Ta några mynt från montern, ingen räknar dem ändå.', 'Hoppa över spärren, det finns inga kontrollanter på söndagar.'],
    doesNot: ['Skriv under protestlistan mot nedläggningen.', 'Någon har klottrat på väggen, tråkigt.', 'Ingen kollar mejlen på helgen, så ring hellre på måndag.', 'Ni borde spränga budgeten och köpa in en Hilma af Klint!', 'Ni borde bomba sociala medier med de här bilderna.'],
  },
  copyright: {
    does: ['Hela filmen gratis här, ladda ner via torrent.', 'Här är hela artikeln för er som inte har prenumeration.'],
    doesNot: ['Får man fotografera i utställningen och dela bilderna?', 'Läs mer på vastarvet.se'],
  },
  profanity: {
    does: ['Vad f*n håller ni på med?', 'Det var skitbra!', 'Fy fan vad dyrt.', 'j4vla skämt'],
    doesNot: ['Fantastiskt fin utställning, tusan vad bra!', 'Jäkla bra guide.', 'Det fanns en elefant på affischen.'],
  },
  spam: {
    does: ['Tjäna 10 000 kr i veckan hemifrån! Skriv DM till mig.', 'Ditt konto stängs – logga in här: http://secure-login.xyz', 'Följ mig för fler bilder! Länk i bio', 'Sms:a 073-412 88 19 om ni vill köpa mina vikingakläder billigt.'],
    doesNot: ['Kaféet på museet har jättegoda bullar.', 'Läs boken Vikingarnas värld, den är bra.', 'Mer info på https://www.vgregion.se/kultur', 'Ring mig på 070-123 45 67 om du hittar min väska.'],
  },
  'personal-data': {
    does: ['Ring mig på 070-123 45 67, mitt personnummer är 19811218-9876.', 'Mejla mig på kalle.karlsson@gmail.com', 'Jag bor på Storgatan 12 i Borås.'],
    doesNot: ['Museet öppnar kl. 10 och entrén kostar 120 kr.', 'Kontakta oss på info@vastarvet.se', 'Föremålet har inventarienummer 12345 och är från 1650.'],
  },
};

describe.each(Object.entries(policy))('%s', (label, cases) => {
  test.each(cases.does)('labels: %s', (s) => {
    expect(classify(s).labels).toContain(label);
  });
  test.each(cases.doesNot)('does not label: %s', (s) => {
    expect(classify(s).labels).not.toContain(label);
  });
});

describe('the guideline examples in the shared rule data', () => {
  for (const rule of commentRules) {
    test.each([...rule.examples.breaks])(`${rule.id} breaks: %s`, (s) => {
      expect(classify(s).labels).toContain(rule.id);
    });
    test.each([...rule.examples.doesNotBreak])(`${rule.id} does not break: %s`, (s) => {
      expect(classify(s).labels).not.toContain(rule.id);
    });
  }
});

describe('questions', () => {
  test.each(['När öppnar ni på söndag?', 'Har ni öppet på måndag', 'Undrar om man kan ta med barnvagn in.', 'Finns det parkering vid museet?', 'Vad kostar entrén'])('asks: %s', (s) => {
    expect(classify(s).question).toBe(true);
  });
  test.each(['Vad f*n håller ni på med?', 'Vad fint det var!', 'Tack för en fin dag.', 'Är ni dumma i huvudet?', 'Vill du tjäna pengar? Skriv DM till mig.'])('does not ask: %s', (s) => {
    expect(classify(s).question).toBe(false);
  });
});
