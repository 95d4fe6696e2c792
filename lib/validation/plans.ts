import { z } from "zod";
import { m } from "../i18n";
import { listQuery, optionalDay, optionalSourceFile, optionalText, plainParams, requiredText, requiredYear, ZId, ZLoadedAt } from "./manage-fields";

const p = m.manage.plans;

/** Every field of a plan but its code, as the plan form and the import form submit them. */
const ZPlanFields = z.object({
  title: requiredText(200),
  shortTitle: requiredText(40),
  documentNumber: optionalText(60),
  issuer: requiredText(100),
  issuedOn: optionalDay,
  startYear: requiredYear,
  endYear: requiredYear,
  regionId: z.string({ error: m.manage.hospitals.chooseRegion }).trim().min(1, m.manage.hospitals.chooseRegion).max(64),
  /** One of seed/sources, or null for a plan whose text is not bundled. */
  sourceFile: optionalSourceFile,
});

function yearOrder(v: { startYear: number; endYear: number }, ctx: z.RefinementCtx) {
  if (v.endYear < v.startYear) ctx.addIssue({ code: "custom", path: ["endYear"], message: p.yearOrder });
}

/** The code is in every link to the plan (/plans/WZ-2023-80): set once, never changed. */
export const ZPlanCode = z
  .string({ error: m.manage.common.required })
  .trim()
  .toUpperCase()
  .min(1, m.manage.common.required)
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, m.manage.hospitals.codeFormat);

export const ZPlanCreate = ZPlanFields.extend({ code: ZPlanCode }).superRefine(yearOrder);
export type TPlanCreate = z.infer<typeof ZPlanCreate>;

export const ZPlanUpdate = ZPlanFields.extend({ id: ZId, updatedAt: ZLoadedAt }).superRefine(yearOrder);
export type TPlanUpdate = z.infer<typeof ZPlanUpdate>;

export const PLAN_SORTS = ["startYear", "code", "title", "updatedAt"] as const;
export const PLAN_PAGE_SIZE = 20;

/** /manage/plans?q=&archived=&sort=&dir=&page=: anything unexpected falls back to the default. */
export const ZPlanListQuery = listQuery(PLAN_SORTS, {});
export type TPlanListQuery = z.infer<typeof ZPlanListQuery>;

export function parsePlanListQuery(params: Record<string, string | string[] | undefined>): TPlanListQuery {
  const v = plainParams(params);
  return ZPlanListQuery.parse({ q: v.q ?? "", archived: v.archived, sort: v.sort, dir: v.dir, page: v.page });
}
