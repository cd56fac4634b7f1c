/**
 * Browser side of the form components: shows GOV.UK's error summary and inline errors. Any form built
 * from TextField and Choices can use it; it only knows the data-f-* attributes those components set.
 */

export interface ShownError {
  /** The id given to TextField or Choices. */
  fieldId: string;
  message: string;
}

function wrapperOf(root: ParentNode, fieldId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-f-field="${CSS.escape(fieldId)}"]`);
}

/** The control a summary link moves to: the input, or the first radio or checkbox of a group. */
export function controlOf(root: ParentNode, fieldId: string): HTMLElement | null {
  return wrapperOf(root, fieldId)?.querySelector<HTMLElement>('[data-f-control]') ?? null;
}

function toggleDescribedBy(target: Element, id: string, on: boolean): void {
  const ids = new Set((target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) target.setAttribute('aria-describedby', [...ids].join(' '));
  else target.removeAttribute('aria-describedby');
}

/** Shows or clears one field's inline error, and ties it to the field for screen readers. */
export function setFieldError(root: ParentNode, fieldId: string, message: string | null): void {
  const wrapper = wrapperOf(root, fieldId);
  if (!wrapper) return;
  const error = wrapper.querySelector<HTMLElement>(':scope > [data-f-error], :scope > fieldset > [data-f-error]');
  const described = wrapper.querySelector<HTMLElement>('[data-f-described]');
  if (!error || !described) return;
  error.querySelector('[data-f-error-text]')!.textContent = message ?? '';
  error.hidden = !message;
  wrapper.classList.toggle('f-group--error', !!message);
  toggleDescribedBy(described, error.id, !!message);
  if (described.matches('input, textarea, select')) {
    described.classList.toggle('f-input--error', !!message);
    if (message) described.setAttribute('aria-invalid', 'true');
    else described.removeAttribute('aria-invalid');
  }
}

/** Fills the error summary with one link per error, in the order given (the form's order). */
export function renderErrorSummary(summary: HTMLElement, errors: readonly ShownError[], root: ParentNode): void {
  const list = summary.querySelector('[data-error-list]')!;
  list.replaceChildren(
    ...errors.map((error) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${controlOf(root, error.fieldId)?.id ?? error.fieldId}`;
      a.dataset.fieldId = error.fieldId;
      a.textContent = error.message;
      li.append(a);
      return li;
    }),
  );
  summary.hidden = errors.length === 0;
}

/**
 * GOV.UK's summary links: focus the control, but scroll so that its label or legend is in view too,
 * which a plain jump to the input would hide.
 */
export function handleErrorSummaryLinks(summary: HTMLElement, root: ParentNode): void {
  summary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-field-id]');
    if (!link) return;
    const control = controlOf(root, link.dataset.fieldId!);
    if (!control) return;
    event.preventDefault();
    focusField(root, link.dataset.fieldId!);
  });
}

/** Moves focus to a field and scrolls its question into view. */
export function focusField(root: ParentNode, fieldId: string): void {
  const wrapper = wrapperOf(root, fieldId);
  const control = controlOf(root, fieldId);
  if (!wrapper || !control) return;
  const heading = wrapper.querySelector('legend, label');
  (heading ?? wrapper).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}
