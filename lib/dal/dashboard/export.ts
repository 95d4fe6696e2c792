import "server-only";
import type { SessionUser } from "../../auth/session-user";
import { countySheets, crossPlanSheets, dashboardWorkbook, hospitalSheets, organisationSheets, planSheets, targetReportSheets } from "../../export/dashboard";
import type { SheetSpec } from "../../export/xlsx";
import { m } from "../../i18n";
import type { TDashboardExportQuery } from "../../validation/dashboard-export";
import type { TPlanDashboardQuery } from "../../validation/dashboard";
import { getCrossPlanComparison } from "./cross-plan";
import { getDemoFigureTargets } from "./demo-figures";
import { getCountyComparison, getHospitalDashboard, getOrganisationsDashboard } from "./organisations";
import { getPlanDashboard } from "./plan";
import { getTargetDashboard } from "./target";

export interface DashboardExport {
  /** Chinese and ASCII parts of the file name, before the date. */
  name: string[];
  asciiName: string[];
  body: Uint8Array<ArrayBuffer>;
}

const files = m.dashboard.exports.files;

/**
 * A dashboard table as an Excel workbook: each view reads through the same data-access function
 * as its page, so the file holds what the page shows, with the same filters, scope and 404
 * (null) for a record outside the user's region.
 */
export async function exportDashboardView(actor: SessionUser, query: TDashboardExportQuery, planFilters: TPlanDashboardQuery, asOf = new Date()): Promise<DashboardExport | null> {
  const found = await sheetsFor(actor, query, planFilters, asOf);
  if (!found) return null;
  const key = "id" in query ? query.id : "plan" in query ? query.plan : null;
  return {
    name: [files[query.view], ...(found.label ? [found.label] : [])],
    asciiName: [`dashboard-${query.view}`, ...(key ? [key] : [])],
    body: await dashboardWorkbook(found.sheets),
  };
}

async function sheetsFor(actor: SessionUser, q: TDashboardExportQuery, planFilters: TPlanDashboardQuery, asOf: Date): Promise<{ label?: string; sheets: SheetSpec[] } | null> {
  const demo = await getDemoFigureTargets(actor);
  switch (q.view) {
    case "plan": {
      const view = await getPlanDashboard(actor, q.plan, planFilters, asOf);
      return view && { label: view.plan.code, sheets: planSheets(view.rows, demo) };
    }
    case "units":
      return { sheets: organisationSheets(await getOrganisationsDashboard(actor, asOf)) };
    case "hospital": {
      const view = await getHospitalDashboard(actor, q.id, asOf);
      return view && { label: view.hospital.name, sheets: hospitalSheets(view, demo) };
    }
    case "counties":
      return { sheets: countySheets(await getCountyComparison(actor, asOf), demo) };
    case "target": {
      const view = await getTargetDashboard(actor, q.id, asOf);
      return view && { label: view.target.code, sheets: targetReportSheets(view) };
    }
    case "crossPlan":
      return { sheets: crossPlanSheets(await getCrossPlanComparison(actor, asOf), demo) };
  }
}
