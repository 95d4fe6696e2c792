import type { Comparator, TargetKind } from "../generated/prisma/enums";

/**
 * The fields of a target whose change is a revision (issue #7): a revised target keeps its
 * history, and each quarter is judged against the target that was in force then.
 */
export interface RevisableTargetFields {
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  deadlineYear: number;
  /** ISO day ("2025-12-31") or null. */
  deadlineDate: string | null;
  kind: TargetKind;
}

export const REVISABLE_FIELDS = ["comparator", "value", "valueHigh", "deadlineYear", "deadlineDate", "kind"] as const satisfies readonly (keyof RevisableTargetFields)[];

/** One TargetRevision as the database keeps it: `version` is the version it replaced. */
export interface TargetRevisionFacts {
  version: number;
  before: Partial<RevisableTargetFields>;
  after: Partial<RevisableTargetFields>;
  /** The first day the new values apply. */
  effectiveFrom: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The target values in force on `date`. The original values are those before the first
 * revision; every revision whose effectiveFrom is on or before the date then applies in
 * version order, so a later revision supersedes an earlier one. A revision that takes effect
 * after the date is not yet in force, even though it is already stored.
 */
export function targetInForce(current: RevisableTargetFields, revisions: readonly TargetRevisionFacts[], date: Date): RevisableTargetFields {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  if (ordered.length === 0) return { ...current };
  let values: RevisableTargetFields = { ...current, ...pick(ordered[0].before) };
  const on = day(date);
  for (const r of ordered) {
    if (day(r.effectiveFrom) <= on) values = { ...values, ...pick(r.after) };
  }
  return values;
}

/** Only the revisable fields, so stray keys in the stored JSON never leak into the result. */
function pick(fields: Partial<RevisableTargetFields>): Partial<RevisableTargetFields> {
  const out: Partial<Record<keyof RevisableTargetFields, unknown>> = {};
  for (const key of REVISABLE_FIELDS) if (key in fields) out[key] = fields[key];
  return out as Partial<RevisableTargetFields>;
}
