import type { Answers, ChecklistDef } from '../../data/checklist/types.ts';
import { displayValue, fieldsInOrder, isShown } from '../../lib/checklist/fields.ts';

/** Fills "Kontrollera dina svar" from the answers; follow-up rows show only when their question was asked. */
export function fillSummary(root: ParentNode, def: ChecklistDef, answers: Answers): void {
  for (const field of fieldsInOrder(def)) {
    const row = root.querySelector<HTMLElement>(`[data-summary-row="${field.id}"]`);
    const cell = root.querySelector<HTMLElement>(`[data-summary-value="${field.id}"]`);
    if (!row || !cell) continue;
    row.hidden = !isShown(field, answers);
    const values = displayValue(field, answers);
    if (values.length === 0) {
      const empty = document.createElement('span');
      empty.className = 'f-summary-list__empty';
      empty.textContent = 'Inte ifyllt';
      cell.replaceChildren(empty);
    } else if (values.length > 1) {
      const list = document.createElement('ul');
      for (const value of values) {
        const li = document.createElement('li');
        li.textContent = value;
        list.append(li);
      }
      cell.replaceChildren(list);
    } else {
      cell.textContent = values[0]!;
    }
  }
}
