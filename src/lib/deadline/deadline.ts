import { nonWorkingReason } from './holidays.ts';
import { fromMinutes, isoDate, toMinutes, type CalendarDay, type WallClock } from './wall-clock.ts';

export interface SkippedDay {
  date: string;
  /** "lördag", "långfredagen" */
  reason: string;
}

export interface AnswerDeadline {
  arrival: WallClock;
  /** When the answer is due at the latest. Exactly midnight means the end of the day before. */
  deadline: WallClock;
  /** The days between arrival and deadline on which the clock stood still. */
  skipped: SkippedDay[];
  /** True when the comment came on a weekend or holiday, so the clock only started on the next working day. */
  startedLater: boolean;
}

const MINUTES_PER_DAY = 24 * 60;
/** More than any run of non-working days (the longest is about five): a guard against an endless loop. */
const MAX_DAYS = 400;

/**
 * The guideline's answer rule: a question is answered within `hours` hours counted on weekdays only.
 * The clock runs on working days (whole days, midnight to midnight) and stands still on weekends and
 * holidays: Friday 15:00 plus 24 hours is Monday 15:00.
 */
export function answerDeadline(arrival: WallClock, hours: number): AnswerDeadline {
  let remaining = Math.max(0, Math.round(hours * 60));
  let cursor = toMinutes(arrival);
  const skipped: SkippedDay[] = [];
  let startedLater = false;
  let first = true;
  for (let guard = 0; guard < MAX_DAYS; guard++) {
    const now = fromMinutes(cursor);
    const day: CalendarDay = { year: now.year, month: now.month, day: now.day };
    const minuteOfDay = now.hour * 60 + now.minute;
    const nextMidnight = cursor - minuteOfDay + MINUTES_PER_DAY;
    const reason = nonWorkingReason(day);
    if (reason !== null) {
      if (first) startedLater = true;
      skipped.push({ date: isoDate(day), reason });
      cursor = nextMidnight;
    } else {
      const left = MINUTES_PER_DAY - minuteOfDay;
      if (remaining <= left) {
        cursor += remaining;
        remaining = 0;
        break;
      }
      remaining -= left;
      cursor = nextMidnight;
    }
    first = false;
  }
  return { arrival, deadline: fromMinutes(cursor), skipped, startedLater };
}
