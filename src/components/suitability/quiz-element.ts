import { rulePath } from '../../data/guideline/locations.ts';
import type { RuleLocation } from '../../data/guideline/schema.ts';
import type { Quiz } from '../../data/suitability/schema.ts';
import { assess, chosenOption, visibleQuestions } from '../../lib/suitability/assess.ts';
import { buildRecord, localIsoDate, recordFileName, recordProblems, recordToText } from '../../lib/suitability/record.ts';
import type { AssessmentRecord } from '../../lib/suitability/record.ts';
import { emptyState, parseStoredState, storageKey } from '../../lib/suitability/storage.ts';
import type { StoredState } from '../../lib/suitability/storage.ts';
import { href } from '../../utils/href.ts';
import { announce, el, must, toggleDescribedBy } from './dom.ts';
import { DraftCheck } from './draft-check.ts';
import { ErrorSummary } from './error-summary.ts';
import { renderPrintRecord } from './record-view.ts';
import { renderVerdict } from './verdict-view.ts';

const ruleUrl = (location: RuleLocation) => new URL(href(rulePath(location)), window.location.href).href;

/** The suitability quiz: reads the answers from its radios, shows the verdict as they change, and keeps the record. */
class SuitabilityQuiz extends HTMLElement {
  #quiz!: Quiz;
  #channel!: HTMLInputElement;
  #assessor!: HTMLInputElement;
  #date!: HTMLInputElement;
  #draft!: HTMLTextAreaElement;
  #recordStatus!: HTMLElement;
  #errors!: ErrorSummary;
  #drafts!: DraftCheck;

  connectedCallback(): void {
    // Validated by its zod schema at build; the page hands it over so the browser never loads the schema or the full guideline data.
    this.#quiz = JSON.parse(this.dataset.quiz ?? '') as Quiz;
    this.#channel = must(this, '#sq-channel');
    this.#assessor = must(this, '#sq-assessor');
    this.#date = must(this, '#sq-date');
    this.#draft = must(this, '#sq-draft');
    this.#recordStatus = must(this, '[data-record-status]');
    this.#errors = new ErrorSummary(must(document, '#sq-error-summary'), this, this.#quiz);
    this.#drafts = new DraftCheck(this, this.#quiz, (this.dataset.ownDomains ?? '').split(',').filter(Boolean));

    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    for (const node of this.querySelectorAll<HTMLElement>('[data-nojs]')) node.hidden = true;
    this.classList.add('sq--enhanced');
    // Open without JavaScript, where this list is the verdict; with it, the verdict itself comes first.
    must<HTMLDetailsElement>(this, '[data-how]').open = false;

    this.#restore();
    this.addEventListener('change', () => this.#update());
    this.addEventListener('input', (event) => {
      if (event.target === this.#draft) this.#drafts.schedule(this.#draft.value);
      else this.#update();
    });
    this.addEventListener('click', (event) => this.#onClick(event));
    must(document, '#sq-error-summary').addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('beforeprint', () => this.#renderPrint());
    // Coming back from a rule page: the browser may restore the form itself; the stored answers win.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.#update();
    });
    if (this.#draft.value.trim()) this.#drafts.schedule(this.#draft.value);
    this.#update();
  }

  #answers(): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
      answers[input.name.replace(/^q-/, '')] = input.value;
    }
    return answers;
  }

  #state(): StoredState {
    return { answers: this.#answers(), channel: this.#channel.value, assessor: this.#assessor.value, date: this.#date.value };
  }

  #restore(): void {
    let stored = emptyState();
    try {
      stored = parseStoredState(window.sessionStorage.getItem(storageKey), this.#quiz);
    } catch {
      // Storage can be switched off; the quiz still works, it just forgets on reload.
    }
    const hasStored = Object.keys(stored.answers).length > 0 || stored.channel || stored.assessor;
    if (hasStored) {
      for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        input.checked = stored.answers[input.name.replace(/^q-/, '')] === input.value;
      }
      this.#channel.value = stored.channel;
      this.#assessor.value = stored.assessor;
      this.#date.value = stored.date;
    }
    if (!this.#date.value) this.#date.value = localIsoDate(new Date());
  }

  #save(state: StoredState): void {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // See #restore.
    }
  }

  #update(): void {
    const state = this.#state();
    const quiz = this.#quiz;
    const visible = new Set(visibleQuestions(state.answers, quiz).map((q) => q.id));
    for (const question of quiz.questions) {
      const fieldset = must(this, `#q-${question.id}`);
      fieldset.hidden = !visible.has(question.id);
      const effect = chosenOption(question, state.answers)?.effect;
      const note = must(fieldset, '[data-effect]');
      note.hidden = !effect || fieldset.hidden;
      toggleDescribedBy(fieldset, note.id, !note.hidden);
      note.dataset.outcome = effect?.outcome ?? '';
      note.replaceChildren(
        ...(effect ? [el('strong', { className: `sq-tag sq-tag--${effect.outcome}`, text: quiz.outcomes[effect.outcome].tag }), ' ', effect.reason] : []),
      );
    }
    renderVerdict(must(this, '[data-verdict-panel]'), assess(state.answers, quiz), quiz);
    this.#errors.refresh(recordProblems(state, quiz));
    this.#save(state);
  }

  #record(): AssessmentRecord {
    const state = this.#state();
    return buildRecord(
      { ...state, draftSummary: this.#drafts.summary, contactEmail: this.dataset.commsEmail ?? '' },
      ruleUrl,
      this.#quiz,
    );
  }

  #renderPrint(): void {
    renderPrintRecord(must(this, '[data-print-record]'), this.#record());
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    const link = target?.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) {
      // Like GOV.UK's error summary: a link to a field focuses it and shows its question or label too.
      const control = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        event.preventDefault();
        const context = control.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${control.id}"]`);
        (context ?? control).scrollIntoView({ block: 'start' });
        control.focus({ preventScroll: true });
      }
      return;
    }
    const action = target?.closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (!action) return;
    if (action === 'reset') {
      this.#reset();
      return;
    }
    const problems = recordProblems(this.#state(), this.#quiz);
    if (problems.length) {
      announce(this.#recordStatus, '');
      this.#errors.show(problems);
      return;
    }
    this.#errors.clear();
    const record = this.#record();
    if (action === 'print') this.#print(record);
    if (action === 'download') this.#download(record);
    if (action === 'copy') void this.#copy(record);
  }

  #print(record: AssessmentRecord): void {
    renderPrintRecord(must(this, '[data-print-record]'), record);
    window.print();
  }

  #download(record: AssessmentRecord): void {
    const name = recordFileName(record);
    const url = URL.createObjectURL(new Blob([recordToText(record)], { type: 'text/plain;charset=utf-8' }));
    const link = el('a', { href: url });
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#say(`Filen ${name} har laddats ner.`);
  }

  async #copy(record: AssessmentRecord): Promise<void> {
    const text = recordToText(record);
    const fallback = must(this, '[data-copy-fallback]');
    try {
      await navigator.clipboard.writeText(text);
      fallback.hidden = true;
      this.#say('Kopierat. Klistra in bedömningen där du vill spara den.');
    } catch {
      const area = must<HTMLTextAreaElement>(fallback, 'textarea');
      area.value = text;
      fallback.hidden = false;
      area.focus();
      area.select();
      this.#say('Det gick inte att kopiera automatiskt. Texten är markerad i rutan: kopiera den med Ctrl+C.');
    }
  }

  /** Says a result in the record's live region; emptied first so the same words are read again on a second click. */
  #say(text: string): void {
    this.#recordStatus.textContent = '';
    window.setTimeout(() => (this.#recordStatus.textContent = text), 50);
  }

  #reset(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
    this.#channel.value = '';
    this.#assessor.value = '';
    this.#draft.value = '';
    this.#date.value = localIsoDate(new Date());
    must(this, '[data-copy-fallback]').hidden = true;
    this.#drafts.clear();
    this.#errors.clear();
    this.#update();
    this.#channel.focus();
    this.#say('Svaren är borttagna. Du kan börja om.');
  }
}

if (!customElements.get('suitability-quiz')) customElements.define('suitability-quiz', SuitabilityQuiz);
