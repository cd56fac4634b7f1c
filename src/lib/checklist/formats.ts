/** Format checks shared by the browser's validation and the zod schema, so both judge an answer alike. */

/** A plain e-mail address; characters that would break a mailto: link (`,;?&<>"` and spaces) are refused. */
export function isEmail(value: string): boolean {
  return /^[^\s@,;?&<>"()[\]\\]+@[^\s@,;?&<>"()[\]\\]+\.[a-z]{2,}$/i.test(value) && !value.includes('..');
}

/** A real calendar date written as yyyy-mm-dd (what `<input type="date">` gives). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Hours as a Swede writes them: "3", "2,5" or "2.5". Null when it is not such a number. */
export function parseHours(value: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(`${match[1]}.${match[2] ?? '0'}`);
}

/** A web address, with or without https:// in front (people often paste "instagram.com/konto"). */
export function isWebAddress(value: string): boolean {
  return /^(https?:\/\/)?([a-z0-9åäö-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i.test(value);
}

/** Today's date where the person is, as yyyy-mm-dd. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
