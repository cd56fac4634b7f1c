/** The organisation's own contact details, as far as the deployment has configured them. */
export interface ReplyContact {
  email?: string;
  phone?: string;
  postalAddress?: string;
}

const SLOTS: readonly [string, keyof ReplyContact][] = [
  ['[e-postadress]', 'email'],
  ['[telefonnummer]', 'phone'],
  ['[postadress]', 'postalAddress'],
];

/**
 * A reply suggestion with the configured contact details in place of their [placeholders]; the
 * others stay for the moderator to fill in, so nothing is ever published half-made.
 */
export function fillReplyText(text: string, contact: ReplyContact): string {
  let out = text;
  for (const [slot, key] of SLOTS) {
    const value = contact[key];
    if (value) out = out.replaceAll(slot, value);
  }
  return out;
}
