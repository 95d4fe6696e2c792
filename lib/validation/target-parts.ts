import { z } from "zod";
import { checkMilestones, type ProgressTarget } from "../domain/progress";
import { formatFigure } from "../domain/target-value";
import { m } from "../i18n";
import { jsonRows, lf, optionalFigure, requiredText, requiredYear } from "./manage-fields";

const ms = m.manage.targetMilestones;
const ct = m.manage.targetCitations;

const requiredFigure = optionalFigure.refine((v) => v !== null, m.manage.common.required).transform((v) => v as number);

/** A target's yearly milestones as the form submits them: each a year and a value not below 0, the years distinct. */
export const ZMilestoneRows = jsonRows(z.object({ year: requiredYear, value: requiredFigure.refine((v) => v >= 0, ms.negative) }, { error: ms.invalid }), 20, ms).superRefine((rows, ctx) => {
  rows.forEach((row, i) => {
    if (rows.findIndex((r) => r.year === row.year) < i) ctx.addIssue({ code: "custom", path: [i, "year"], message: ms.duplicateYear });
  });
});
export type TMilestoneRows = z.infer<typeof ZMilestoneRows>;

/** The other places the plan states the same commitment (TargetCitation), in the order shown. */
export const ZCitationRows = jsonRows(z.object({ sourceFile: requiredText(120), quote: requiredText(4000).transform(lf) }, { error: ct.invalid }), 20, ct).superRefine((rows, ctx) => {
  rows.forEach((row, i) => {
    if (rows.findIndex((r) => r.sourceFile === row.sourceFile && r.quote === row.quote) < i) ctx.addIssue({ code: "custom", path: [i, "quote"], message: ct.duplicate });
  });
});
export type TCitationRows = z.infer<typeof ZCitationRows>;

export interface PathIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The milestone rules of lib/domain/progress (checkMilestones) in the form's words, for the
 * schema (which does not know the plan's start year) and the data-access layer (which does).
 */
export function milestoneIssues(target: ProgressTarget, planStartYear: number | null): PathIssue[] {
  const check = checkMilestones(target, planStartYear);
  if (check.unused) return [{ path: ["milestones"], message: ms.unused[check.unused] }];
  return check.rows.map(({ index, field, problem: p }) => ({
    path: ["milestones", index, field],
    message:
      p.kind === "yearBeforePlan" ? ms.yearBeforePlan(p.startYear)
      : p.kind === "yearAfterLast" ? ms.yearAfterLast(p.lastYear)
      : p.kind === "outsidePath" ? ms.outsidePath(p.down, formatFigure(p.from), formatFigure(p.to))
      : ms.backwards(p.down),
  }));
}

/** A further citation repeating the main quote says nothing new. */
export function citationIssues(main: { sourceFile: string; sourceQuote: string }, citations: TCitationRows): PathIssue[] {
  return citations.flatMap((c, i) => (c.sourceFile === main.sourceFile && c.quote === main.sourceQuote ? [{ path: ["citations", i, "quote"], message: ct.sameAsMain }] : []));
}
