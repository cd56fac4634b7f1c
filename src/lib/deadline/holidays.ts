import { addDays, isoDate, weekday, type CalendarDay } from './wall-clock.ts';

export interface Holiday {
  /** "2026-04-03" */
  date: string;
  name: string;
  /**
   * 'public': a public holiday by law (lag 1989:253 om allmänna helgdagar, plus Nationaldagen).
   * 'de-facto': julafton, midsommarafton and nyårsafton are not public holidays by law, but most employers,
   * the public sector included, give them off, so nobody is expected to answer comments then.
   */
  kind: 'public' | 'de-facto';
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), valid for every Gregorian year. */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The first day with the given weekday (0 = Sunday) on or after the given day. */
function firstWeekdayFrom(start: CalendarDay, wanted: number): CalendarDay {
  return addDays(start, (wanted - weekday(start) + 7) % 7);
}

const cache = new Map<number, Holiday[]>();

/**
 * Every day in the year that is not a working day apart from ordinary weekends: Sweden's public holidays and
 * the three eves most employers give off. Holidays that always fall on a Sunday or Saturday (påskdagen,
 * pingstdagen, midsommardagen, alla helgons dag) are listed too, so the tool can name them.
 */
export function swedishHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): CalendarDay => ({ year, month, day });
  const list: [CalendarDay, string, Holiday['kind']][] = [
    [fixed(1, 1), 'nyårsdagen', 'public'],
    [fixed(1, 6), 'trettondedag jul', 'public'],
    [addDays(easter, -2), 'långfredagen', 'public'],
    [addDays(easter, -1), 'påskafton', 'de-facto'],
    [easter, 'påskdagen', 'public'],
    [addDays(easter, 1), 'annandag påsk', 'public'],
    [fixed(5, 1), 'första maj', 'public'],
    [addDays(easter, 39), 'Kristi himmelsfärds dag', 'public'],
    [addDays(easter, 49), 'pingstdagen', 'public'],
    [fixed(6, 6), 'Sveriges nationaldag', 'public'],
    // Midsommarafton is the Friday between 19 and 25 June; midsommardagen the Saturday after it.
    [firstWeekdayFrom(fixed(6, 19), 5), 'midsommarafton', 'de-facto'],
    [firstWeekdayFrom(fixed(6, 20), 6), 'midsommardagen', 'public'],
    // Alla helgons dag is the Saturday between 31 October and 6 November.
    [firstWeekdayFrom(fixed(10, 31), 6), 'alla helgons dag', 'public'],
    [fixed(12, 24), 'julafton', 'de-facto'],
    [fixed(12, 25), 'juldagen', 'public'],
    [fixed(12, 26), 'annandag jul', 'public'],
    [fixed(12, 31), 'nyårsafton', 'de-facto'],
  ];
  const holidays = list
    .map(([day, name, kind]) => ({ date: isoDate(day), name, kind }))
    .sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, holidays);
  return holidays;
}

const weekdayNames = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** The Swedish name of the day of the week, "måndag". */
export function weekdayName(day: CalendarDay): string {
  return weekdayNames[weekday(day)] ?? '';
}

/**
 * Why a day is not a working day ("lördag", "långfredagen"), or null on a working day.
 * A holiday's name wins over the weekday, so a Saturday holiday reads as the holiday.
 */
export function nonWorkingReason(day: CalendarDay): string | null {
  const date = isoDate(day);
  const holiday = swedishHolidays(day.year).find((h) => h.date === date);
  if (holiday) return holiday.name;
  const wd = weekday(day);
  return wd === 0 || wd === 6 ? (weekdayNames[wd] ?? null) : null;
}

export function isWorkingDay(day: CalendarDay): boolean {
  return nonWorkingReason(day) === null;
}
