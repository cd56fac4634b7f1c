export { answerDeadline, type AnswerDeadline, type SkippedDay } from './deadline.ts';
export { formatDateTimeSv, formatDaySv, formatDeadlineSv, formatSortableSv } from './format.ts';
export { easterSunday, isWorkingDay, nonWorkingReason, swedishHolidays, weekdayName, type Holiday } from './holidays.ts';
export { isoDate, isoTime, parseDateTimeLocal, parseWallClock, toMinutes, type CalendarDay, type WallClock } from './wall-clock.ts';
export { nowInSweden, parseCommentTime, wallClockInSweden } from './zoned.ts';
