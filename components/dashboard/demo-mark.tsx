import { m } from "@/lib/i18n";

/** "演示" next to a figure built from demo reports: words and a dashed border, printed too. */
export function DemoMark() {
  return <span className="ml-1 inline-block rounded border border-dashed border-slate-400 bg-slate-100 px-1 text-xs font-normal whitespace-nowrap text-slate-600">{m.dashboard.demo}</span>;
}

/** Above a page whose figures include demo reports: what the 演示 marks mean. */
export function DemoNote({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p role="note" className="rounded-md border border-dashed border-slate-400 bg-white px-3 py-2 text-sm text-slate-700">
      <DemoMark /> {m.dashboard.demoNote}
    </p>
  );
}
