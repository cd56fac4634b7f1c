import type { Answers, ChecklistDef } from '../../data/checklist/types.ts';
import { documentMeta } from '../../data/guideline/document.ts';

/** pdf-lib is large: it is fetched from our own server the first time someone asks for a PDF, never before. */
const loadBuilder = () => import('../../lib/checklist/pdf.ts');

export async function filledPdf(def: ChecklistDef, answers: Answers, today: string): Promise<Uint8Array> {
  const { buildChecklistPdf } = await loadBuilder();
  const result = await buildChecklistPdf({ def, answers, meta: documentMeta, now: new Date(), today });
  return result.bytes;
}

export async function blankPdf(def: ChecklistDef): Promise<Uint8Array> {
  const { buildBlankChecklistPdf } = await loadBuilder();
  return buildBlankChecklistPdf({ def, meta: documentMeta, now: new Date() });
}

/** True where the browser can share a PDF file directly (mostly phones and tablets). */
export function canSharePdf(): boolean {
  try {
    const probe = new File([new Uint8Array([37])], 'checklista.pdf', { type: 'application/pdf' });
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}
