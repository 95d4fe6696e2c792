import { z } from "zod";
import { Aggregation, Comparator, TargetKind } from "../generated/prisma/enums";
import { m } from "../i18n";
import { ZCitationRows, ZMilestoneRows, citationIssues, milestoneIssues } from "./target-parts";
import { ZUnitLinks } from "./unit-links";
import { isoDay, lf, optionalDay, optionalFigure, optionalId, optionalLongText, optionalText, optionalYear, recordCode, requiredText, requiredYear, ZId } from "./manage-fields";

const t = m.manage.target;

/**
 * Every field of a target a staff member types in, shared by the new-target form and the edit
 * form (/manage/targets/new, /manage/targets/[id]).
 */
const ZTargetFields = z.object({
  metric: requiredText(200),
  comparator: z.enum(Comparator, { error: m.manage.common.required }),
  value: optionalFigure,
  valueHigh: optionalFigure,
  unit: z.string().trim().max(20, m.manage.common.tooLong(20)).default(""),
  deadlineYear: requiredYear,
  deadlineDate: optionalDay,
  kind: z.enum(TargetKind, { error: m.manage.common.required }),
  baselineValue: optionalFigure,
  baselineYear: optionalYear,
  scope: requiredText(100),
  scopeRegionId: optionalId,
  scopeHospitalId: optionalId,
  aggregation: z.enum(Aggregation, { error: m.manage.common.required }),
  sourceFile: requiredText(120),
  sourceQuote: requiredText(4000).transform(lf),
  decisionNote: optionalLongText(2000),
  // Edited with the target and saved in the same write. Left out (an older client, a test of
  // other fields), they stay as stored; a new target then takes its task's units.
  milestones: ZMilestoneRows.optional(),
  citations: ZCitationRows.optional(),
  units: ZUnitLinks.optional(),
});

/**
 * A milestone has no number; every other kind has one, and a range its upper bound. Yearly
 * milestones follow the rules the judge uses them by; further citations add a place.
 */
function targetRules(v: z.infer<typeof ZTargetFields>, ctx: z.RefinementCtx) {
  if (v.kind !== "MILESTONE" && v.value === null) ctx.addIssue({ code: "custom", path: ["value"], message: t.valueRequired });
  if (v.comparator === "RANGE" && (v.valueHigh === null || (v.value !== null && v.valueHigh < v.value)))
    ctx.addIssue({ code: "custom", path: ["valueHigh"], message: t.valueHighRequired });
  if (v.kind === "MILESTONE" || v.value !== null) for (const issue of milestoneIssues({ ...v, deadlineDate: isoDay(v.deadlineDate), milestones: v.milestones ?? [] }, null)) ctx.addIssue({ code: "custom", ...issue });
  for (const issue of citationIssues(v, v.citations ?? [])) ctx.addIssue({ code: "custom", ...issue });
}

/**
 * /manage/targets/[id]: the form carries the version it was loaded at (optimistic
 * concurrency); a revision of value, range, comparator, deadline or kind also needs a reason,
 * which the data-access layer checks against the stored target.
 */
export const ZTargetUpdate = ZTargetFields.extend({
  id: ZId,
  version: z.coerce.number().int().min(1),
  reason: optionalText(500),
  effectiveFrom: optionalDay,
}).superRefine(targetRules);
export type TTargetUpdate = z.infer<typeof ZTargetUpdate>;

/** /manage/targets/new?task=…: a new target of a task starts at version 1. */
export const ZTargetCreate = ZTargetFields.extend({ taskId: ZId, code: recordCode(40) }).superRefine(targetRules);
export type TTargetCreate = z.infer<typeof ZTargetCreate>;

export const ZAssignmentCreate = z
  .object({
    targetId: ZId,
    assignee: z.enum(["HOSPITAL", "UNIT"]).catch("HOSPITAL"),
    hospitalId: z.string().trim().max(64).optional(),
    unitId: z.string().trim().max(64).optional(),
    shareValue: optionalFigure,
  })
  .transform((v, ctx) => {
    const id = v.assignee === "HOSPITAL" ? v.hospitalId : v.unitId;
    if (!id) {
      ctx.addIssue({ code: "custom", path: [v.assignee === "HOSPITAL" ? "hospitalId" : "unitId"], message: m.manage.assignments.assigneeRequired });
      return z.NEVER;
    }
    return { targetId: v.targetId, hospitalId: v.assignee === "HOSPITAL" ? id : null, unitId: v.assignee === "UNIT" ? id : null, shareValue: v.shareValue };
  });
export type TAssignmentCreate = z.infer<typeof ZAssignmentCreate>;

export const ZRecordId = z.object({ id: ZId });
