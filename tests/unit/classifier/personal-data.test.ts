import Personnummer from 'personnummer';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/lib/classifier/index.ts';
import { findAddresses } from '../../../src/lib/classifier/personal-data/address.ts';
import { findBankAndCards } from '../../../src/lib/classifier/personal-data/bank-card.ts';
import { findEmails } from '../../../src/lib/classifier/personal-data/email.ts';
import { luhnValid } from '../../../src/lib/classifier/personal-data/luhn.ts';
import { findPersonnummer, isValidPersonnummer } from '../../../src/lib/classifier/personal-data/personnummer.ts';
import { findPhones } from '../../../src/lib/classifier/personal-data/phone.ts';

const pd = (s: string) => classify(s).findings.filter((f) => f.label === 'personal-data');

describe('personnummer and samordningsnummer', () => {
  // Test vectors from the personnummer package (MIT).
  test.each(['198507099805', '8507099805', '850709-9805', '19850709-9805', '198507099813', '850709-9813', '196411139808', '19130401+2931', '701063-2391', '197010632391'])('valid: %s', (s) => {
    expect(isValidPersonnummer(s)).toBe(true);
    expect(Personnummer.valid(s)).toBe(true);
  });
  test.each(['198507099806', '850709-9806', '19850709-9806', '19901301-1111', '900161-0017', '6403273813', '550207-3900'])('invalid: %s', (s) => {
    expect(isValidPersonnummer(s)).toBe(Personnummer.valid(s));
  });
  test('agrees with the personnummer package on random numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2024 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 92 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('', '-'), (y, m, d, n, sep) => {
        const s = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${sep}${String(n).padStart(4, '0')}`;
        expect(isValidPersonnummer(s)).toBe(Personnummer.valid(s));
      }),
      { numRuns: 3000 },
    );
  });
  test.each(['Mitt personnummer är 19811218-9876.', 'pnr 811218-9876', 'Personnummer: 198112189876', 'Samordningsnummer 701063-2391', 'gammal: 19130401+2931', 'hans nummer 811218 9876'])('found in %s', (s) => {
    const f = pd(s);
    expect(f.length).toBe(1);
    expect(f[0].methods).toContain('checksum');
  });
  test('well-formed but invalid number near the word gets a low-confidence finding', () => {
    const f = findPersonnummer('Mitt personnummer är 811218-9877');
    expect(f.length).toBe(1);
    expect(f[0].confidence).toBeLessThan(0.7);
  });
  test('an order or case number shaped like a personnummer is ignored', () => {
    expect(findPersonnummer('Order 811218-9877 skickad')).toEqual([]);
    expect(findPersonnummer('Ärende 811218-9877')).toEqual([]);
  });
  test('words that only start like a reference word ("invandraren") do not hide a number', () => {
    expect(findPersonnummer('Invandraren Ali, 19580114-2271, bor här')).toHaveLength(1);
  });
  test('a real date with the dash, wrong check digit and no context word: a low-confidence finding', () => {
    const [d] = findPersonnummer('Karl-Erik Wiklund, 19580114-2271, har en dom');
    expect(d).toMatchObject({ matched: 'personnummer', confidence: 0.55 });
    expect(d.explanation).toContain('kontrollsiffran stämmer inte');
  });
  test('without the dash or a real date, a number is not taken for a personnummer', () => {
    expect(findPersonnummer('Lotten vann 195801142271 kr')).toEqual([]);
    expect(findPersonnummer('Kod 19581314-2271')).toEqual([]);
  });
});

describe('phone numbers', () => {
  test.each(['070-123 45 67', '0701234567', '031-63 00 00', '08-123 456 78', '+46 70 123 45 67', '+46701234567', '0046 70 123 45 67', '+46 (0)70 123 45 67', '031-7654321'])('%s', (s) => {
    const f = findPhones(`Ring ${s} i kväll`);
    expect(f.length).toBe(1);
    expect(f[0].end - f[0].start).toBe(s.length);
  });
  test.each(['+44 7700 900123', '+1 555 123 4567', '+358 40 123 4567'])('another country: %s', (s) => {
    const f = findPhones(`WhatsApp ${s} idag`);
    expect(f.map((x) => x.explanation)).toEqual([`”${s}” ser ut som ett utländskt telefonnummer.`]);
  });
  test.each(['År 2024 kom 120 besökare', 'Öppet 10-17', 'Dnr 0123-456789', 'Inventarienummer 0345-12345', 'Pris 1 200 kr', 'Datum 2023-04-05', 'Höjning +25 kr', 'Överskott +3 000 000 kr', 'Ring museets reception på 08-519 550 00', 'Museets växel 0911-23 45 00'])('not a phone: %s', (s) => {
    expect(findPhones(s)).toEqual([]);
  });
});

describe('e-mail', () => {
  test.each(['Mejla bokning@hembygdsmuseet.se om gruppbokning', 'Skriv till info@regionmuseet.se', 'Anmäl dig till volontar@hembygdsforbundet-ost.se'])(
    "a museum's or public body's address is the organisation's, not a person's: %s",
    (s) => {
      expect(classify(s).labels).not.toContain('personal-data');
    },
  );
  test('a private address is found', () => {
    expect(findEmails('Mejla anna.svensson@gmail.com nu', ['vgregion.se']).length).toBe(1);
  });
  test('own domains are not', () => {
    expect(pd('Skriv till info@vastarvet.se eller kultur@vgregion.se')).toEqual([]);
    expect(findEmails('x@museum.vgregion.se', ['vgregion.se'])).toEqual([]);
  });
  test('ownEmailDomains option', () => {
    expect(classify('mejla a@studio.example', { ownEmailDomains: ['studio.example'] }).labels).toEqual([]);
    expect(classify('mejla a@studio.example', { ownEmailDomains: [] }).labels).toEqual(['personal-data']);
  });
  test.each(['anna (at) gmail punkt com', 'k.berg(a)outlook.se', 'tindra.04 [snabel a] gmail [punkt] com', 'ebba.sjo [snabel] protonmail . com'])('disguised address: %s', (s) => {
    expect(findEmails(`mejla ${s} i kväll`, []).length).toBe(1);
    expect(classify(`mejla ${s} i kväll`).labels).toEqual(['personal-data']);
  });
});

describe('addresses', () => {
  test.each(['Storgatan 12', 'Östra Hamngatan 24', 'Kungsvägen 3B', 'Drottninggatan 5 lgh 1102', '412 56 Göteborg'])('%s', (s) => {
    expect(findAddresses(`Hon bor på ${s} och`).length).toBeGreaterThan(0);
  });
  test.each(['Gå vägen 2 km till museet', 'Torget 2023 var fullt', 'Museet öppnar kl. 10 och entrén kostar 120 kr.'])('not an address: %s', (s) => {
    expect(findAddresses(s)).toEqual([]);
  });
});

describe('card and bank numbers', () => {
  test('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  test('card number with spaces', () => {
    expect(findBankAndCards('kort 4111 1111 1111 1111 cvc 123').length).toBe(1);
  });
  test('a wrong check digit in four groups of four still looks like a card, with lower confidence', () => {
    const [d] = findBankAndCards('4111 1111 1111 1112');
    expect(d).toMatchObject({ matched: 'kortnummer', confidence: 0.7 });
    expect(d.explanation).not.toContain('kontrollsiffran');
  });
  test('a wrong check digit without the card shape, or after an inventory word, is ignored', () => {
    expect(findBankAndCards('4111111111111112')).toEqual([]);
    expect(findBankAndCards('Inventarienummer 1234 5678 9012 3456')).toEqual([]);
  });
  test('card numbers grouped with dots', () => {
    expect(findBankAndCards('4111.1111.1111.1111')).toMatchObject([{ matched: 'kortnummer', confidence: 0.95 }]);
  });
  test('an account number right after the word konto or clearing', () => {
    expect(findBankAndCards('clearing 8327-9, konto 943 221 876-4').map((d) => d.matched)).toEqual(['kontonummer', 'kontonummer']);
  });
  test('Swedish IBAN', () => {
    expect(findBankAndCards('IBAN SE45 5000 0000 0583 9825 7466').length).toBe(1);
  });
  test('clearing and account number near the word konto', () => {
    expect(findBankAndCards('Sätt in på mitt konto 8327-9, 123 456 789-0').length).toBe(1);
  });
});

describe('sensitive data about a named person', () => {
  test.each([
    'Thomas Ek som är vaktmästare hos er satt ju inne för rattfylla förra året',
    'Bo Nyberg som skrev kommentaren ovan har suttit i fängelse',
    'Min granne Åsa Nilsson är aktiv i SD, bara så ni vet',
    'Lars Ohlsson från hembygdsföreningen konverterade till islam förra året',
    'Min son Elias Ahlgren går i 3B på Nygårdsskolan och har ADHD',
  ])('%s', (s) => {
    expect(classify(s).labels).toContain('personal-data');
  });
  test.each(['Anna satt inne på kontoret hela dagen', 'Anna berättade om islam och judendomen'])('not: %s', (s) => {
    expect(pd(s)).toEqual([]);
  });
});

describe('not personal data', () => {
  test.each(['Museet öppnar kl. 10 och entrén kostar 120 kr.', 'Runstenen är från år 1050.', 'Ärendenummer 2023-1234 gäller', 'Föremålet har inventarienummer 12345.'])('%s', (s) => {
    expect(pd(s)).toEqual([]);
  });
});
