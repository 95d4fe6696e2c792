import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";

const TONE: Record<ReportStatus | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-700",
  DRAFT: "bg-amber-50 text-warn ring-1 ring-amber-200",
  SUBMITTED: "bg-brand-50 text-brand-800 ring-1 ring-brand-100",
  RETURNED: "bg-red-50 text-bad ring-1 ring-red-200",
  APPROVED: "bg-green-50 text-ok ring-1 ring-green-200",
};

export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  const key = status ?? "NONE";
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${TONE[key]}`}>{m.reports.status[key]}</span>;
}
