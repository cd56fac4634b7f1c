import type { WallClock } from './wall-clock.ts';

export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

let formatter: Intl.DateTimeFormat | undefined;

/** What a clock in Sweden showed at an instant: exported comments carry instants, the deadline rule needs the wall clock. */
export function wallClockInSweden(instant: Date): WallClock | null {
  if (Number.isNaN(instant.getTime())) return null;
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: SWEDISH_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute } = parts;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return null;
  return { year, month, day, hour, minute };
}

/** Parses the time of a comment in an export: an ISO date and time with or without a zone, or a Unix timestamp in seconds or milliseconds. */
export function parseCommentTime(raw: string): WallClock | null {
  const value = raw.trim();
  if (value === '') return null;
  if (/^\d{9,13}$/.test(value)) {
    const n = Number(value);
    return wallClockInSweden(new Date(value.length > 11 ? n : n * 1000));
  }
  // A time without a zone is already Swedish wall-clock time: read it as it stands.
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?$/.exec(value);
  if (local) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(local[i] ?? 0)) as [number, number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
    return { year, month, day, hour, minute };
  }
  // With a zone (Z, +01:00, +0000): an instant.
  const zoned = /^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$/i.exec(value);
  if (zoned) {
    const normalised = value.replace(' ', 'T').replace(/\s+/g, '').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    return wallClockInSweden(new Date(normalised));
  }
  return null;
}

/** The current wall-clock time in Sweden, whatever zone the computer is set to. */
export function nowInSweden(now: Date = new Date()): WallClock {
  return wallClockInSweden(now) ?? { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), hour: now.getHours(), minute: now.getMinutes() };
}
