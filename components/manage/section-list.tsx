import Link from "next/link";
import type { ManagedSection } from "@/lib/dal/manage/sections";
import { m } from "@/lib/i18n";
import { ArchivedTag } from "./list-controls";

const s = m.manage.sections;

/** A plan's sections in document order, indented under their parent, each opening its edit page. */
export function SectionList({ planId, sections }: { planId: string; sections: ManagedSection[] }) {
  if (sections.length === 0) return <p className="text-sm text-slate-500">{s.empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={s.title}>
      {sections.map((x) => (
        <li key={x.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2" style={{ paddingLeft: `${x.depth * 1.25}rem` }}>
          <span className="min-w-0">
            <span className="mr-2 font-mono text-xs text-slate-500">{x.code}</span>
            <Link href={`/manage/plans/${planId}/sections/${x.id}`} className="text-sm font-medium text-brand-700 hover:underline">
              {x.title}
            </Link>
            {x.archivedAt && <ArchivedTag />}
          </span>
          <span className="text-xs text-slate-500">{s.tasks(x.taskCount)}</span>
        </li>
      ))}
    </ul>
  );
}
