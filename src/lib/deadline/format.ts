import { weekdayName } from './holidays.ts';
import { addDays, type CalendarDay, type WallClock } from './wall-clock.ts';

const monthNames = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** "måndag 2 december 2026" */
export function formatDaySv(day: CalendarDay): string {
  return `${weekdayName(day)} ${day.day} ${monthNames[day.month - 1] ?? ''} ${day.year}`;
}

/**
 * "måndag 2 december 2026 kl. 15.00", the way Swedish public bodies write times (Språkrådet: kl. 15.00).
 * A deadline at exactly midnight is the end of the day before and reads "kl. 24.00" on that day, so nobody
 * thinks they have the whole next day.
 */
export function formatDateTimeSv(t: WallClock, { midnightAsEndOfDay = false } = {}): string {
  if (midnightAsEndOfDay && t.hour === 0 && t.minute === 0) {
    return `${formatDaySv(addDays(t, -1))} kl. 24.00`;
  }
  return `${formatDaySv(t)} kl. ${pad(t.hour)}.${pad(t.minute)}`;
}

/** "senast måndag 2 december 2026 kl. 15.00" */
export function formatDeadlineSv(deadline: WallClock): string {
  return `senast ${formatDateTimeSv(deadline, { midnightAsEndOfDay: true })}`;
}

/** "2026-12-02 15:00", for tables and CSV files that are sorted by text. */
export function formatSortableSv(t: WallClock): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}
