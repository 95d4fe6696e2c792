import type { Comparator, TargetKind } from "../generated/prisma/enums";

/**
 * The fields of a target whose change is a revision (issue #7): a revised target keeps its
 * history, and each quarter is judged against the target that was in force then. These are
 * exactly the inputs lib/domain/progress judges a target by (ProgressTarget).
 */
export interface RevisableTargetFields {
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  deadlineYear: number;
  /** ISO day ("2025-12-31") or null. */
  deadlineDate: string | null;
  kind: TargetKind;
  baselineValue: number | null;
  baselineYear: number | null;
  /** Yearly milestones, oldest first. */
  milestones: { year: number; value: number }[];
}

// Revisions written before baselines and milestones were revisable lack those keys: for them
// the current values apply throughout, as they did when those revisions were made.
export const REVISABLE_FIELDS = ["comparator", "value", "valueHigh", "deadlineYear", "deadlineDate", "kind", "baselineValue", "baselineYear", "milestones"] as const satisfies readonly (keyof RevisableTargetFields)[];

/**
 * What a TargetRevision records before and after: the judged fields, and the rest of what the
 * target commits to and where it comes from — the other places the plan states it and the
 * responsible units (named as they were then). Those two change no judgement.
 */
export interface TargetRevisionSnapshot extends RevisableTargetFields {
  citations: { sourceFile: string; quote: string }[];
  /** In the plan's order; isLead marks the 牵头 units. */
  units: { unitId: string; name: string; isLead: boolean }[];
}

export const REVISION_FIELDS = [...REVISABLE_FIELDS, "citations", "units"] as const satisfies readonly (keyof TargetRevisionSnapshot)[];

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
 * The target values in force on `date`. The original value of each field is the one before
 * the first revision that records it (older revisions do not record baselines and
 * milestones); every revision whose effectiveFrom is on or before the date then applies in
 * version order, so a later revision supersedes an earlier one. A revision that takes effect
 * after the date is not yet in force, even though it is already stored.
 */
export function targetInForce<T extends RevisableTargetFields>(current: T, revisions: readonly TargetRevisionFacts[], date: Date): T {
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  let values: T = { ...current };
  for (const r of ordered.toReversed()) values = { ...values, ...pick(r.before) };
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
