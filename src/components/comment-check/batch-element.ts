/**
 * The batch check's first-load part: shows the forms and loads the real code (table, worker, CSV reader) only
 * when someone first uses it, so the page's first load stays small.
 */
class CommentBatch extends HTMLElement {
  private controller: Promise<{ handle(form: HTMLFormElement): void }> | undefined;

  connectedCallback(): void {
    const tool = this.querySelector<HTMLElement>('[data-tool]');
    if (tool) tool.hidden = false;
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      this.controller ??= import('./batch-controller.ts').then((m) => new m.BatchController(this));
      void this.controller.then((c) => c.handle(form));
    });
  }
}

customElements.define('comment-batch', CommentBatch);
