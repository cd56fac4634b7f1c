export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/**
 * The element with an id that a search hit stands in: the last anchor at or before the first hit.
 * Pagefind links hits to headings only; our rules are anchored paragraphs and list items.
 */
export function bestAnchor(anchors: readonly PagefindAnchor[], locations: readonly number[]): PagefindAnchor | undefined {
  const first = Math.min(...locations);
  if (!Number.isFinite(first)) return undefined;
  let best: PagefindAnchor | undefined;
  for (const anchor of anchors) {
    if (anchor.location <= first && (!best || anchor.location >= best.location)) best = anchor;
  }
  return best;
}
