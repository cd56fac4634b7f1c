import type { Classification, Finding } from '../../../src/lib/classifier/types.ts';

export function finding(partial: Partial<Finding> & Pick<Finding, 'label' | 'start' | 'end'>, text = ''): Finding {
  return {
    text: text.slice(partial.start, partial.end),
    matched: text.slice(partial.start, partial.end),
    methods: ['lexicon'],
    explanation: 'Förklaring.',
    severity: 'medium',
    confidence: 0.9,
    ...partial,
  };
}

export function classification(partial: Partial<Classification> = {}): Classification {
  const findings = partial.findings ?? [];
  return {
    labels: [...new Set(findings.map((f) => f.label))],
    question: false,
    findings,
    mustRemoveByLaw: findings.some((f) => f.lawGround),
    truncated: false,
    analysedLength: 0,
    ...partial,
  };
}
