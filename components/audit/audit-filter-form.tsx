"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { AUDIT_ACTION_AREAS, AUDIT_ACTIONS } from "@/lib/audit/actions";
import { AuditOutcome } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import type { AuditFilterKey } from "@/lib/validation/audit";

const f = m.audit.filter;
const KNOWN_ACTIONS: readonly string[] = Object.values(AUDIT_ACTIONS);
const AREAS: readonly string[] = AUDIT_ACTION_AREAS;

type Values = Record<AuditFilterKey, string>;
type Errors = Partial<Record<AuditFilterKey | "cursor", string>>;

const input = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 aria-invalid:border-bad";

/**
 * A GET form: the filter lives in the URL, so an auditor can bookmark a view or send it on.
 * With JavaScript, empty fields are left out of the URL and the results show a loading state.
 */
export function AuditFilterForm({ values, errors }: { values: Values; errors: Errors }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const active = Object.values(values).some((v) => v !== "");
  const formError = Object.keys(errors).length > 0 ? f.invalid : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [k, v] of new FormData(event.currentTarget)) if (typeof v === "string" && v.trim() !== "") query.set(k, v.trim());
    const s = query.toString();
    startTransition(() => router.push(s ? `/audit?${s}` : "/audit"));
  }

  // On a phone, short fields pair up so the form does not push the results a screen down.
  const field = (key: AuditFilterKey, label: string, control: React.ReactNode, wide = false) => (
    <div className={`flex min-w-0 flex-col gap-1 ${wide ? "col-span-2 lg:col-span-1" : ""}`}>
      <label htmlFor={`audit-${key}`} className="text-xs text-slate-500">
        {label}
      </label>
      {control}
      {errors[key] && (
        <p id={`audit-${key}-error`} className="text-xs text-bad">
          {errors[key]}
        </p>
      )}
    </div>
  );
  const a11y = (key: AuditFilterKey) => ({ id: `audit-${key}`, name: key, "aria-invalid": errors[key] ? true : undefined, "aria-describedby": errors[key] ? `audit-${key}-error` : undefined });

  return (
    <form action="/audit" method="get" role="search" aria-label={f.label} onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {field("user", f.username, <input type="search" {...a11y("user")} defaultValue={values.user} placeholder={f.usernamePlaceholder} className={input} />, true)}
        {field(
          "action",
          f.action,
          <select {...a11y("action")} defaultValue={values.action} className={input}>
            <option value="">{f.allActions}</option>
            <optgroup label={f.action}>
              {AREAS.map((area) => (
                <option key={area} value={area}>
                  {m.audit.areas[area as keyof typeof m.audit.areas]}
                </option>
              ))}
            </optgroup>
            <optgroup label={f.knownActions}>
              {KNOWN_ACTIONS.map((code) => (
                <option key={code} value={code}>
                  {m.audit.actions[code]}
                </option>
              ))}
            </optgroup>
            {values.action && !AREAS.includes(values.action) && !KNOWN_ACTIONS.includes(values.action) && <option value={values.action}>{f.otherAction(values.action)}</option>}
          </select>,
          true,
        )}
        {field(
          "outcome",
          f.outcome,
          <select {...a11y("outcome")} defaultValue={values.outcome} className={input}>
            <option value="">{f.allOutcomes}</option>
            {Object.values(AuditOutcome).map((o) => (
              <option key={o} value={o}>
                {m.audit.outcomes[o]}
              </option>
            ))}
          </select>,
        )}
        {field("entityType", f.entityType, <input type="text" {...a11y("entityType")} defaultValue={values.entityType} placeholder={f.entityTypePlaceholder} className={input} />)}
        {field("entityId", f.entityId, <input type="text" {...a11y("entityId")} defaultValue={values.entityId} className={input} />, true)}
        {field("from", f.from, <input type="date" {...a11y("from")} defaultValue={values.from} className={input} />)}
        {field("to", f.to, <input type="date" {...a11y("to")} defaultValue={values.to} className={input} />)}
        <div className="col-span-2 flex items-end gap-3 lg:col-span-1">
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800 disabled:opacity-70">
            {pending ? m.errors.loading : f.submit}
          </button>
          {active && (
            <Link href="/audit" prefetch={false} className="py-2 text-sm text-brand-700 hover:underline">
              {f.clear}
            </Link>
          )}
        </div>
      </div>
      <p className="text-xs text-slate-500">{f.dateHint}</p>
      <p aria-live="polite" className="text-sm text-bad empty:hidden">
        {formError}
      </p>
    </form>
  );
}
