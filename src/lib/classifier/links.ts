/** A link in a comment, with its host, for spam and piracy checks. */
export interface Link {
  start: number;
  end: number;
  host: string;
  text: string;
}

/**
 * Links with a scheme or www., and bare domains with a common top-level domain. The lookbehind
 * lets a bare domain start only at the start of a run of domain characters, so it stays linear.
 */
const URL = /(?:https?:\/\/|www\.)[^\s<>"'()]{1,500}|(?<![\p{L}\p{N}@._/-])(?:[a-z0-9-]{1,63}\.){1,4}(?:com|se|net|org|io|ly|info|biz|xyz|nu|ru|shop|store|online|site|top|click|link|me|co|tv|app|gg|to|cc|nz|eu|uk|de|live|vip|club|fun|win|bet|casino)(?![\p{L}\p{N}])(?:\/[^\s<>"'()]{0,500})?/giu;

export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    let raw = m[0];
    while (/[.,!?:;]$/.test(raw)) raw = raw.slice(0, -1);
    const host = raw.replace(/^https?:\/\//i, '').replace(/^www\./i, '').split(/[/?#:]/)[0].toLowerCase();
    out.push({ start: m.index, end: m.index + raw.length, host, text: raw });
  }
  return out;
}

/** Public bodies and reference sites whose links are never advertising. */
export const trustedHosts: readonly string[] = [
  'vgregion.se', 'vastarvet.se', '1177.se', 'polisen.se', 'krisinformation.se', 'riksdagen.se', 'regeringen.se',
  'skatteverket.se', 'raa.se', 'kb.se', 'digitaltmuseum.se', 'kringla.nu', 'wikipedia.org', 'svt.se', 'sverigesradio.se',
  'gov.se', 'kommun.se', 'lansstyrelsen.se', 'riksarkivet.se', 'arkivdigital.se', 'imy.se', 'sfs.se', 'lagrummet.se',
  'goteborg.se', 'statensmuseer.se', 'smvk.se', 'nationalmuseum.se', 'historiska.se', 'europeana.eu',
];

export const shortenerHosts: readonly string[] = ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'cutt.ly', 'rb.gy', 'linktr.ee', 'shorturl.at', 'tiny.cc', 'rebrand.ly', 'wa.me', 't.me'];

export function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((h) => host === h || host.endsWith('.' + h));
}
