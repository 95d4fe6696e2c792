import { m } from "@/lib/i18n";
import type { TDashboardExportView } from "@/lib/validation/dashboard-export";

/**
 * "导出 Excel" for a dashboard table: the same view, filters and scope as the page, as a file
 * (app/api/dashboard/export). A plain link, so it works without JavaScript and downloads.
 */
export function ExportLink({ view, params = {} }: { view: TDashboardExportView; params?: Record<string, string> }) {
  const query = new URLSearchParams({ view, ...params });
  return (
    <a
      href={`/api/dashboard/export?${query}`}
      download
      className="no-print inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm whitespace-nowrap text-brand-700 hover:bg-brand-50"
    >
      {m.dashboard.exportXlsx}
    </a>
  );
}
