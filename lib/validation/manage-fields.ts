import { z } from "zod";
import { readFigure, readYear } from "../domain/figure-input";
import { m } from "../i18n";
import { SOURCE_FILES } from "../../seed/schema";

/** Field builders shared by the /manage forms: every message in Chinese, next to its field. */
const c = m.manage.common;

export const ZId = z.string().trim().min(1).max(64);

/**
 * The record's updatedAt as the edit form loaded it (ISO string): the optimistic-concurrency
 * stamp of records without a version column. A missing or garbled one cannot match, so it is
 * read as a stale form rather than a field error.
 */
export const ZUpdatedAt = z.iso.datetime().transform((s) => new Date(s)).catch(() => new Date(0));

/** An id chosen from a select: required, with its own message. */
export const requiredId = (message: string) => z.string({ error: message }).trim().min(1, message).max(64);

export const requiredText = (max: number) => z.string({ error: c.required }).trim().min(1, c.required).max(max, c.tooLong(max));

/** An empty input is null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, c.tooLong(max))
    .optional()
    .transform((s) => s || null);

/** Textareas submit CRLF line ends; the source documents use LF. */
export const lf = (s: string) => s.replace(/\r\n?/g, "\n");

/** A longer text (task text, quotes, notes) with the document's line ends; empty is null. */
export const optionalLongText = (max: number) => optionalText(max).transform((s) => (s === null ? null : lf(s)));

export const optionalId = z.string().trim().max(64).optional().transform((s) => s || null);

/** A figure as typed (full-width digits allowed); null when left empty. */
export const optionalFigure = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const r = readFigure(raw ?? "");
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.reason === "withSymbol" ? m.manage.import.reasons.withSymbol : c.notNumber });
      return z.NEVER;
    }
    return r.value;
  });

export const optionalYear = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const r = readYear(raw ?? "");
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: c.notYear });
      return z.NEVER;
    }
    return r.value;
  });

export const requiredYear = optionalYear.refine((y): y is number => y !== null, c.required).transform((y) => y as number);

/** "2025-12-31" → a UTC date; empty → null. */
export const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return null;
    const d = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : null;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) {
      ctx.addIssue({ code: "custom", message: c.notDate });
      return z.NEVER;
    }
    return d;
  });

/**
 * The rows of a list editor (a task's or target's units, a target's milestones and further
 * citations), which the form submits as one JSON field. Errors of a row's field carry its
 * path (units.2.isLead), so the form shows them next to that row.
 */
export function jsonRows<Row extends z.ZodType>(row: Row, max: number, messages: { invalid: string; tooMany: string }) {
  return z
    .string({ error: messages.invalid })
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: messages.invalid });
        return z.NEVER;
      }
    })
    .pipe(z.array(row, { error: messages.invalid }).max(max, messages.tooMany));
}

/** A day (optionalDay, a @db.Date column) as its ISO day, "2025-12-31". */
export const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** A checkbox submits "on" when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** URL search params as plain strings (the first of repeated ones). */
export function plainParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)]));
}

/**
 * The record's updatedAt as the form loaded it (ISO string): the write matches it, so a save
 * based on an outdated record is refused instead of overwriting someone else's change.
 */
export const ZLoadedAt = z.iso.datetime({ offset: true, error: c.genericError }).transform((s) => new Date(s));

/** An optional whole number (sort orders); empty is null. */
export const optionalWhole = z
  .string()
  .trim()
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return null;
    const r = readFigure(raw);
    if (!r.ok || r.value === null || !Number.isInteger(r.value) || Math.abs(r.value) > 1_000_000) {
      ctx.addIssue({ code: "custom", message: c.notWhole });
      return z.NEVER;
    }
    return r.value;
  });

/** What a file could be called on any desktop: no path separators or reserved characters, no leading dot. */
const isFileName = (s: string) => !s.startsWith(".") && ![...s].some((ch) => '/\\:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20);

/**
 * The name a plan's entered text is stored under (SourceDocument.file, and the sourceFile of
 * every quote from it). It is a database key and never a path: lib/source-documents.ts reads
 * the disk only for the bundled names.
 */
export const ZDocumentFileName = z.string().trim().min(1, c.required).max(120, c.tooLong(120)).refine(isFileName, m.manage.planDocument.fileNameFormat);

/**
 * A bundled source document (seed/sources), the plan's own entered text (the data-access
 * layer checks which plan it belongs to), or empty for none.
 */
export const optionalSourceFile = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || null)
  .refine((s) => s === null || (SOURCE_FILES as readonly string[]).includes(s) || (s.length <= 120 && isFileName(s)), c.chooseFromList);

/** A code unique within its plan (A1-05, T01-1, CH3): anything but blanks, as the documents write it. */
export const recordCode = (max: number) => requiredText(max).regex(/^\S+$/, c.noBlanks);
/** A list filter from the URL: anything unexpected is no filter, never an error (a shared link keeps working). */
export const filter = <T extends z.ZodType>(schema: T) => schema.nullable().catch(null);

/**
 * The query string of a /manage list: search text, "show archived", sort, direction and page,
 * plus the list's own filters. The first sort is the default.
 */
export function listQuery<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sorts: S, filters: F) {
  return z.object({
    q: z.string().trim().max(64).catch(""),
    archived: checkbox.catch(false),
    sort: z.enum(sorts).catch(sorts[0]),
    dir: z.enum(["asc", "desc"]).catch("asc"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    ...filters,
  });
}

/** The list's fields every list query has, as the list components read them. */
export interface TListQuery {
  q: string;
  archived: boolean;
  sort: string;
  dir: "asc" | "desc";
  page: number;
}
