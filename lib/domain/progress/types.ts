/**
 * The plain inputs of progress judging. Deliberately not Prisma types: the DAL maps rows
 * (Decimal → number, Date → ISO string) so these functions stay pure and run in the browser too.
 */

export type TargetKind = "COUNT" | "CEILING" | "SHARE" | "YEARLY_QUOTA" | "GROWTH_RATE" | "RATIO" | "MILESTONE";
export type Comparator = "GTE" | "GT" | "LTE" | "LT" | "EQ" | "RANGE";

/** A yearly milestone: the value the target should have reached by the end of `year`. */
export interface TargetMilestone {
  year: number;
  value: number;
}

export interface ProgressTarget {
  kind: TargetKind;
  comparator: Comparator;
  /** null only for MILESTONE. */
  value: number | null;
  /** Upper bound of a RANGE. */
  valueHigh: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  deadlineYear: number;
  /** ISO date (YYYY-MM-DD); when absent the deadline is 31 December of deadlineYear. */
  deadlineDate: string | null;
  milestones?: TargetMilestone[];
}

/** The plan period. The plan starts on 1 January of startYear unless startDate (ISO) is given. */
export interface PlanPeriod {
  startYear: number;
  endYear: number;
  startDate?: string | null;
}

/**
 * One approved quarterly figure for the target. `value` is cumulative (COUNT, SHARE in % 0–100,
 * RATIO as x of x:1, CEILING), the year-to-date count for YEARLY_QUOTA, or the reported rate in %
 * for GROWTH_RATE. MILESTONE targets report `milestoneDone` (and optionally the date it was done).
 */
export interface ProgressObservation {
  year: number;
  quarter: number;
  value: number | null;
  milestoneDone?: boolean | null;
  milestoneDate?: string | null;
}

/** A calendar quarter, e.g. { year: 2025, quarter: 3 } = 2025年第3季度. */
export interface Quarter {
  year: number;
  quarter: number;
}
