import { m } from "@/lib/i18n";

export interface SectionIndexEntry {
  anchor: string;
  title: string;
  depth: number;
  targetCount: number;
}

function IndexList({ entries }: { entries: SectionIndexEntry[] }) {
  return (
    <ol className="space-y-0.5 text-sm">
      {entries.map((e) => (
        <li key={e.anchor} style={{ paddingLeft: `${e.depth * 0.75}rem` }}>
          <a href={`#${e.anchor}`} className="flex items-baseline justify-between gap-2 rounded px-2 py-1.5 text-slate-700 hover:bg-brand-50 hover:text-brand-800">
            <span className="leading-snug">{e.title}</span>
            <span className="shrink-0 text-xs text-slate-400 tabular-nums">{e.targetCount}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

/** The plan's sections: a sticky column on a desktop, a folded list at the top on a phone. */
export function SectionIndex({ entries }: { entries: SectionIndexEntry[] }) {
  return (
    <>
      <details className="rounded-lg border border-slate-200 bg-white lg:hidden">
        <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800">{m.targets.plan.sectionIndex}</summary>
        <div className="border-t border-slate-100 p-2">
          <IndexList entries={entries} />
        </div>
      </details>
      <nav aria-label={m.targets.plan.sectionIndex} className="hidden lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <p className="px-2 pb-2 text-xs font-medium tracking-wide text-slate-500">{m.targets.plan.sectionIndex}</p>
        <IndexList entries={entries} />
      </nav>
    </>
  );
}
