import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { nextStatus, statusesAllowing } from "../../domain/report-workflow";
import { AppError } from "../../errors";
import type { ReportStatus } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { ZReportReview, type TReportReview } from "../../validation/reports";
import { assertCanAudited, auditActorOf, recordDenied } from "../access-audit";
import { LostRace, ReportValidationError } from "./errors";
import { reportScope } from "./scope";

export interface ReviewOutcome {
  reportId: string;
  /** False when somebody else approved or returned it first: nothing was changed. */
  applied: boolean;
  status: ReportStatus;
}

/**
 * Approves or returns submitted reports (staff, their region only). Each report changes in
 * its own transaction with a conditional UPDATE on status SUBMITTED, so an approve and a
 * return racing on one report leave exactly one outcome, and a bulk approval is not undone
 * by one report somebody else has just returned.
 */
export async function reviewReports(actor: SessionUser, raw: TReportReview): Promise<ReviewOutcome[]> {
  const action = raw.decision === "RETURN" ? AUDIT_ACTIONS.reportReturn : AUDIT_ACTIONS.reportApprove;
  await assertCanAudited(actor, "report:review", { action, entityType: "ProgressReport", entityId: raw.reportIds?.[0] });
  const parsed = ZReportReview.safeParse(raw);
  if (!parsed.success) throw new ReportValidationError(fieldErrorsOf(parsed.error));
  const { reportIds, decision } = parsed.data;
  const reason = decision === "RETURN" ? parsed.data.reason! : null;
  const ids = [...new Set(reportIds)];
  const found = await db.progressReport.findMany({ where: { AND: [{ id: { in: ids } }, reportScope(actor)!] }, select: { id: true } });
  if (found.length !== ids.length) {
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    await recordDenied(actor, { action, entityType: "ProgressReport", entityId: missing[0] }, "outOfScope");
    throw new AppError("NOT_FOUND", m.reports.errors.notFound);
  }
  const to = nextStatus("SUBMITTED", decision)!;
  const audit = await auditActorOf(actor);
  const outcomes: ReviewOutcome[] = [];
  for (const reportId of ids) {
    const reviewedAt = new Date();
    try {
      await db.$transaction(async (tx) => {
        const updated = await tx.progressReport.updateMany({
          where: { id: reportId, status: { in: statusesAllowing(decision) } },
          data: { status: to, version: { increment: 1 }, reviewedAt, reviewedById: actor.id, returnReason: reason },
        });
        if (updated.count !== 1) throw new LostRace();
        await tx.reportTransition.create({ data: { reportId, fromStatus: "SUBMITTED", toStatus: to, actorId: actor.id, reason } });
        await recordAudit(tx, audit, {
          action, outcome: "SUCCESS", entityType: "ProgressReport", entityId: reportId,
          before: { status: "SUBMITTED" }, after: { status: to, ...(reason ? { returnReason: reason } : {}) },
        });
      });
      outcomes.push({ reportId, applied: true, status: to });
    } catch (err) {
      if (!(err instanceof LostRace)) throw err;
      const now = await db.progressReport.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } });
      outcomes.push({ reportId, applied: false, status: now.status });
    }
  }
  return outcomes;
}
