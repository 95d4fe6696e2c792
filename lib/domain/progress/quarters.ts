import { formatQuarter } from "../../i18n";
import { dayOf, isoFromDay, chinaDay, type CalendarDay } from "./calendar";
import type { Quarter } from "./types";

function assertQuarter(q: Quarter): void {
  if (!Number.isInteger(q.year) || !Number.isInteger(q.quarter) || q.quarter < 1 || q.quarter > 4) {
    throw new RangeError(`Not a quarter: ${q.year}Q${q.quarter}`);
  }
}

/** A running number, one per quarter, so quarters subtract and compare as integers. */
export function quarterIndex(q: Quarter): number {
  assertQuarter(q);
  return q.year * 4 + (q.quarter - 1);
}

const fromIndex = (index: number): Quarter => ({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });

/** Negative when a is earlier than b, 0 when the same quarter, positive when later (for Array.sort). */
export const compareQuarters = (a: Quarter, b: Quarter): number => quarterIndex(a) - quarterIndex(b);

export const sameQuarter = (a: Quarter, b: Quarter): boolean => compareQuarters(a, b) === 0;

export const previousQuarter = (q: Quarter): Quarter => fromIndex(quarterIndex(q) - 1);

export const nextQuarter = (q: Quarter): Quarter => fromIndex(quarterIndex(q) + 1);

export function quarterOfDay(day: CalendarDay): Quarter {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), quarter: Math.floor(date.getUTCMonth() / 3) + 1 };
}

/** The quarter an instant falls in, on the China calendar. */
export const quarterOf = (instant: Date): Quarter => quarterOfDay(chinaDay(instant));

export function quarterStartDay(q: Quarter): CalendarDay {
  assertQuarter(q);
  return dayOf(q.year, (q.quarter - 1) * 3 + 1, 1);
}

/** The last day of the quarter (31 March, 30 June, 30 September, 31 December). */
export const quarterEndDay = (q: Quarter): CalendarDay => quarterStartDay(nextQuarter(q)) - 1;

/** "2025-09-30" for 2025Q3. */
export const quarterEndDate = (q: Quarter): string => isoFromDay(quarterEndDay(q));

/** "2025年第3季度" */
export function quarterLabel(q: Quarter): string {
  assertQuarter(q);
  return formatQuarter(q.year, q.quarter);
}

/** Every quarter from `from` to `to`, both included; empty when `to` is before `from`. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const result: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) result.push(fromIndex(i));
  return result;
}
