import type { CommentLabelId } from '../../data/guideline/labels.ts';

/** What the browser needs to know about a rule; built from the shared rule data at build time. */
export interface RuleInfo {
  id: CommentLabelId;
  /** The guideline's own words. */
  wording: string;
  shortName: string;
  whatToDo: string;
  /** Link to the rule's anchor on /riktlinjer/, base path included. */
  href: string;
}

/** Everything the checker reads from the guideline and the site's settings, passed to the browser as data, not code. */
export interface CheckerData {
  rules: RuleInfo[];
  law: {
    /** "lagen (1998:112) om ansvar för elektroniska anslagstavlor, 5 §" */
    name: string;
    grounds: { id: string; name: string }[];
    /** The guideline's own words on removal. */
    wording: string;
    href: string;
  };
  answer: { hours: number; wording: string; href: string };
  ownEmailDomains: string[];
}

export type VerdictKind = 'publish' | 'remove' | 'personal-data' | 'remove-by-law';
