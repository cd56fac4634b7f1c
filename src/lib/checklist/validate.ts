import type { Answers, ChecklistDef, FieldDef, TextFieldDef } from '../../data/checklist/types.ts';
import { choicesOf, fieldsInOrder, isChoice, isShown, textOf } from './fields.ts';
import { isEmail, isIsoDate, isWebAddress, parseHours } from './formats.ts';

export interface FieldError {
  fieldId: string;
  message: string;
}

export interface ValidateOptions {
  /** Today as yyyy-mm-dd, for dates that cannot be in the future. */
  today: string;
}

/** The first problem with one text answer, checked in a fixed order: missing, too long, wrong format, out of range. */
export function textFieldProblem(field: TextFieldDef, raw: string, answers: Answers, options: ValidateOptions): string | null {
  const value = raw.trim();
  const m = field.messages;
  if (!value) return field.required ? m.required : null;
  if (value.length > field.maxLength) return m.tooLong;
  switch (field.kind) {
    case 'email':
      if (!isEmail(value)) return m.invalid ?? m.required;
      break;
    case 'url':
      if (!isWebAddress(value)) return m.invalid ?? m.required;
      break;
    case 'date':
      if (!isIsoDate(value)) return m.invalid ?? m.required;
      if (field.notAfterToday && value > options.today) return m.future ?? m.invalid ?? m.required;
      break;
    case 'number': {
      const hours = parseHours(value);
      if (hours === null) return m.invalid ?? m.required;
      if (field.min !== undefined && hours < field.min) return m.tooSmall ?? m.invalid ?? m.required;
      if (field.max !== undefined && hours > field.max) return m.tooLarge ?? m.invalid ?? m.required;
      break;
    }
    default:
      break;
  }
  if (field.differentFrom) {
    const other = textOf(answers, field.differentFrom).trim().toLowerCase();
    if (other && other === value.toLowerCase()) return m.same ?? m.invalid ?? m.required;
  }
  return null;
}

/** The problem with one field's answer, or null. Hidden conditional fields never have one. */
export function fieldProblem(field: FieldDef, answers: Answers, options: ValidateOptions): string | null {
  if (!isShown(field, answers)) return null;
  if (isChoice(field)) {
    const known = new Set(field.options.map((o) => o.value));
    const chosen = choicesOf(answers, field.id).filter((v) => known.has(v));
    return field.required && chosen.length === 0 ? field.messages.required : null;
  }
  return textFieldProblem(field, textOf(answers, field.id), answers, options);
}

/** GOV.UK's rule: check everything on submit and list every problem, one per field, in the order of the form. */
export function validateChecklist(def: ChecklistDef, answers: Answers, options: ValidateOptions): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fieldsInOrder(def)) {
    const message = fieldProblem(field, answers, options);
    if (message) errors.push({ fieldId: field.id, message });
  }
  return errors;
}
