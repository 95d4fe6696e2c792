import Link from "next/link";
import type { RegionNode } from "@/lib/dal/manage/regions";
import { CHILD_LEVELS } from "@/lib/domain/region-code";
import { m } from "@/lib/i18n";
import { ArchivedTag } from "./list-controls";

const r = m.manage.regions;

/**
 * The subtree as an indented list (a tree of links reads well to a screen reader as nested
 * depth in the text, and needs no script). Each region says what it holds and offers a child.
 */
export function RegionTree({ regions, indentFrom = 0 }: { regions: RegionNode[]; indentFrom?: number }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
      {regions.map((n) => (
        <li key={n.id} className="flex flex-col gap-1 py-2.5 pr-4 sm:flex-row sm:items-center sm:justify-between sm:gap-4" style={{ paddingLeft: `${1 + Math.min(n.depth - indentFrom, 4) * 1.25}rem` }}>
          <span className="min-w-0">
            {n.depth > indentFrom && (
              <span aria-hidden className="mr-1 text-slate-300">
                └
              </span>
            )}
            <Link href={`/manage/regions/${n.id}`} className="font-medium text-brand-700 hover:underline">
              {n.name}
            </Link>
            <span className="ml-2 font-mono text-xs text-slate-500">{n.code}</span>
            <span className="ml-2 text-xs text-slate-500">{m.manage.regionLevels[n.level]}</span>
            {n.archivedAt && <ArchivedTag />}
          </span>
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
            {r.counts(n.inUse.hospitals, n.inUse.units, n.inUse.users)}
            {!n.archivedAt && CHILD_LEVELS[n.level].length > 0 && (
              <Link href={`/manage/regions/new?parent=${n.id}`} className="text-brand-700 hover:underline">
                + {r.createChild}
              </Link>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
