import type { CommentLabelId } from '../../data/guideline/labels.ts';
import type { LearnedModel } from './learned/types.ts';

export type { CommentLabelId };

export interface ClassifyOptions {
  /** E-mail domains that belong to the organisation; addresses there are not personal data to remove. */
  ownEmailDomains?: readonly string[];
  /** Longer input is cut here (default 100 000 UTF-16 units) and `truncated` is set. */
  maxLength?: number;
  /**
   * Called with the id of every rule that contributed a finding ("p12:spam" for the 13th pattern of
   * `patternLists` finding spam, "w:insult:idiot" for a word): lets reviewers see which rules ever fire.
   */
  onRule?: (rule: string) => void;
  /** Called with the learned model's features of the comment (for training it on exactly what classify sees). */
  onFeatures?: (features: ReadonlyMap<string, number>) => void;
  /** The learned model to use after the rules (default: the trained one; `{}` for the rules alone). */
  model?: LearnedModel;
}

export type DetectionMethod =
  | 'lexicon'
  | 'pattern'
  | 'leetspeak'
  | 'spaced-letters'
  | 'repeated-letters'
  | 'homoglyph'
  | 'missing-diacritics'
  | 'invisible-characters'
  | 'fullwidth'
  | 'compound'
  | 'checksum'
  | 'context'
  /** The learned model (learned/), not a rule. */
  | 'learned';

export type Severity = 'low' | 'medium' | 'high';

export interface Finding {
  label: CommentLabelId;
  /** UTF-16 offsets into the original string as typed. */
  start: number;
  end: number;
  /** Exactly original.slice(start, end). */
  text: string;
  /** The canonical form that matched, e.g. 'jävla'. */
  matched: string;
  methods: DetectionMethod[];
  /** Plain Swedish for staff. */
  explanation: string;
  severity: Severity;
  confidence: number;
  /** Id from removalDuty.lawGrounds when lag (1998:112) 5 § obliges removal. */
  lawGround?: string;
}

export interface Classification {
  labels: CommentLabelId[];
  question: boolean;
  findings: Finding[];
  mustRemoveByLaw: boolean;
  truncated: boolean;
  analysedLength: number;
}
