import type { APIRequestContext } from '@playwright/test';

export interface CrawledPage {
  url: string;
  status: number;
  html: string;
  /** Every href on the page, resolved against it. */
  links: string[];
}

/** Follows every link that stays on the site, from `start`, and returns each page once. */
export async function crawlSite(request: APIRequestContext, start: string): Promise<CrawledPage[]> {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue = [start];
  const pages: CrawledPage[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const response = await request.get(url);
    const html = (response.headers()['content-type'] ?? '').includes('text/html') ? await response.text() : '';
    const links = [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => new URL(m[1]!.replaceAll('&amp;', '&'), url).href);
    pages.push({ url, status: response.status(), html, links });
    for (const link of links) {
      const target = new URL(link);
      target.hash = '';
      target.search = '';
      if (target.origin === origin && !seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return pages;
}
