import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { checkReportValues } from "../../domain/report-values";
import { reportChanges, statusesAllowing, type ReportSnapshot } from "../../domain/report-workflow";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { ZReportSubmit, type TReportSubmit } from "../../validation/reports";
import { auditActorOf } from "../access-audit";
import { LostRace, ReportConflictError, ReportValidationError } from "./errors";
import { assertChangeable, ownReportForm } from "./save";
import { snapshotOf, valueRules } from "./snapshot";
import type { ReportForm } from "./types";

export interface SubmitResult {
  reportId: string;
  status: "SUBMITTED";
  version: number;
  submittedAt: Date;
}

/** A repeat of a submit that already went through (double click, retried request): same answer, nothing written. */
function replayOf(form: ReportForm, version: number): SubmitResult | null {
  const r = form.report;
  if (r.status === "SUBMITTED" && r.version === version + 1 && r.submittedAt) return { reportId: r.id, status: "SUBMITTED", version: r.version, submittedAt: r.submittedAt };
  return null;
}

/**
 * Sends the report to review. The conditional UPDATE (status DRAFT|RETURNED, same version,
 * open period) lets exactly one of two identical submits through; the other one sees the
 * result and returns it. The transition records what changed since the previous submission.
 */
export async function submitReport(actor: SessionUser, raw: TReportSubmit): Promise<SubmitResult> {
  const input = ZReportSubmit.parse(raw);
  const form = await ownReportForm(actor, input.reportId, AUDIT_ACTIONS.reportSubmit);
  const replay = replayOf(form, input.version);
  if (replay) return replay;
  assertChangeable(form);
  if (form.report.version !== input.version) throw new ReportConflictError(form);
  const errors = checkReportValues(valueRules(form), form.items.map((i) => ({ assignmentId: i.assignmentId, ...i.current })), "submit");
  if (!form.progress.trim()) errors.progress = m.reports.validation.progressRequired;
  if (Object.keys(errors).length > 0) throw new ReportValidationError(errors);

  const snapshot = snapshotOf(form);
  const audit = await auditActorOf(actor);
  const submittedAt = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.progressReport.updateMany({
        where: { id: form.report.id, version: input.version, status: { in: statusesAllowing("SUBMIT") }, period: { status: "OPEN" } },
        data: { status: "SUBMITTED", version: { increment: 1 }, submittedAt, submittedById: actor.id, returnReason: null },
      });
      if (updated.count !== 1) throw new LostRace();
      // No transition leads back to DRAFT, so a draft (same version as loaded) was never
      // submitted: only a returned report has an earlier submission to compare with.
      const previous = form.report.status === "DRAFT" ? null : await tx.reportTransition.findFirst({
        where: { reportId: form.report.id, toStatus: "SUBMITTED" },
        orderBy: { createdAt: "desc" },
        select: { changes: true },
      });
      const previousSnapshot = (previous?.changes as { snapshot?: ReportSnapshot } | null)?.snapshot;
      const changed = previousSnapshot ? reportChanges(previousSnapshot, snapshot) : null;
      const changes = JSON.parse(JSON.stringify({ snapshot, changed })) as Prisma.InputJsonValue;
      await tx.reportTransition.create({ data: { reportId: form.report.id, fromStatus: form.report.status, toStatus: "SUBMITTED", actorId: actor.id, changes } });
      await recordAudit(tx, audit, {
        action: AUDIT_ACTIONS.reportSubmit, outcome: "SUCCESS", entityType: "ProgressReport", entityId: form.report.id,
        before: { status: form.report.status, version: input.version }, after: { status: "SUBMITTED", version: input.version + 1 },
        detail: changed ? { changed: changed.length } : undefined,
      });
      return { reportId: form.report.id, status: "SUBMITTED" as const, version: input.version + 1, submittedAt };
    });
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
    const now = await ownReportForm(actor, input.reportId, AUDIT_ACTIONS.reportSubmit);
    const again = replayOf(now, input.version);
    if (again) return again;
    assertChangeable(now);
    if (now.report.version !== input.version) throw new ReportConflictError(now);
    throw new AppError("CONFLICT", m.reports.errors.notSubmittable);
  }
}
