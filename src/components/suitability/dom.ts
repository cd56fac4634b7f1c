/** Small DOM helpers for the quiz's script: it builds its few dynamic parts with textContent, never innerHTML. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; href?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.href !== undefined) (node as HTMLAnchorElement).href = props.href;
  node.append(...children);
  return node;
}

/** Finds a required element inside the quiz; a missing one is a bug in the markup, so it throws. */
export function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Lämplighetsbedömningen saknar ${selector}`);
  return found;
}

/** Sets a live region's text only when it changes, so screen readers do not repeat themselves. */
export function announce(region: HTMLElement, text: string): void {
  if (region.textContent !== text) region.textContent = text;
}

/** The id of the control to focus for a question: its first radio, as GOV.UK's error summary does. */
export function firstRadioId(questionId: string, firstOptionId: string): string {
  return `q-${questionId}-${firstOptionId}`;
}

/** Adds or removes one id in an aria-describedby list, keeping the others. */
export function toggleDescribedBy(target: Element, id: string, on: boolean): void {
  const ids = new Set((target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size > 0) target.setAttribute('aria-describedby', [...ids].join(' '));
  else target.removeAttribute('aria-describedby');
}
