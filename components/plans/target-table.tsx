import Link from "next/link";
import type { TargetRow } from "@/lib/dal/targets";
import { formatTargetValue } from "@/lib/domain/target-value";
import { m } from "@/lib/i18n";

const c = m.targets.columns;

/**
 * A task's targets: table rows on a desktop; on a phone each row becomes a stacked card
 * (grid with reordered cells) so the page never scrolls sideways. Column headings are read
 * out by screen readers only: repeated above each of a hundred tasks they were noise.
 */
export function TargetTable({ targets }: { targets: TargetRow[] }) {
  return (
    <table className="w-full table-fixed border-collapse text-sm max-md:block">
      {/* Fixed widths line the columns up across the hundred tables of a plan. */}
      <colgroup>
        <col className="w-28" />
        <col />
        <col className="w-32" />
        <col className="w-16" />
        <col className="w-20" />
        <col className="w-36" />
      </colgroup>
      <thead className="sr-only">
        <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
          <th scope="col" className="py-1.5 pr-3 font-medium">{c.code}</th>
          <th scope="col" className="py-1.5 pr-3 font-medium">{c.metric}</th>
          <th scope="col" className="py-1.5 pr-3 font-medium">{c.value}</th>
          <th scope="col" className="py-1.5 pr-3 font-medium">{c.deadline}</th>
          <th scope="col" className="py-1.5 pr-3 font-medium">{c.kind}</th>
          <th scope="col" className="py-1.5 font-medium">{c.scope}</th>
        </tr>
      </thead>
      <tbody className="max-md:block max-md:space-y-2">
        {targets.map((t) => (
          <tr
            key={t.id}
            className="border-b border-slate-100 align-top last:border-0 max-md:relative max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:gap-y-1 max-md:rounded-md max-md:border max-md:border-slate-200 max-md:bg-slate-50/60 max-md:p-3 max-md:last:border"
          >
            <td className="py-2 pr-3 font-mono text-xs text-slate-500 max-md:order-1 max-md:p-0">{t.code}</td>
            <td className="py-2 pr-3 max-md:order-3 max-md:col-span-2 max-md:p-0">
              {/* On a phone the link covers the card, so the whole card opens the target. */}
              <Link href={`/targets/${t.id}`} className="text-slate-900 hover:text-brand-700 hover:underline max-md:after:absolute max-md:after:inset-0">
                {t.metric}
              </Link>
            </td>
            <td className="py-2 pr-3 font-semibold break-words text-brand-800 tabular-nums max-md:order-4 max-md:p-0">
              <span className="sr-only md:hidden">{c.value}：</span>
              {formatTargetValue(t)}
            </td>
            <td className="py-2 pr-3 whitespace-nowrap text-slate-700 tabular-nums max-md:order-5 max-md:justify-self-end max-md:p-0">
              <span className="text-slate-500 md:hidden">{c.deadline} </span>
              {m.targets.deadline(t.deadlineYear)}
            </td>
            <td className="py-2 pr-3 max-md:order-2 max-md:justify-self-end max-md:p-0">
              <span className="inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-600">{m.targets.kinds[t.kind]}</span>
            </td>
            <td className="py-2 text-slate-600 max-md:order-6 max-md:col-span-2 max-md:p-0 max-md:text-xs">
              <span className="text-slate-500 md:hidden">{c.scope}：</span>
              {t.scope}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
