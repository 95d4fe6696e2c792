import { z } from "zod";
import { PROGRESS_STATUSES } from "../domain/progress";

const TARGET_KINDS = ["COUNT", "CEILING", "SHARE", "YEARLY_QUOTA", "GROWTH_RATE", "RATIO", "MILESTONE"] as const;
export const PLAN_DASHBOARD_SORTS = ["code", "status", "progress", "gap", "deadline", "latest"] as const;

/** An unknown or malformed URL value is ignored rather than refused: a shared link keeps working. */
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const id = z.string().min(1).max(40);

/** The plan dashboard's filters as they live in the URL (?status=OFF_TRACK&task=…&sort=gap). */
export const ZPlanDashboardQuery = z.object({
  status: loose(z.enum(PROGRESS_STATUSES)),
  task: loose(id),
  unit: loose(id),
  hospital: loose(id),
  county: loose(id),
  year: loose(z.coerce.number().int().min(2000).max(2100)),
  kind: loose(z.enum(TARGET_KINDS)),
  sort: z.enum(PLAN_DASHBOARD_SORTS).catch("code").default("code"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
export type TPlanDashboardQuery = z.infer<typeof ZPlanDashboardQuery>;

/** searchParams (string | string[]) → the first value of each key. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export const parsePlanDashboardQuery = (params: Record<string, string | string[] | undefined>): TPlanDashboardQuery =>
  ZPlanDashboardQuery.parse(firstValues(params));
