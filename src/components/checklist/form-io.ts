import type { Answers, ChecklistDef } from '../../data/checklist/types.ts';
import { choicesOf, fieldsInOrder, isChoice, isShown, textOf } from '../../lib/checklist/fields.ts';
import { fieldHtmlId } from './ids.ts';

/** Every answer in the form, as typed: text untrimmed, choices as option values. */
export function readAnswers(form: HTMLFormElement, def: ChecklistDef): Answers {
  const answers: Answers = {};
  for (const field of fieldsInOrder(def)) {
    if (isChoice(field)) {
      const checked = [...form.querySelectorAll<HTMLInputElement>(`input[name="${field.id}"]:checked`)].map((i) => i.value);
      answers[field.id] = field.kind === 'radios' ? (checked[0] ?? '') : checked;
    } else {
      const control = form.elements.namedItem(field.id) as HTMLInputElement | HTMLTextAreaElement | null;
      answers[field.id] = control?.value ?? '';
    }
  }
  return answers;
}

/** Puts answers into the form; fields missing from `answers` are emptied. */
export function writeAnswers(form: HTMLFormElement, def: ChecklistDef, answers: Answers): void {
  for (const field of fieldsInOrder(def)) {
    if (isChoice(field)) {
      const chosen = new Set(choicesOf(answers, field.id));
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${field.id}"]`)) input.checked = chosen.has(input.value);
    } else {
      const control = form.elements.namedItem(field.id) as HTMLInputElement | HTMLTextAreaElement | null;
      if (control) control.value = textOf(answers, field.id);
    }
  }
  syncConditionals(form, def, answers);
}

/** Shows a follow-up question only when the answer it depends on is chosen; its text is kept either way. */
export function syncConditionals(form: HTMLFormElement, def: ChecklistDef, answers: Answers): void {
  for (const field of fieldsInOrder(def)) {
    if (!field.showWhen) continue;
    const container = form.querySelector<HTMLElement>(`#${fieldHtmlId(field.showWhen.field)}-conditional`);
    if (container) container.hidden = !isShown(field, answers);
  }
}
