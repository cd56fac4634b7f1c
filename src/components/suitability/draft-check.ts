import type { Classification } from '../../lib/classifier/types.ts';
import type { Quiz } from '../../data/suitability/schema.ts';
import { draftNotes, draftSummary } from '../../lib/suitability/draft.ts';
import type { DraftNote } from '../../lib/suitability/draft.ts';
import { announce, el, firstRadioId, must, toggleDescribedBy } from './dom.ts';

type ClassifierModule = typeof import('../../lib/classifier/index.ts');

const shownPerKind = 5;

/**
 * Checks the pasted draft and shows what it found next to the matching questions. The classifier is
 * loaded only when someone pastes or types a draft, so the quiz itself stays small.
 */
export class DraftCheck {
  #root: HTMLElement;
  #quiz: Quiz;
  #ownDomains: string[];
  #module: Promise<ClassifierModule> | undefined;
  #timer: number | undefined;
  #run = 0;
  #notes: DraftNote[] = [];

  constructor(root: HTMLElement, quiz: Quiz, ownDomains: string[]) {
    this.#root = root;
    this.#quiz = quiz;
    this.#ownDomains = ownDomains;
  }

  /** "Svordomar (1), Länkar (2)" for the record, or '' when nothing was found or no draft was given. */
  get summary(): string {
    return draftSummary(this.#notes);
  }

  schedule(text: string): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.check(text), 300);
  }

  async check(text: string): Promise<void> {
    const run = ++this.#run;
    if (!text.trim()) {
      this.#show([], '');
      return;
    }
    let classification: Classification | null = null;
    let failed = false;
    try {
      this.#module ??= import('../../lib/classifier/index.ts');
      classification = (await this.#module).classify(text, { ownEmailDomains: this.#ownDomains });
    } catch {
      // Links are still found without the classifier; the next edit tries to load it again.
      this.#module = undefined;
      failed = true;
    }
    if (run !== this.#run) return;
    const notes = draftNotes(text, classification, this.#quiz.draftChecks);
    const extra = failed
      ? ' Det gick inte att leta efter personuppgifter och olämpliga ord just nu.'
      : classification?.truncated
        ? ` Texten är lång: bara de första ${classification.analysedLength} tecknen kontrollerades.`
        : '';
    this.#show(notes, extra);
  }

  clear(): void {
    window.clearTimeout(this.#timer);
    this.#run++;
    this.#show([], '');
  }

  #show(notes: DraftNote[], extra: string): void {
    this.#notes = notes;
    for (const check of this.#quiz.draftChecks) {
      const fieldset = this.#root.querySelector<HTMLElement>(`#q-${check.questionId}`);
      if (!fieldset) continue;
      const box = must(fieldset, '[data-draft-note]');
      const mine = notes.filter((n) => n.questionId === check.questionId);
      box.hidden = mine.length === 0;
      toggleDescribedBy(fieldset, box.id, mine.length > 0);
      box.replaceChildren(
        ...(mine.length
          ? [
              el('p', { className: 'sq-draft-note__title', text: 'I texten du klistrade in:' }),
              el('ul', {}, mine.flatMap((note) => noteItems(note))),
            ]
          : []),
      );
    }

    const status = must(this.#root, '[data-draft-status]');
    const links = must(this.#root, '[data-draft-links]');
    const hasText = must<HTMLTextAreaElement>(this.#root, '#sq-draft').value.trim() !== '';
    if (!hasText) {
      announce(status, '');
    } else if (notes.length === 0) {
      announce(status, `Vi hittade inget av det vi letar efter. Läs ändå igenom texten själv.${extra}`);
    } else {
      announce(status, `Vi hittade: ${draftSummary(notes)}. Det står vid frågorna.${extra}`);
    }
    links.hidden = notes.length === 0 || !hasText;
    links.replaceChildren(
      ...notes.map((note) => {
        const question = this.#quiz.questions.find((q) => q.id === note.questionId)!;
        return el('li', {}, [el('a', { href: `#${firstRadioId(question.id, question.options[0]!.id)}`, text: `${note.name}: se frågan ”${question.shortName}”` })]);
      }),
    );
  }
}

function noteItems(note: DraftNote): HTMLLIElement[] {
  const items = note.items.slice(0, shownPerKind).map((item) => {
    // Some explanations already quote the words found; then mark them there instead of quoting them twice.
    const at = item.explanation.indexOf(item.text);
    const body =
      at >= 0
        ? [item.explanation.slice(0, at), el('mark', { text: item.text }), item.explanation.slice(at + item.text.length)]
        : [el('mark', { text: `”${item.text}”` }), `. ${item.explanation}`];
    return el('li', {}, [el('strong', { text: note.name }), ': ', ...body]);
  });
  const more = note.items.length - shownPerKind;
  if (more > 0) items.push(el('li', { text: `och ${more} till av samma slag (${note.name.toLowerCase()}).` }));
  return items;
}
