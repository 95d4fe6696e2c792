import Link from "next/link";
import type { ManagedDesignationRow } from "@/lib/dal/manage/designations";
import { m } from "@/lib/i18n";
import { ArchivedTag } from "./list-controls";

const o = m.manage;

/** Designations as rows on a wide screen and stacked lines on a phone; status in words. */
export function DesignationList({ rows, empty, showHospital = true }: { rows: ManagedDesignationRow[]; empty: string; showHospital?: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className={`grid gap-1 px-4 py-3 ${showHospital ? "sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_minmax(0,1fr)]" : ""} sm:items-center sm:gap-4`}>
          {showHospital && <span className="min-w-0 text-sm text-slate-700">{r.hospital.name}</span>}
          <span className="min-w-0">
            <Link href={`/manage/specialties/designations/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.specialty.name}
            </Link>
            {r.archivedAt && <ArchivedTag />}
            <span className="block text-xs text-slate-500">
              {o.designationLevels[r.level]} · {o.designationStatuses[r.status]}
              {r.programme && ` · ${r.programme}`}
            </span>
          </span>
          {showHospital && <span className="text-xs text-slate-500">{[r.plan?.shortTitle, r.task?.code].filter(Boolean).join(" · ")}</span>}
        </li>
      ))}
    </ul>
  );
}
