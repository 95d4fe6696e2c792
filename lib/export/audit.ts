/**
 * The audit log as an Excel file: one sheet of events under Chinese headers (frozen, filterable),
 * one sheet saying who exported what with which filter and whether the cap cut it short.
 * Pure: records in, bytes out. Every text cell passes through escapeCellText: usernames of
 * failed sign-ins and before/after values are typed by whoever wants them in the log.
 */
import ExcelJS from "exceljs";
import type { AuditEventRecord } from "../dal/audit-query";
import { formatNumber, m, TIME_ZONE } from "../i18n";
import type { TAuditFilters } from "../validation/audit";
import { escapeCellText, type CellValue } from "./cell";

const c = m.audit.export.columns;

const COLUMNS: readonly { header: string; width: number; wrap?: boolean; value: (e: AuditEventRecord) => CellValue }[] = [
  { header: c.time, width: 20, value: (e) => formatAuditTime(e.occurredAt) },
  { header: c.username, width: 16, value: (e) => e.username },
  { header: c.role, width: 12, value: (e) => (e.role ? m.roles[e.role] : null) },
  { header: c.region, width: 10, value: (e) => e.regionName },
  { header: c.ip, width: 16, value: (e) => e.ip },
  { header: c.action, width: 14, value: (e) => m.audit.actions[e.action] ?? e.action },
  { header: c.actionCode, width: 18, value: (e) => e.action },
  { header: c.entityType, width: 14, value: (e) => e.entityType },
  { header: c.entityId, width: 28, value: (e) => e.entityId },
  { header: c.outcome, width: 7, value: (e) => m.audit.outcomes[e.outcome] },
  { header: c.before, width: 40, wrap: true, value: (e) => json(e.before) },
  { header: c.after, width: 40, wrap: true, value: (e) => json(e.after) },
  { header: c.detail, width: 40, wrap: true, value: (e) => json(e.detail) },
  { header: c.userAgent, width: 40, wrap: true, value: (e) => e.userAgent },
  { header: c.eventId, width: 10, value: (e) => e.id },
];

export const AUDIT_EXPORT_HEADERS: readonly string[] = COLUMNS.map((col) => col.header);

const timeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** "2026-11-22 09:30:15", Beijing time, to the second: an audit trail's order must be readable. */
export const formatAuditTime = (d: Date) => timeFormat.format(d);

/** Compact JSON for a cell (Excel holds 32,767 characters at most). */
function json(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…` : text;
}

export interface AuditExportNotes {
  exportedAt: Date;
  exportedBy: string;
  /** "用户名：admin；操作：user." or the "no filter" text. */
  filters: string;
  truncatedAt: number | null;
}

/** The filter in words for the notes sheet: "用户名：wmu；操作：用户管理（全部）". */
export function describeAuditFilters(filters: TAuditFilters): string {
  const f = m.audit.filter;
  const action = filters.action && ((m.audit.areas as Record<string, string>)[filters.action] ?? m.audit.actions[filters.action] ?? filters.action);
  const parts: [string, string | undefined][] = [
    [f.username, filters.user],
    [f.action, action],
    [f.entityType, filters.entityType],
    [f.entityId, filters.entityId],
    [f.outcome, filters.outcome && m.audit.outcomes[filters.outcome]],
    [f.from, filters.from],
    [f.to, filters.to],
  ];
  const given = parts.filter((p): p is [string, string] => Boolean(p[1]));
  return given.length === 0 ? m.audit.export.notes.noFilters : given.map(([k, v]) => `${k}：${v}`).join("；");
}

const TEXT_FORMAT = "@";

export async function auditEventsToXlsx(events: readonly AuditEventRecord[], notes: AuditExportNotes): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = m.app.name;
  const sheet = workbook.addWorksheet(m.audit.export.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((col) => ({ width: col.width, style: { alignment: { vertical: "top", wrapText: col.wrap ?? false } } }));
  const header = sheet.addRow(COLUMNS.map((col) => col.header));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF5" } };
  for (const event of events) {
    const row = sheet.addRow(COLUMNS.map((col) => cell(col.value(event))));
    // Text stays text when somebody edits the cell later.
    row.eachCell((cellOfRow) => (cellOfRow.numFmt = TEXT_FORMAT));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  const n = m.audit.export.notes;
  const about = workbook.addWorksheet(m.audit.export.notesSheetName);
  about.columns = [{ width: 20 }, { width: 80, style: { alignment: { wrapText: true, vertical: "top" } } }];
  about.addRow([n.exportedAt, formatAuditTime(notes.exportedAt)]);
  about.addRow([n.exportedBy, cell(notes.exportedBy)]);
  about.addRow([n.filters, cell(notes.filters)]);
  about.addRow([n.rows, events.length]);
  if (notes.truncatedAt !== null) about.addRow(["", n.truncated(formatNumber(notes.truncatedAt))]).font = { bold: true, color: { argb: "FFB42318" } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cell = (v: CellValue) => (v === null || v === "" ? null : typeof v === "string" ? escapeCellText(v) : v);
