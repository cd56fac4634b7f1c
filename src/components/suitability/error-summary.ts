import type { RecordProblem } from '../../lib/suitability/record.ts';
import type { Quiz } from '../../data/suitability/schema.ts';
import { el, firstRadioId, must, toggleDescribedBy } from './dom.ts';

/** Where a problem's inline message lives and which control its summary link focuses. */
function placeOf(field: string, quiz: Quiz): { errorId: string; controlId: string; describedById: string } {
  if (field.startsWith('question:')) {
    const id = field.slice('question:'.length);
    const question = quiz.questions.find((q) => q.id === id)!;
    return { errorId: `q-${id}-error`, controlId: firstRadioId(id, question.options[0]!.id), describedById: `q-${id}` };
  }
  const control = `sq-${field}`;
  return { errorId: `${control}-error`, controlId: control, describedById: control };
}

/**
 * GOV.UK's error pattern: a summary at the top of the page, focused, linking to each field, and the
 * same message next to the field with a hidden "Fel:" that screen readers read first.
 */
export class ErrorSummary {
  #summary: HTMLElement;
  #root: HTMLElement;
  #quiz: Quiz;
  #title: string;
  #shown: RecordProblem[] = [];

  constructor(summary: HTMLElement, root: HTMLElement, quiz: Quiz) {
    this.#summary = summary;
    this.#root = root;
    this.#quiz = quiz;
    this.#title = document.title;
  }

  get active(): boolean {
    return this.#shown.length > 0;
  }

  show(problems: RecordProblem[]): void {
    this.#render(problems);
    if (problems.length) this.#summary.focus();
  }

  /** Keeps only the problems that are still there, without moving focus: called as the person fixes them. */
  refresh(stillThere: RecordProblem[]): void {
    if (!this.active) return;
    const fields = new Set(stillThere.map((p) => p.field));
    this.#render(this.#shown.filter((p) => fields.has(p.field)));
  }

  clear(): void {
    this.#render([]);
  }

  #render(problems: RecordProblem[]): void {
    for (const problem of this.#shown) {
      const place = placeOf(problem.field, this.#quiz);
      const error = this.#root.querySelector<HTMLElement>(`#${place.errorId}`);
      if (error) error.hidden = true;
      const target = this.#root.querySelector(`#${place.describedById}`);
      if (target) toggleDescribedBy(target, place.errorId, false);
      this.#root.querySelector(`#${place.describedById}`)?.closest('.sq-field, .sq-question')?.classList.remove('sq--has-error');
    }
    this.#shown = problems;
    const list = must(this.#summary, '[data-error-list]');
    list.replaceChildren(
      ...problems.map((problem) => {
        const place = placeOf(problem.field, this.#quiz);
        const error = must(this.#root, `#${place.errorId}`);
        error.replaceChildren(el('span', { className: 'visually-hidden', text: 'Fel: ' }), problem.message);
        error.hidden = false;
        const target = must(this.#root, `#${place.describedById}`);
        toggleDescribedBy(target, place.errorId, true);
        target.closest('.sq-field, .sq-question')?.classList.add('sq--has-error');
        return el('li', {}, [el('a', { href: `#${place.controlId}`, text: problem.message })]);
      }),
    );
    this.#summary.hidden = problems.length === 0;
    document.title = problems.length ? `Fel: ${this.#title}` : this.#title;
  }
}
