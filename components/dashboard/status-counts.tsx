import Link from "next/link";
import { PROGRESS_STATUSES, STATUS_MARKER } from "@/lib/domain/progress";
import type { StatusCounts } from "@/lib/dal/dashboard/overview";
import { m } from "@/lib/i18n";

const TONE = { ok: "text-ok", warn: "text-warn", bad: "text-bad", neutral: "text-slate-600" } as const;

/**
 * The count of targets in each status as a list big enough for a thumb: each line links to the
 * plan dashboard filtered to that status, i.e. to the targets (and reports) behind the number.
 */
export function StatusCountList({ counts, hrefFor, label }: { counts: StatusCounts; hrefFor: (status: string) => string; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="status-list">
      {PROGRESS_STATUSES.map((s) => (
        <li key={s}>
          <Link href={hrefFor(s)} className="flex min-h-11 items-center justify-between gap-3 px-3 py-2 hover:bg-brand-50">
            <span className={`flex items-center gap-2 text-sm ${TONE[STATUS_MARKER[s].tone]}`}>
              <span aria-hidden className="w-4 text-center font-bold">{STATUS_MARKER[s].symbol}</span>
              <span className="text-slate-800">{m.progressStatus.labels[s]}</span>
            </span>
            <span className="text-lg font-semibold tabular-nums text-slate-900">{counts[s]}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
