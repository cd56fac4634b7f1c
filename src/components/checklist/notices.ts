/** Notices at the top of the tool: restored draft, set-aside draft, import done. Built with textContent only. */

export interface NoticeAction {
  label: string;
  run: () => void;
}

export type NoticeKind = 'info' | 'success' | 'warning';

/** Replaces the notice of the given key (one per key), so repeated actions do not pile up messages. */
export function showNotice(region: HTMLElement, key: string, kind: NoticeKind, text: string, actions: NoticeAction[] = []): HTMLElement {
  region.querySelector(`[data-notice="${key}"]`)?.remove();
  const notice = document.createElement('div');
  notice.className = `cl-notice cl-notice--${kind}`;
  notice.dataset.notice = key;
  const p = document.createElement('p');
  p.textContent = text;
  notice.append(p);
  if (actions.length) {
    const row = document.createElement('p');
    row.className = 'cl-notice__actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cl-linklike';
      button.textContent = action.label;
      button.addEventListener('click', action.run);
      row.append(button);
    }
    notice.append(row);
  }
  region.append(notice);
  return notice;
}

export function clearNotice(region: HTMLElement, key: string): void {
  region.querySelector(`[data-notice="${key}"]`)?.remove();
}

export function clearNotices(region: HTMLElement): void {
  region.replaceChildren();
}
