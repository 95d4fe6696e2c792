/**
 * Calendar days as integers (days since 1970-01-01), so date arithmetic is exact and free of
 * time zones. The platform's calendar is China Standard Time (UTC+8, no daylight saving since
 * 1991): an instant is placed on the day it is in Beijing.
 */

const MS_PER_DAY = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export type CalendarDay = number;

export const dayOf = (year: number, month: number, day: number): CalendarDay => Date.UTC(year, month - 1, day) / MS_PER_DAY;

/** "2025-08-31" → its day number. Throws on anything but a real YYYY-MM-DD date. */
export function dayFromIso(iso: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayOf(year, month, day);
  if (isoFromDay(result) !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
  return result;
}

export const isoFromDay = (day: CalendarDay): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The day an instant falls on in China. */
export const chinaDay = (instant: Date): CalendarDay => Math.floor((instant.getTime() + CHINA_OFFSET_MS) / MS_PER_DAY);

export const yearOfDay = (day: CalendarDay): number => new Date(day * MS_PER_DAY).getUTCFullYear();

/** Share of [from, to) covered at the END of day `at`, clamped to 0..1. `from`/`to` are day boundaries. */
export function elapsedShare(from: CalendarDay, to: CalendarDay, at: CalendarDay): number {
  if (to <= from) return at + 1 > from ? 1 : 0;
  return Math.min(1, Math.max(0, (at + 1 - from) / (to - from)));
}
