import Link from "next/link";
import { m } from "@/lib/i18n";

const TABS = [
  { key: "overview", href: "/dashboard" },
  { key: "units", href: "/dashboard/units" },
  { key: "counties", href: "/dashboard/counties" },
] as const;

/** The dashboard's own sections: overview, by unit and hospital, by county. */
export function DashboardTabs({ current }: { current: (typeof TABS)[number]["key"] | null }) {
  return (
    <nav aria-label={m.dashboard.title} className="no-print -mx-1 flex gap-1 overflow-x-auto border-b border-slate-200 px-1">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={current === t.key ? "page" : undefined}
          className={`shrink-0 border-b-2 px-3 py-2 text-sm whitespace-nowrap ${current === t.key ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-slate-600 hover:text-brand-700"}`}
        >
          {m.dashboard.sections[t.key]}
        </Link>
      ))}
    </nav>
  );
}
