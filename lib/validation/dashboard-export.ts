import { z } from "zod";
import { m } from "../i18n";
import { ZPlanCode } from "./target-export";

export const DASHBOARD_EXPORT_VIEWS = ["plan", "units", "hospital", "counties", "target", "crossPlan"] as const;
export type TDashboardExportView = (typeof DASHBOARD_EXPORT_VIEWS)[number];

const ZRecordId = z.string({ error: m.dashboard.exports.invalidId }).regex(/^[A-Za-z0-9_-]{1,40}$/, m.dashboard.exports.invalidId);
const ZPlan = z.string({ error: m.targetExport.invalidPlanCode }).pipe(ZPlanCode);
const ZView = z.enum(DASHBOARD_EXPORT_VIEWS, { error: m.dashboard.exports.invalidView });

/**
 * GET /api/dashboard/export?view=…: which dashboard table to download. The plan view also takes
 * the plan dashboard's own filters (lib/validation/dashboard.ts), read from the same URL; a link
 * without `view` is the plan view, as the first export was.
 */
export const ZDashboardExportQuery = z.discriminatedUnion("view", [
  z.object({ view: z.literal("plan"), plan: ZPlan }),
  z.object({ view: z.literal("units") }),
  z.object({ view: z.literal("hospital"), id: ZRecordId }),
  z.object({ view: z.literal("counties") }),
  z.object({ view: z.literal("target"), id: ZRecordId }),
  z.object({ view: z.literal("crossPlan") }),
]);
export type TDashboardExportQuery = z.infer<typeof ZDashboardExportQuery>;

/** The URL's parameters as the schema takes them: the view checked first, so its error is the one reported. */
export function parseDashboardExportQuery(params: URLSearchParams) {
  const view = ZView.safeParse(params.get("view") ?? "plan");
  if (!view.success) return view;
  return ZDashboardExportQuery.safeParse({ view: view.data, plan: params.get("plan") ?? undefined, id: params.get("id") ?? undefined });
}
