import { z } from 'zod';

import { ruleLocation } from '../guideline/schema.ts';
import { fieldsInOrder, isChoice } from '../../lib/checklist/fields.ts';
import { isEmail, isIsoDate, isWebAddress, parseHours } from '../../lib/checklist/formats.ts';
import type { ChecklistDef, FieldDef, TextFieldDef } from './types.ts';

/**
 * The zod side of the checklist. `checklistDefSchema` checks the field definitions themselves at build
 * time; `answersSchema` is the validator derived from them. The browser validates with the same
 * definitions through `validateChecklist` (zod stays out of its bundle); a unit test proves both agree.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const text = z.string().trim().min(1);
const ruleLink = z.object({ location: ruleLocation, text });
const option = z.object({ value: id, label: text, hint: text.optional() });

const base = {
  id,
  label: text,
  shortLabel: text,
  hint: text.optional(),
  rule: ruleLink.optional(),
  required: z.boolean(),
  showWhen: z.object({ field: id, value: id }).optional(),
  inMail: z.boolean().optional(),
};

const textField = z
  .object({
    ...base,
    kind: z.enum(['text', 'email', 'url', 'date', 'number', 'textarea']),
    maxLength: z.number().int().positive(),
    width: z.enum(['short', 'medium', 'long']).optional(),
    autocomplete: text.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    notAfterToday: z.boolean().optional(),
    differentFrom: id.optional(),
    messages: z.object({
      required: text,
      tooLong: text,
      invalid: text.optional(),
      tooSmall: text.optional(),
      tooLarge: text.optional(),
      future: text.optional(),
      same: text.optional(),
    }),
  })
  .check((ctx) => {
    const f = ctx.value;
    const need = (key: keyof typeof f.messages, why: string) => {
      if (!f.messages[key]) ctx.issues.push({ code: 'custom', input: f, message: `${f.id}: messages.${key} saknas (${why})` });
    };
    if (['email', 'url', 'date', 'number'].includes(f.kind)) need('invalid', `fältet är av typen ${f.kind}`);
    if (f.min !== undefined) need('tooSmall', 'fältet har min');
    if (f.max !== undefined) need('tooLarge', 'fältet har max');
    if (f.notAfterToday) need('future', 'fältet har notAfterToday');
    if (f.differentFrom) need('same', 'fältet har differentFrom');
  });

const choiceField = z.object({
  ...base,
  kind: z.enum(['radios', 'checkboxes']),
  options: z.array(option).min(1),
  messages: z.object({ required: text }),
});

const field = z.discriminatedUnion('kind', [textField, choiceField]);

export const checklistDefSchema = z
  .object({
    title: text,
    sections: z
      .array(
        z.object({
          id,
          heading: text,
          intro: text.optional(),
          groups: z.array(z.object({ id, legend: text.optional(), hint: text.optional(), rule: ruleLink.optional(), fields: z.array(field).min(1) })).min(1),
        }),
      )
      .min(1),
    decision: z.object({
      heading: text,
      intro: text,
      deciders: z.array(z.object({ id, heading: text })).min(1),
      outcomeLabel: text,
      outcomes: z.array(option).min(2),
      dateLabel: text,
      nameLabel: text,
      signatureLabel: text,
      commentLabel: text,
    }),
  })
  .check((ctx) => {
    const def = ctx.value as ChecklistDef;
    const fields = fieldsInOrder(def);
    const seen = new Map<string, FieldDef>();
    const problem = (message: string) => ctx.issues.push({ code: 'custom', input: def, message });
    const groupIds = def.sections.flatMap((s) => [s.id, ...s.groups.map((g) => g.id)]);
    for (const f of fields) {
      if (seen.has(f.id) || groupIds.includes(f.id)) problem(`id ${f.id} finns två gånger`);
      if (f.showWhen) {
        const source = seen.get(f.showWhen.field);
        if (!source || !isChoice(source) || !source.options.some((o) => o.value === f.showWhen!.value)) {
          problem(`${f.id}: showWhen måste peka på ett tidigare val med alternativet ${f.showWhen.value}`);
        }
      }
      if (!isChoice(f) && f.differentFrom && !seen.has(f.differentFrom)) problem(`${f.id}: differentFrom pekar på ett okänt eller senare fält`);
      seen.set(f.id, f);
    }
    if (new Set(groupIds).size !== groupIds.length) problem('avsnitt och grupper måste ha unika id');
  });

/** One text answer as zod sees it; the checks run in the same order as `textFieldProblem`. */
function textAnswer(f: TextFieldDef, today: string) {
  const m = f.messages;
  const fallback = (message: string | undefined) => message ?? m.invalid ?? m.required;
  let schema = z.string().trim();
  if (f.required) schema = schema.min(1, { error: m.required, abort: true });
  schema = schema.max(f.maxLength, { error: m.tooLong, abort: true });
  const filled = (check: (v: string) => boolean) => (v: string) => v === '' || check(v);
  switch (f.kind) {
    case 'email':
      return schema.refine(filled(isEmail), { error: fallback(m.invalid), abort: true });
    case 'url':
      return schema.refine(filled(isWebAddress), { error: fallback(m.invalid), abort: true });
    case 'date':
      return schema
        .refine(filled(isIsoDate), { error: fallback(m.invalid), abort: true })
        .refine(filled((v) => !f.notAfterToday || v <= today), { error: fallback(m.future), abort: true });
    case 'number':
      return schema
        .refine(filled((v) => parseHours(v) !== null), { error: fallback(m.invalid), abort: true })
        .refine(filled((v) => f.min === undefined || parseHours(v)! >= f.min), { error: fallback(m.tooSmall), abort: true })
        .refine(filled((v) => f.max === undefined || parseHours(v)! <= f.max), { error: fallback(m.tooLarge), abort: true });
    default:
      return schema;
  }
}

/**
 * The validator derived from the definitions: answers to hidden conditional fields are ignored, and
 * every issue's path is the field's id.
 */
export function answersSchema(def: ChecklistDef, options: { today: string }) {
  const fields = fieldsInOrder(def);
  const textSchemas = new Map(fields.filter((f) => !isChoice(f)).map((f) => [f.id, textAnswer(f as TextFieldDef, options.today)]));
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    shape[f.id] = isChoice(f) ? z.union([z.string(), z.array(z.string())]).optional() : z.string().optional();
  }
  return z.looseObject(shape).check((ctx) => {
    const answers = ctx.value as Record<string, unknown>;
    const chosen = (fieldId: string): string[] => {
      const v = answers[fieldId];
      return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
    };
    for (const f of fields) {
      if (f.showWhen && !chosen(f.showWhen.field).includes(f.showWhen.value)) continue;
      if (isChoice(f)) {
        const known = chosen(f.id).filter((v) => f.options.some((o) => o.value === v));
        if (f.required && known.length === 0) ctx.issues.push({ code: 'custom', input: answers[f.id], path: [f.id], message: f.messages.required });
        continue;
      }
      const raw = typeof answers[f.id] === 'string' ? (answers[f.id] as string) : '';
      const result = textSchemas.get(f.id)!.safeParse(raw);
      let message = result.success ? null : result.error.issues[0]!.message;
      if (!message && f.differentFrom) {
        const other = typeof answers[f.differentFrom] === 'string' ? (answers[f.differentFrom] as string).trim().toLowerCase() : '';
        if (other && other === raw.trim().toLowerCase()) message = f.messages.same ?? f.messages.invalid ?? f.messages.required;
      }
      if (message) ctx.issues.push({ code: 'custom', input: raw, path: [f.id], message });
    }
  });
}
