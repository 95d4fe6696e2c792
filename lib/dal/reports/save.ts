import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { checkReportValues, parseReportNumber } from "../../domain/report-values";
import { reportChanges, statusesAllowing } from "../../domain/report-workflow";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { reportSaveFieldKey, ZReportSave, type TReportSave } from "../../validation/reports";
import { assertCanAudited, auditActorOf, recordDenied } from "../access-audit";
import { LostRace, ReportConflictError, ReportValidationError } from "./errors";
import { loadReportForm } from "./form";
import { reporterKey } from "./scope";
import { snapshotOf, valueRules } from "./snapshot";
import type { ReportForm } from "./types";

const e = m.reports.errors;

/** The reporter's own report, or NOT_FOUND (audited) for anybody else's id. */
export async function ownReportForm(actor: SessionUser, reportId: string, action: string): Promise<ReportForm> {
  await assertCanAudited(actor, "report:fill", { action, entityType: "ProgressReport", entityId: reportId });
  const key = reporterKey(actor);
  const form = key ? await loadReportForm(db, actor, { id: reportId, ...key }) : null;
  if (!form) {
    await recordDenied(actor, { action, entityType: "ProgressReport", entityId: reportId }, "outOfScope");
    throw new AppError("NOT_FOUND", e.notFound);
  }
  return form;
}

/** Refuses a change to a report whose period is not open or whose status is not editable. */
export function assertChangeable(form: ReportForm): void {
  if (form.report.periodStatus !== "OPEN") throw new AppError("CONFLICT", e.periodClosed);
  if (form.report.status !== "DRAFT" && form.report.status !== "RETURNED") throw new AppError("CONFLICT", e.notEditable);
}

/**
 * Saves a draft (issue #5, "Nothing lost, nothing silently overwritten"): the save names the
 * version it was based on, and a conditional UPDATE on (version, editable status, open period)
 * makes a stale one fail with the stored form attached. Values, narrative and audit record
 * commit together.
 */
export async function saveReportDraft(actor: SessionUser, raw: TReportSave): Promise<{ version: number }> {
  const parsed = ZReportSave.safeParse(raw);
  if (!parsed.success) throw new ReportValidationError(fieldErrorsOf(parsed.error, reportSaveFieldKey(raw)));
  const input = parsed.data;
  const form = await ownReportForm(actor, input.reportId, AUDIT_ACTIONS.reportSave);
  assertChangeable(form);
  if (form.report.version !== input.version) throw new ReportConflictError(form);
  const errors = checkReportValues(valueRules(form), input.values, "draft");
  if (Object.keys(errors).length > 0) throw new ReportValidationError(errors);

  const before = snapshotOf(form);
  const after = snapshotOf({
    progress: input.progress,
    problems: input.problems,
    nextSteps: input.nextSteps,
    items: form.items.map((item) => {
      const entry = input.values.find((v) => v.assignmentId === item.assignmentId);
      if (!entry) return item;
      const merged = { ...item.current };
      if (entry.value !== undefined) merged.value = normalised(entry.value);
      if (entry.milestoneDone !== undefined) merged.milestoneDone = entry.milestoneDone;
      if (entry.milestoneDate !== undefined) merged.milestoneDate = entry.milestoneDate || null;
      if (entry.note !== undefined) merged.note = entry.note?.trim() ? entry.note : null;
      return { ...item, current: merged };
    }),
  });
  const changes = reportChanges(before, after);
  const changedIds = new Set(changes.map((c) => c.assignmentId).filter((id): id is string => id !== null));
  const targetOf = new Map(form.items.map((i) => [i.assignmentId, i.targetId]));
  const audit = await auditActorOf(actor);
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.progressReport.updateMany({
        where: { id: form.report.id, version: input.version, status: { in: statusesAllowing("SAVE") }, period: { status: "OPEN" } },
        data: { progress: input.progress, problems: input.problems, nextSteps: input.nextSteps, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new LostRace();
      const rows = [...changedIds].map((id) => {
        const v = after.values[id];
        return { assignmentId: id, value: v.value, milestoneDone: v.milestoneDone, milestoneDate: v.milestoneDate ? new Date(`${v.milestoneDate}T00:00:00Z`) : null, note: v.note };
      });
      // New values in one statement (a first save is nearly always all new); the report's row
      // lock taken above keeps a concurrent save out, so whatever was skipped exists: update it.
      const created = rows.length === 0 ? [] : await tx.reportValue.createManyAndReturn({
        data: rows.map((r) => ({ ...r, reportId: form.report.id, targetId: targetOf.get(r.assignmentId)! })),
        skipDuplicates: true,
        select: { assignmentId: true },
      });
      const inserted = new Set(created.map((c) => c.assignmentId));
      for (const { assignmentId, ...data } of rows.filter((r) => !inserted.has(r.assignmentId))) {
        await tx.reportValue.update({ where: { reportId_assignmentId: { reportId: form.report.id, assignmentId } }, data });
      }
      const version = input.version + 1;
      await recordAudit(tx, audit, {
        action: AUDIT_ACTIONS.reportSave, outcome: "SUCCESS", entityType: "ProgressReport", entityId: form.report.id,
        before: { version: input.version }, after: { version, changes: JSON.parse(JSON.stringify(changes)) },
      });
      return { version };
    });
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
    // Somebody else saved (or submitted, or the period closed) in between: tell the user why.
    const now = await ownReportForm(actor, input.reportId, AUDIT_ACTIONS.reportSave);
    assertChangeable(now);
    throw new ReportConflictError(now);
  }
}

/** "1,234.50" → "1234.50"; blank → null (validated before). */
function normalised(raw: string | null): string | null {
  const n = parseReportNumber(raw);
  return n === null ? null : (raw ?? "").trim().replace(/,/g, "");
}
