import { STATUS_MARKER, type ProgressStatus } from "@/lib/domain/progress";
import { m } from "@/lib/i18n";

const TONE = {
  ok: "border-ok/30 bg-ok/10 text-ok",
  warn: "border-warn/30 bg-warn/10 text-warn",
  bad: "border-bad/30 bg-bad/10 text-bad",
  neutral: "border-slate-300 bg-slate-100 text-slate-600",
} as const;

/** A status as symbol and words, the colour only in addition (never colour alone). */
export function StatusBadge({ status }: { status: ProgressStatus }) {
  const marker = STATUS_MARKER[status];
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONE[marker.tone]}`}>
      <span aria-hidden className="font-bold">{marker.symbol}</span>
      {m.progressStatus.labels[status]}
    </span>
  );
}
