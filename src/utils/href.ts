import { joinBase } from '../lib/url.ts';

/** A link to a page of this site that keeps working when the site is deployed under a sub-folder. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
