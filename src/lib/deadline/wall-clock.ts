/**
 * A local date and time on a Swedish wall clock, as a datetime-local field gives it. Deadlines are counted
 * on these values, never on instants, so a change to or from summer time never moves the hour.
 */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
}

/** A calendar day without a time, as used for holidays. */
export type CalendarDay = Pick<WallClock, 'year' | 'month' | 'day'>;

const MINUTES_PER_DAY = 24 * 60;

/** Days since 1970-01-01 on the proleptic Gregorian calendar: lets us step through days without time zones. */
export function dayNumber(d: CalendarDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Minutes since 1970-01-01 00:00 on the wall clock; a total order for comparing and adding. */
export function toMinutes(t: WallClock): number {
  return dayNumber(t) * MINUTES_PER_DAY + t.hour * 60 + t.minute;
}

export function fromMinutes(total: number): WallClock {
  const days = Math.floor(total / MINUTES_PER_DAY);
  const rest = total - days * MINUTES_PER_DAY;
  return { ...fromDayNumber(days), hour: Math.floor(rest / 60), minute: rest % 60 };
}

/** 0 = Sunday … 6 = Saturday, like Date.getDay(). */
export function weekday(d: CalendarDay): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(dayNumber(d) + days);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-12-02", the value of a date field. */
export function isoDate(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "15:00", the value of a time field. */
export function isoTime(t: Pick<WallClock, 'hour' | 'minute'>): string {
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = fromDayNumber(dayNumber({ year, month, day }));
  return back.year === year && back.month === month && back.day === day;
}

/**
 * Reads the values of a date field ("2026-12-02") and a time field ("15:00" or "15:00:30").
 * Returns null for anything that is not a real date and time, so a half-typed field never gives a deadline.
 */
export function parseWallClock(date: string, time: string): WallClock | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2}(?:\.\d+)?)?$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

/** Reads a datetime-local value, "2026-12-02T15:00". */
export function parseDateTimeLocal(value: string): WallClock | null {
  const [date = '', time = ''] = value.trim().split('T');
  return parseWallClock(date, time);
}
