import { PROGRESS_STATUSES, STATUS_MARKER } from "@/lib/domain/progress";
import type { StatusCounts } from "@/lib/dal/dashboard/overview";
import { m } from "@/lib/i18n";

/** Status counts in one line of symbols and numbers, each with its label for screen readers and print. */
export function StatusCountCells({ counts }: { counts: StatusCounts }) {
  return (
    <span className="flex flex-wrap gap-x-3 gap-y-1 text-xs tabular-nums">
      {PROGRESS_STATUSES.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} title={m.progressStatus.labels[s]}>
          <span aria-hidden className="font-bold">{STATUS_MARKER[s].symbol}</span> {m.progressStatus.labels[s]} {counts[s]}
        </span>
      ))}
    </span>
  );
}
