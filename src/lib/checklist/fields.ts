import type { Answers, ChecklistDef, ChoiceFieldDef, FieldDef, TextFieldDef } from '../../data/checklist/types.ts';

/** Every field in the order the form asks them: the order of errors, the summary and the PDF. */
export function fieldsInOrder(def: ChecklistDef): FieldDef[] {
  return def.sections.flatMap((section) => section.groups.flatMap((group) => group.fields));
}

export function isChoice(field: FieldDef): field is ChoiceFieldDef {
  return field.kind === 'radios' || field.kind === 'checkboxes';
}

export function isText(field: FieldDef): field is TextFieldDef {
  return !isChoice(field);
}

/** The answer to a text field, as typed (an empty string when there is none). */
export function textOf(answers: Answers, id: string): string {
  const value = answers[id];
  return typeof value === 'string' ? value : '';
}

/** The chosen options of a choice field (radios give at most one). */
export function choicesOf(answers: Answers, id: string): string[] {
  const value = answers[id];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value ? [value] : [];
}

/** A conditional field counts only when the answer it depends on is chosen. */
export function isShown(field: FieldDef, answers: Answers): boolean {
  if (!field.showWhen) return true;
  return choicesOf(answers, field.showWhen.field).includes(field.showWhen.value);
}

/** An answer as people read it: text trimmed, choices as their labels in the form's order. Empty means not answered. */
export function displayValue(field: FieldDef, answers: Answers): string[] {
  if (isChoice(field)) {
    const chosen = new Set(choicesOf(answers, field.id));
    return field.options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  }
  const text = textOf(answers, field.id).trim();
  if (!text) return [];
  return [text];
}

/** Answers with every known field present, so a form can be filled from them without guessing. */
export function emptyAnswers(def: ChecklistDef): Answers {
  return Object.fromEntries(fieldsInOrder(def).map((f) => [f.id, f.kind === 'checkboxes' ? [] : '']));
}

/** True when nothing has been typed or chosen. */
export function isBlank(answers: Answers): boolean {
  return Object.values(answers).every((v) => (Array.isArray(v) ? v.length === 0 : v.trim() === ''));
}
