import { m } from "@/lib/i18n";
import { AuditEventRow } from "./audit-event-row";
import type { AuditEventView } from "./event-view";

const c = m.audit.columns;

/** The events of one page, newest first; each row expands to its before/after. */
export function AuditEventTable({ events }: { events: AuditEventView[] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-xs max-md:border-0 max-md:bg-transparent max-md:shadow-none">
      <table className="w-full border-collapse text-left text-sm max-md:block max-md:space-y-2">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 max-md:sr-only">
          <tr>
            <th scope="col" className="py-2 pr-3 pl-3 font-medium">{c.time}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.user}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.role}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.ip}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.action}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.entity}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{c.outcome}</th>
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">{c.details}</span>
            </th>
          </tr>
        </thead>
        {events.map((e) => (
          <AuditEventRow key={e.id} event={e} />
        ))}
      </table>
    </div>
  );
}
