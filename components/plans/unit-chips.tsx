import { m } from "@/lib/i18n";

/** Responsible units as the plan lists them, the lead unit (清单中标 *) marked 牵头. */
export function UnitChips({ units }: { units: { name: string; isLead: boolean }[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {units.map((u) => (
        <li
          key={u.name}
          className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs ${
            u.isLead ? "border-brand-600/40 bg-brand-50 text-brand-800" : "border-slate-200 bg-white text-slate-600"
          }`}
        >
          {u.isLead && <span className="rounded-sm bg-brand-700 px-1 text-[10px] leading-4 font-medium text-white">{m.targets.lead}</span>}
          {u.name}
        </li>
      ))}
    </ul>
  );
}
