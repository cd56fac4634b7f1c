import { commentLabelIds, type CommentLabelId } from '../../data/guideline/labels.ts';
import type { FromWorker, ToWorker } from '../../lib/comment-check/batch-protocol.ts';
import { countByLabel, countByVerdict, filterRows, sortRows, type BatchRow, type RowFilter, type SortDirection, type SortKey } from '../../lib/comment-check/batch-results.ts';
import type { ColumnChoice } from '../../lib/comment-check/columns.ts';
import { rowsToCsv } from '../../lib/comment-check/csv-export.ts';
import { verdictIcon, verdictShort } from '../../lib/comment-check/strings.ts';
import { problemText } from '../../lib/comment-check/table.ts';
import type { CheckerData } from '../../lib/comment-check/types.ts';
import { h } from './dom.ts';

/** Rows drawn at a time: enough to scan, few enough that 10,000 results never slow the page. */
const PAGE_SIZE = 200;
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const n = (value: number): string => value.toLocaleString('sv-SE');

type ErrorField = 'file' | 'paste';

/** Reading, checking and showing many comments; loaded the first time someone submits a batch form. */
export class BatchController {
  private readonly root: HTMLElement;
  private readonly data: CheckerData;
  private worker: Worker | null = null;
  private rows: BatchRow[] = [];
  /** Rows of the check that is running, as they arrive from the worker. */
  private incoming: BatchRow[] = [];
  private filter: RowFilter = 'all';
  private sortKey: SortKey = 'order';
  private sortDirection: SortDirection = 'ascending';
  private shown = PAGE_SIZE;
  private columns: string[] = [];
  private preview: string[][] = [];
  private startedAt = 0;
  private readonly baseTitle = document.title.replace(/^Fel: /, '');

  constructor(root: HTMLElement) {
    this.root = root;
    this.data = JSON.parse(root.dataset.checker ?? '{}') as CheckerData;
    this.el('[data-cancel]').addEventListener('click', () => this.post({ type: 'cancel' }));
    this.el('[data-filter]').addEventListener('change', (e) => {
      this.filter = (e.target as HTMLSelectElement).value as RowFilter;
      this.shown = PAGE_SIZE;
      this.renderTable();
    });
    this.el('[data-more]').addEventListener('click', () => {
      this.shown += PAGE_SIZE;
      this.renderTable();
    });
    this.el('[data-export]').addEventListener('click', () => this.exportCsv());
    for (const th of this.root.querySelectorAll<HTMLElement>('th[data-sort]')) {
      th.querySelector('button')?.addEventListener('click', () => this.sortBy(th.dataset.sort as SortKey));
    }
    this.el<HTMLSelectElement>('[data-col="text"]').addEventListener('change', () => this.showSample());
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`Kommentarstestet saknar ${selector}`);
    return found;
  }

  handle(form: HTMLFormElement): void {
    if (form.matches('[data-file-form]')) void this.readFile();
    else if (form.matches('[data-paste-form]')) this.readPaste();
    else if (form.matches('[data-columns-form]')) this.startCheck();
  }

  private getWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('../../workers/comment-batch.worker.ts', import.meta.url), { type: 'module' });
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.onMessage(event.data));
      this.worker.addEventListener('error', () => this.fail('Kontrollen stannade av ett oväntat fel. Ladda om sidan och försök igen.'));
    }
    return this.worker;
  }

  private post(message: ToWorker, transfer: Transferable[] = []): void {
    this.getWorker().postMessage(message, transfer);
  }

  private async readFile(): Promise<void> {
    const file = this.el<HTMLInputElement>('[data-file]').files?.[0];
    if (!file) return this.showError('file', 'Välj en fil med kommentarer.');
    if (file.size === 0) return this.showError('file', `Filen ${file.name} är tom.`);
    if (file.size > MAX_FILE_BYTES) return this.showError('file', `Filen ${file.name} är större än 50 MB. Dela upp den i mindre filer.`);
    this.clearErrors();
    this.errorField = 'file';
    this.fileName = file.name;
    const bytes = await file.arrayBuffer();
    this.post({ type: 'parse', source: { kind: 'file', name: file.name, bytes } }, [bytes]);
  }

  private readPaste(): void {
    const text = this.el<HTMLTextAreaElement>('[data-paste]').value;
    if (text.trim() === '') return this.showError('paste', 'Klistra in minst en kommentar.');
    this.clearErrors();
    this.errorField = 'paste';
    this.fileName = '';
    this.post({ type: 'parse', source: { kind: 'paste', text } });
  }

  private errorField: ErrorField = 'file';
  private fileName = '';

  private onMessage(message: FromWorker): void {
    switch (message.type) {
      case 'parse-error':
        this.el('[data-columns]').hidden = true;
        return this.showError(this.errorField, `${this.fileName ? `Filen ${this.fileName} kan inte läsas. ` : ''}${problemText(message.problem)}`);
      case 'parsed':
        this.columns = message.columns;
        this.preview = message.preview;
        if (message.format === 'lines') {
          this.startCheck({ text: 0, author: -1, time: -1 });
        } else {
          this.showColumns(message.rowCount, message.guess, message.notes);
        }
        return;
      case 'progress':
        for (const row of message.rows) this.incoming.push(row);
        return this.showProgress(message.done, message.total);
      case 'done':
        this.setRows(this.incoming, `Klart. ${n(this.incoming.length)} kommentarer är kontrollerade.`);
        return;
      case 'cancelled':
        this.setRows(this.incoming, `Kontrollen avbröts. ${n(message.done)} av ${n(message.total)} kommentarer hann kontrolleras.`);
        return;
      case 'failed':
        return this.fail(message.message);
    }
  }

  private fail(message: string): void {
    this.el('[data-progress]').hidden = true;
    this.showError(this.errorField, message);
  }

  private showError(field: ErrorField, message: string): void {
    this.clearErrors();
    const id = field === 'file' ? 'kt-batch-file' : 'kt-batch-paste';
    const control = this.el(`#${id}`);
    const error = this.el(`[data-field="${field}"] [data-error]`);
    error.replaceChildren(h('span', { class: 'visually-hidden' }, 'Fel: '), message);
    error.hidden = false;
    this.el(`[data-field="${field}"]`).classList.add('kt-field--error');
    control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
    control.setAttribute('aria-invalid', 'true');
    const summary = this.el('[data-error-summary]');
    const link = this.el<HTMLAnchorElement>('[data-error-link]');
    link.href = `#${id}`;
    link.textContent = message;
    link.onclick = (event) => {
      event.preventDefault();
      control.focus();
    };
    summary.hidden = false;
    document.title = `Fel: ${this.baseTitle}`;
    summary.focus();
  }

  private clearErrors(): void {
    this.el('[data-error-summary]').hidden = true;
    document.title = this.baseTitle;
    for (const field of ['file', 'paste'] as const) {
      const id = field === 'file' ? 'kt-batch-file' : 'kt-batch-paste';
      this.el(`[data-field="${field}"] [data-error]`).hidden = true;
      this.el(`[data-field="${field}"]`).classList.remove('kt-field--error');
      const control = this.el(`#${id}`);
      control.setAttribute('aria-describedby', `${id}-hint`);
      control.removeAttribute('aria-invalid');
    }
  }

  private showColumns(rowCount: number, guess: ColumnChoice, notes: string[]): void {
    this.el('[data-results]').hidden = true;
    const section = this.el('[data-columns]');
    this.el('[data-columns-summary]').textContent =
      `${this.fileName ? `Filen ${this.fileName}` : 'Texten'} har ${n(rowCount)} ${rowCount === 1 ? 'kommentar' : 'kommentarer'} och ${n(this.columns.length)} kolumner. ${notes.join(' ')}`.trim();
    const fill = (key: keyof ColumnChoice, optional: boolean): void => {
      const select = this.el<HTMLSelectElement>(`[data-col="${key}"]`);
      select.replaceChildren(
        ...(optional ? [h('option', { value: -1 }, 'Ingen sådan kolumn')] : []),
        ...this.columns.map((c, i) => h('option', { value: i }, c)),
      );
      select.value = String(guess[key]);
    };
    fill('text', false);
    fill('author', true);
    fill('time', true);
    this.showSample();
    this.el('[data-check-button]').textContent = `Kontrollera ${n(rowCount)} ${rowCount === 1 ? 'kommentar' : 'kommentarer'}`;
    section.hidden = false;
    this.el('#kt-columns-heading').focus();
  }

  private showSample(): void {
    const index = Number(this.el<HTMLSelectElement>('[data-col="text"]').value);
    const sample = this.preview[0]?.[index] ?? '';
    this.el('[data-sample]').textContent = sample ? `Första kommentaren i den kolumnen: ”${sample.length > 140 ? `${sample.slice(0, 140)}…` : sample}”` : 'Den kolumnen är tom på första raden.';
  }

  private startCheck(given?: ColumnChoice): void {
    const choice: ColumnChoice = given ?? {
      text: Number(this.el<HTMLSelectElement>('[data-col="text"]').value),
      author: Number(this.el<HTMLSelectElement>('[data-col="author"]').value),
      time: Number(this.el<HTMLSelectElement>('[data-col="time"]').value),
    };
    this.clearErrors();
    this.el('[data-columns]').hidden = true;
    this.el('[data-results]').hidden = true;
    this.showProgress(0, 1);
    const progress = this.el('[data-progress]');
    progress.hidden = false;
    this.el('#kt-progress-heading').focus();
    this.status('Kontrollen har börjat.');
    this.startedAt = performance.now();
    this.incoming = [];
    this.post({
      type: 'check',
      columns: choice,
      ownEmailDomains: this.data.ownEmailDomains,
      answerHours: this.data.answer.hours,
      lawGroundNames: Object.fromEntries(this.data.law.grounds.map((g) => [g.id, g.name])),
    });
  }

  private showProgress(done: number, total: number): void {
    const bar = this.el<HTMLProgressElement>('[data-progress-bar]');
    bar.max = Math.max(1, total);
    bar.value = done;
    this.el('[data-progress-text]').textContent = total > 1 || done > 0 ? `${n(done)} av ${n(total)} kommentarer kontrollerade.` : '';
  }

  private status(message: string): void {
    const region = this.el('[data-batch-status]');
    region.textContent = message;
  }

  private setRows(rows: BatchRow[], message: string): void {
    this.rows = rows;
    this.shown = PAGE_SIZE;
    this.el('[data-progress]').hidden = true;
    const seconds = (performance.now() - this.startedAt) / 1000;
    this.root.dataset.lastCheckMs = String(Math.round(seconds * 1000));
    this.renderSummary(message);
    this.updateFilterCounts();
    this.renderTable();
    this.el('[data-results]').hidden = false;
    this.status(message);
    this.el('#kt-results-heading').focus();
  }

  private renderSummary(message: string): void {
    const counts = countByVerdict(this.rows);
    const questions = this.rows.filter((r) => r.question).length;
    this.el('[data-results-summary]').replaceChildren(
      h('p', null, message),
      h(
        'ul',
        { class: 'kt-summary' },
        ...(['remove-by-law', 'personal-data', 'remove', 'publish'] as const).map((kind) =>
          h('li', { 'data-kind': kind }, h('span', { class: 'kt-icon', 'aria-hidden': 'true' }, verdictIcon[kind]), ` ${verdictShort[kind]}: ${n(counts[kind])}`),
        ),
        h('li', null, h('span', { class: 'kt-icon', 'aria-hidden': 'true' }, '?'), ` Ställer en fråga: ${n(questions)}`),
      ),
    );
  }

  private updateFilterCounts(): void {
    const byLabel = countByLabel(this.rows);
    const counts: Record<string, number> = {
      all: this.rows.length,
      any: this.rows.filter((r) => r.labels.length > 0).length,
      none: this.rows.filter((r) => r.labels.length === 0).length,
      question: this.rows.filter((r) => r.question).length,
      ...byLabel,
    };
    const select = this.el<HTMLSelectElement>('[data-filter]');
    for (const option of select.options) {
      const base = option.dataset.name ?? option.textContent ?? '';
      option.dataset.name = base;
      option.textContent = `${base} (${n(counts[option.value] ?? 0)})`;
    }
    select.value = this.filter;
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      this.sortDirection = 'ascending';
    }
    for (const th of this.root.querySelectorAll<HTMLElement>('th[data-sort]')) {
      if (th.dataset.sort === key) th.setAttribute('aria-sort', this.sortDirection);
      else th.removeAttribute('aria-sort');
    }
    this.renderTable();
  }

  private visibleRows(): BatchRow[] {
    return sortRows(filterRows(this.rows, this.filter), this.sortKey, this.sortDirection);
  }

  private renderTable(): void {
    const rows = this.visibleRows();
    const page = rows.slice(0, this.shown);
    const names = this.labelNames();
    this.el('[data-rows]').replaceChildren(
      ...page.map((row) =>
        h(
          'tr',
          { 'data-kind': row.verdict },
          h('td', null, String(row.line)),
          h('td', { class: 'kt-table__text' }, row.text.length > 280 ? `${row.text.slice(0, 280)}… (${n(row.text.length)} tecken)` : row.text),
          h('td', null, row.author),
          h('td', null, h('span', { class: 'kt-icon', 'aria-hidden': 'true' }, verdictIcon[row.verdict]), ` ${verdictShort[row.verdict]}`),
          h('td', null, row.labels.length ? h('ul', { class: 'kt-labels' }, ...row.labels.map((l) => h('li', null, names[l]))) : 'Inga'),
          h('td', null, row.question ? row.deadlineText : '–'),
        ),
      ),
    );
    this.el('[data-shown]').textContent =
      rows.length === 0 ? 'Inga kommentarer passar det du har valt att visa.' : `Visar ${n(page.length)} av ${n(rows.length)} kommentarer.`;
    const more = this.el('[data-more]');
    more.hidden = rows.length <= this.shown;
    if (!more.hidden) more.textContent = `Visa ${n(Math.min(PAGE_SIZE, rows.length - this.shown))} rader till`;
  }

  private labelNames(): Record<CommentLabelId, string> {
    return Object.fromEntries(commentLabelIds.map((id) => [id, this.data.rules.find((r) => r.id === id)?.shortName ?? id])) as Record<CommentLabelId, string>;
  }

  private exportCsv(): void {
    const csv = rowsToCsv(this.visibleRows(), { labels: this.labelNames(), verdicts: verdictShort });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = h('a', { href: url, download: 'kommentarstest-resultat.csv', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.status('Tabellen är nedladdad som CSV-fil.');
  }
}
