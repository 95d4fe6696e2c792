import { formatDateTime, m } from "@/lib/i18n";

/**
 * Only on paper: when the sheet was printed and, for a filtered list, which filters made it, so a
 * sheet handed round a meeting says what it shows (the filter form itself is not printed).
 */
export function PrintNote({ filters = [] }: { filters?: string[] }) {
  return (
    <p className="hidden text-xs text-slate-600 print:block">
      {m.dashboard.printedAt(formatDateTime(new Date()))}
      {filters.length > 0 && ` · ${m.dashboard.printedFilters(filters.join("；"))}`}
    </p>
  );
}
