import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { buildReportTemplate } from "../export/report-template";
import { m } from "../i18n";
import { columnLabel, parseReportUpload, type UploadProblem } from "../import/report-upload";
import { assertCanAudited, auditActorOf, recordDenied } from "./access-audit";
import { getReportForm, ReportValidationError, saveReportDraft, type ReportForm } from "./reports";

/**
 * The reporter's Excel round trip (issue #5, "Excel"): download the form as a template,
 * upload it filled in. Both go through the form's own functions, so scope and rules are the
 * UI's; the upload is saved as one draft or not at all.
 */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const x = m.reportExcel;

async function ownForm(actor: SessionUser, reportId: string, action: string): Promise<ReportForm> {
  await assertCanAudited(actor, "report:fill", { action, entityType: "ProgressReport", entityId: reportId });
  const form = await getReportForm(actor, reportId);
  if (!form) throw new AppError("NOT_FOUND", m.reports.errors.notFound);
  return form;
}

export async function reportTemplate(actor: SessionUser, reportId: string): Promise<{ form: ReportForm; bytes: Uint8Array<ArrayBuffer> }> {
  const form = await ownForm(actor, reportId, AUDIT_ACTIONS.reportExport);
  const bytes = await buildReportTemplate(form);
  const audit = await auditActorOf(actor);
  await db.$transaction((tx) =>
    recordAudit(tx, audit, { action: AUDIT_ACTIONS.reportExport, outcome: "SUCCESS", entityType: "ProgressReport", entityId: reportId, detail: { kind: "template", rows: form.items.length } }),
  );
  return { form, bytes };
}

export type UploadOutcome = { ok: true; version: number; rows: number } | { ok: false; problems: UploadProblem[] };

const FIELD_COLUMN = { value: "value", milestoneDone: "milestoneDone", milestoneDate: "milestoneDate", note: "note" } as const;

export async function uploadReportWorkbook(actor: SessionUser, reportId: string, bytes: Uint8Array): Promise<UploadOutcome> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, problems: [{ row: null, column: null, message: x.errors.tooLarge }] };
  const form = await ownForm(actor, reportId, AUDIT_ACTIONS.reportSave);
  if (!form.report.editable) {
    await recordDenied(actor, { action: AUDIT_ACTIONS.reportSave, entityType: "ProgressReport", entityId: reportId }, "forbidden");
    throw new AppError("CONFLICT", x.errors.notEditable);
  }
  const parsed = await parseReportUpload(bytes, form);
  if (!parsed.ok) return parsed;
  try {
    const { version } = await saveReportDraft(actor, parsed.save);
    return { ok: true, version, rows: parsed.rows.size };
  } catch (e) {
    if (!(e instanceof ReportValidationError)) throw e;
    // The form's own rules (share ≤ 100, below last quarter without a note…) by row and column.
    const problems = Object.entries(e.fieldErrors).map(([key, message]): UploadProblem => {
      const [id, field] = key.split(".");
      const column = FIELD_COLUMN[field as keyof typeof FIELD_COLUMN];
      return { row: parsed.rows.get(id) ?? null, column: column ? columnLabel(column) : field ?? null, message };
    });
    return { ok: false, problems };
  }
}
