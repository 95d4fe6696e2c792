"use client";

import { useId, useState } from "react";
import { m } from "@/lib/i18n";
import type { AuditEventView } from "./event-view";
import { OutcomeBadge } from "./outcome-badge";

const c = m.audit.columns;
const d = m.audit.details;

/**
 * One event: a table row on a desktop, a card on a phone (grid with reordered cells, as the
 * target table does), and a second row with before/after and the user agent on demand.
 */
export function AuditEventRow({ event }: { event: AuditEventView }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const known = event.actionLabel !== event.actionCode;
  return (
    <tbody className="border-b border-slate-200 last:border-0 max-md:block max-md:rounded-lg max-md:border max-md:bg-white max-md:shadow-xs max-md:last:border">
      <tr className="align-top max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:gap-y-1 max-md:p-3">
        <td className="py-2.5 pr-3 pl-3 font-mono text-xs whitespace-nowrap text-slate-600 tabular-nums max-md:order-3 max-md:col-span-2 max-md:p-0">{event.time}</td>
        <td className="py-2.5 pr-3 break-all text-slate-900 max-md:order-4 max-md:p-0">{event.user}</td>
        <td className="py-2.5 pr-3 whitespace-nowrap text-slate-600 max-md:order-5 max-md:justify-self-end max-md:p-0 max-md:text-sm">{event.role}</td>
        <td className="py-2.5 pr-3 font-mono text-xs text-slate-600 max-md:order-6 max-md:col-span-2 max-md:p-0">
          <span className="font-sans text-slate-500 md:hidden">{c.ip} </span>
          {event.ip}
        </td>
        <td className="py-2.5 pr-3 max-md:order-1 max-md:p-0">
          <span className={known ? "font-medium text-slate-900" : "font-mono text-sm text-slate-900"}>{event.actionLabel}</span>
          {known && <span className="block font-mono text-xs text-slate-500">{event.actionCode}</span>}
        </td>
        <td className="max-w-48 py-2.5 pr-3 text-xs break-all text-slate-600 max-md:order-7 max-md:col-span-2 max-md:max-w-none max-md:p-0">
          <span className="text-slate-500 md:hidden">{c.entity} </span>
          {event.entity}
        </td>
        <td className="py-2.5 pr-3 max-md:order-2 max-md:justify-self-end max-md:p-0">
          <OutcomeBadge outcome={event.outcome} />
        </td>
        <td className="py-2 pr-3 text-right max-md:order-8 max-md:col-span-2 max-md:p-0 max-md:pt-1 max-md:text-left">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
            className="inline-flex items-center gap-1 rounded px-1.5 py-1 text-sm whitespace-nowrap text-brand-700 hover:bg-brand-50 max-md:-ml-1.5"
          >
            <svg aria-hidden viewBox="0 0 24 24" className={`h-4 w-4 transition-transform ${open ? "rotate-90" : ""}`} fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M9 6l6 6-6 6" />
            </svg>
            {open ? d.hide : d.show}
          </button>
        </td>
      </tr>
      <tr id={detailsId} hidden={!open} className="max-md:block">
        <td colSpan={8} className="px-3 pb-4 max-md:block max-md:pt-0">
          <EventDetails event={event} />
        </td>
      </tr>
    </tbody>
  );
}

function EventDetails({ event }: { event: AuditEventView }) {
  return (
    <div className="space-y-3 rounded-md bg-slate-50 p-3 text-sm">
      <div className="grid gap-3 md:grid-cols-2">
        <JsonBlock title={d.before} json={event.before} />
        <JsonBlock title={d.after} json={event.after} />
      </div>
      {event.detail && <JsonBlock title={d.detail} json={event.detail} />}
      <dl className="grid gap-x-4 gap-y-1 text-xs sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">{d.userAgent}</dt>
        <dd className="break-all text-slate-700">{event.userAgent}</dd>
        <dt className="text-slate-500">{d.region}</dt>
        <dd className="text-slate-700">{event.regionName}</dd>
        <dt className="text-slate-500">{d.eventId}</dt>
        <dd className="font-mono text-slate-700">{event.id}</dd>
      </dl>
    </div>
  );
}

function JsonBlock({ title, json }: { title: string; json: string | null }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1 text-xs font-medium text-slate-500">{title}</h3>
      {json ? (
        <pre className="max-h-80 overflow-y-auto rounded border border-slate-200 bg-white p-2 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-800">{json}</pre>
      ) : (
        <p className="text-xs text-slate-400">{d.none}</p>
      )}
    </div>
  );
}
