import type { RuleLocation } from '../guideline/schema.ts';

/** A link from a question to the rule in the guideline that it comes from. */
export interface RuleLink {
  location: RuleLocation;
  /** Link text, e.g. "Läs regeln om inloggningsuppgifter". */
  text: string;
}

/** A field is only asked (and only required) when another field has a given answer. */
export interface ShowWhen {
  field: string;
  value: string;
}

export type TextKind = 'text' | 'email' | 'url' | 'date' | 'number' | 'textarea';
export type ChoiceKind = 'radios' | 'checkboxes';

interface FieldBase {
  /** Stable id: the key in drafts and JSON files, the HTML id (with a prefix) and the PDF form field name. */
  id: string;
  /** The question as the form asks it. */
  label: string;
  /** The short name used in the summary, the e-mail and error context. */
  shortLabel: string;
  hint?: string;
  rule?: RuleLink;
  required: boolean;
  showWhen?: ShowWhen;
  /** Taken into the e-mail's short summary (long answers stay in the PDF). */
  inMail?: boolean;
}

export interface TextMessages {
  required: string;
  tooLong: string;
  invalid?: string;
  tooSmall?: string;
  tooLarge?: string;
  future?: string;
  same?: string;
}

export interface TextFieldDef extends FieldBase {
  kind: TextKind;
  maxLength: number;
  /** Input width on screen: short for dates and numbers, long for addresses. */
  width?: 'short' | 'medium' | 'long';
  autocomplete?: string;
  /** Number fields: allowed range. */
  min?: number;
  max?: number;
  /** Date fields: the date cannot be later than today (an assignment already given). */
  notAfterToday?: boolean;
  /** Must differ from another field's answer (case-insensitive), e.g. the substitute's e-mail. */
  differentFrom?: string;
  messages: TextMessages;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceFieldDef extends FieldBase {
  kind: ChoiceKind;
  options: readonly ChoiceOption[];
  messages: { required: string };
}

export type FieldDef = TextFieldDef | ChoiceFieldDef;

/** Fields asked together under one legend (a fieldset), e.g. a person's name, title and e-mail. */
export interface GroupDef {
  id: string;
  legend?: string;
  hint?: string;
  rule?: RuleLink;
  fields: readonly FieldDef[];
}

export interface SectionDef {
  id: string;
  heading: string;
  intro?: string;
  groups: readonly GroupDef[];
}

/** One of the two people who decide, with what they fill in on paper or in the PDF. */
export interface DeciderDef {
  id: string;
  heading: string;
}

export interface DecisionDef {
  heading: string;
  intro: string;
  deciders: readonly DeciderDef[];
  outcomeLabel: string;
  outcomes: readonly ChoiceOption[];
  dateLabel: string;
  nameLabel: string;
  signatureLabel: string;
  commentLabel: string;
}

export interface ChecklistDef {
  title: string;
  sections: readonly SectionDef[];
  decision: DecisionDef;
}

/** What the person has typed and chosen: text as typed, choices as option values. */
export type Answers = Record<string, string | string[]>;
