export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/**
 * The element with an id that a search hit stands in: for the first hit that has an anchored element
 * at or before it, the nearest such element. Pagefind links hits to headings only; our rules are
 * anchored paragraphs and list items, and a hit in the page title alone says nothing about where to go.
 */
export function bestAnchor(anchors: readonly PagefindAnchor[], locations: readonly number[]): PagefindAnchor | undefined {
  const sortedAnchors = [...anchors].sort((a, b) => a.location - b.location);
  for (const location of [...locations].sort((a, b) => a - b)) {
    const before = sortedAnchors.filter((anchor) => anchor.location <= location);
    if (before.length) return before[before.length - 1];
  }
  return undefined;
}
