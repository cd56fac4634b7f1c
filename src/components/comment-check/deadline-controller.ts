import {
  answerDeadline,
  formatDaySv,
  formatDeadlineSv,
  isoDate,
  isoTime,
  nowInSweden,
  parseWallClock,
  type AnswerDeadline,
} from '../../lib/deadline/index.ts';

/** "lördag 28 november", plus the holiday's name when the day has one: "fredag 3 april (långfredagen)". */
function skippedDayText(date: string, reason: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = formatDaySv({ year, month, day }).replace(/ \d{4}$/, '');
  return name.startsWith(reason) ? name : `${name} (${reason})`;
}

function whyText(result: AnswerDeadline): string {
  const parts: string[] = [];
  if (result.startedLater) parts.push('Kommentaren kom på en ledig dag, så tiden börjar räknas nästa vardag kl. 00.00.');
  const days = result.skipped.map((d) => skippedDayText(d.date, d.reason));
  if (days.length === 1) parts.push(`${capitalise(days[0] ?? '')} räknas inte.`);
  if (days.length > 1) parts.push(`De här dagarna räknas inte: ${days.slice(0, -1).join(', ')} och ${days[days.length - 1]}.`);
  if (parts.length === 0) parts.push('Inga lediga dagar ligger emellan.');
  return parts.join(' ');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The answer deadline for a question: arrival time fields (now by default) and the deadline in words. */
export class DeadlineController {
  private readonly date: HTMLInputElement;
  private readonly time: HTMLInputElement;
  private readonly due: HTMLElement;
  private readonly why: HTMLElement;
  private readonly error: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly hours: number;
  private edited = false;

  constructor(panel: HTMLElement, hours: number) {
    this.panel = panel;
    this.hours = hours;
    const q = <T extends Element>(selector: string): T => panel.querySelector<T>(selector)!;
    this.date = q('[data-arrival-date]');
    this.time = q('[data-arrival-time]');
    this.due = q('[data-deadline-due]');
    this.why = q('[data-deadline-why]');
    this.error = q('[data-arrival-error]');
    for (const field of [this.date, this.time]) {
      field.addEventListener('input', () => {
        this.edited = true;
        this.update();
      });
    }
  }

  /** Shows the panel for a question; the arrival time starts as now unless the person has set it. */
  show(question: boolean): void {
    if (question && this.panel.hidden && !this.edited) {
      const now = nowInSweden();
      this.date.value = isoDate(now);
      this.time.value = isoTime(now);
    }
    this.panel.hidden = !question;
    if (question) this.update();
  }

  private update(): void {
    const arrival = parseWallClock(this.date.value, this.time.value);
    const invalid = arrival === null;
    this.error.hidden = !invalid;
    for (const field of [this.date, this.time]) {
      field.setAttribute('aria-describedby', invalid ? 'kt-arrival-hint kt-arrival-error' : 'kt-arrival-hint');
      if (invalid) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    }
    if (!arrival) {
      this.due.textContent = '';
      this.why.textContent = '';
      return;
    }
    const result = answerDeadline(arrival, this.hours);
    const text = `Svara ${formatDeadlineSv(result.deadline)}.`;
    if (this.due.textContent !== text) this.due.textContent = text;
    this.why.textContent = whyText(result);
  }
}
