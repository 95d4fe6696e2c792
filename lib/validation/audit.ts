import { z } from "zod";
import { AuditOutcome } from "../generated/prisma/enums";
import { m } from "../i18n";
import { fieldErrorsOf } from "./field-errors";

const f = m.audit.filter;

/** The filter's URL parameters, shared by /audit and GET /api/audit/export. */
export const AUDIT_FILTER_KEYS = ["user", "action", "entityType", "entityId", "outcome", "from", "to"] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

const isCalendarDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const ZDay = z.string().refine(isCalendarDay, f.invalidDate);
const text = (max: number) => z.string().max(max, f.tooLong);
const ZEventId = z.string().regex(/^\d{1,19}$/, f.invalidCursor);

/**
 * What the auditor asks for. `action` ending in "." is an area prefix ("user."), anything
 * else one exact code; `from` and `to` are whole days in China Standard Time, both included.
 */
export const ZAuditFilters = z
  .object({
    user: text(64).optional(),
    action: text(64)
      .regex(/^[A-Za-z][\w.]*$/, f.invalidAction)
      .optional(),
    entityType: text(64).optional(),
    entityId: text(128).optional(),
    outcome: z.enum(AuditOutcome, { error: f.invalidOutcome }).optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
  })
  // zod runs this even when a date failed above: compare only two real days.
  .refine((v) => !v.from || !v.to || !isCalendarDay(v.from) || !isCalendarDay(v.to) || v.from <= v.to, { path: ["to"], message: f.dateOrder });

export type TAuditFilters = z.infer<typeof ZAuditFilters>;

/** Keyset paging by event id: `before` shows older events, `after` newer ones. */
export const ZAuditCursor = z.union([z.object({ before: ZEventId }).strict(), z.object({ after: ZEventId }).strict(), z.object({}).strict()]);
export type TAuditCursor = { before: string } | { after: string } | Record<string, never>;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  return ((Array.isArray(v) ? v[0] : v) ?? "").trim();
}

export type AuditSearchRequest =
  | { ok: true; filters: TAuditFilters; cursor: TAuditCursor; values: Record<AuditFilterKey, string> }
  | { ok: false; fieldErrors: Partial<Record<AuditFilterKey | "cursor", string>>; values: Record<AuditFilterKey, string> };

/** Reads the filter (and page) from a URL; empty fields mean "any". */
export function parseAuditSearch(params: Params): AuditSearchRequest {
  const values = Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, read(params, k)])) as Record<AuditFilterKey, string>;
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
  const filters = ZAuditFilters.safeParse(present);
  const before = read(params, "before");
  const after = read(params, "after");
  const cursor = ZAuditCursor.safeParse(before ? { before } : after ? { after } : {});
  if (filters.success && cursor.success) return { ok: true, filters: filters.data, cursor: cursor.data as TAuditCursor, values };
  const fieldErrors: Partial<Record<AuditFilterKey | "cursor", string>> = filters.error ? fieldErrorsOf(filters.error) : {};
  if (!cursor.success) fieldErrors.cursor = f.invalidCursor;
  return { ok: false, fieldErrors, values };
}

/** "?user=…&action=user." for links: the filters (and a page), without empty fields. */
export function auditSearchQuery(filters: TAuditFilters, cursor: TAuditCursor = {}): string {
  const q = new URLSearchParams();
  for (const k of AUDIT_FILTER_KEYS) if (filters[k]) q.set(k, filters[k]);
  for (const [k, v] of Object.entries(cursor)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
