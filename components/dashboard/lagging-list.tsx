import Link from "next/link";
import type { JudgedTarget } from "@/lib/dal/dashboard/judged-targets";
import { DemoMark } from "./demo-mark";
import { StatusBadge } from "./status-badge";
import { formatLatest, percentOrDash } from "./format";
import { m } from "@/lib/i18n";

/** Targets as short linked lines: status, metric, how far along, the latest figure. */
export function TargetLineList({ targets, label, demo }: { targets: JudgedTarget[]; label: string; demo: ReadonlySet<string> }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {targets.map((t) => (
        <li key={t.id}>
          <Link href={`/dashboard/targets/${t.id}`} className="block py-2.5 hover:bg-brand-50 sm:px-2">
            <span className="flex items-start justify-between gap-2">
              <span className="min-w-0 text-sm text-slate-900">
                <span className="mr-1 font-mono text-xs text-slate-500">{t.code}</span>
                {t.metric}
              </span>
              <StatusBadge status={t.status} />
            </span>
            <span className="mt-0.5 block text-xs text-slate-500 tabular-nums">
              {m.dashboard.columns.achievement} {percentOrDash(t.progress)} · {m.dashboard.columns.expected} {percentOrDash(t.expected)} · {formatLatest(t.latest, t.unit)}
              {demo.has(t.id) && <DemoMark />}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
