import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { daysLeft, defaultDeadline } from "../domain/report-workflow";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { PeriodStatus } from "../generated/prisma/enums";
import { formatQuarter, m } from "../i18n";
import { ZPeriodCreate, ZPeriodExtend, type TPeriodCreate, type TPeriodExtend } from "../validation/reports";
import { assertCanAudited, auditActorOf, recordDenied } from "./access-audit";
import { regionSubtree } from "./scope";

/**
 * Reporting periods (admin and staff, their own region): create, open, extend, close. A
 * closed period accepts no changes: every report write checks `period.status = OPEN` in
 * its conditional UPDATE.
 */
const p = m.reports.periods;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface PeriodRow {
  id: string;
  label: string;
  regionName: string;
  year: number;
  quarter: number;
  status: PeriodStatus;
  opensOn: Date;
  deadline: Date;
  daysLeft: number;
  reportCount: number;
}

export async function listPeriods(actor: SessionUser): Promise<PeriodRow[]> {
  await assertCanAudited(actor, "period:manage", { action: AUDIT_ACTIONS.accessDenied, entityType: "ReportingPeriod" });
  const rows = await db.reportingPeriod.findMany({
    where: { region: regionSubtree(actor) },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: 60,
    select: { id: true, year: true, quarter: true, status: true, opensOn: true, deadline: true, region: { select: { name: true } }, _count: { select: { reports: true } } },
  });
  const now = new Date();
  return rows.map((r) => ({
    id: r.id, label: formatQuarter(r.year, r.quarter), regionName: r.region.name, year: r.year, quarter: r.quarter, status: r.status,
    opensOn: r.opensOn, deadline: r.deadline, daysLeft: daysLeft(r.deadline, now), reportCount: r._count.reports,
  }));
}

/** A new quarter for the actor's commission; deadline defaults to the 10th day after the quarter ends. */
export async function createPeriod(actor: SessionUser, raw: TPeriodCreate): Promise<{ id: string }> {
  await assertCanAudited(actor, "period:manage", { action: AUDIT_ACTIONS.periodCreate, entityType: "ReportingPeriod" });
  const input = ZPeriodCreate.parse(raw);
  const deadline = input.deadline ? day(input.deadline) : defaultDeadline(input.year, input.quarter);
  const opensOn = input.opensOn ? day(input.opensOn) : new Date(Date.UTC(input.year, input.quarter * 3 - 1, 20));
  if (deadline < opensOn) throw new AppError("INVALID", p.badDeadline);
  const audit = await auditActorOf(actor);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.reportingPeriod.create({ data: { regionId: actor.regionId, year: input.year, quarter: input.quarter, opensOn, deadline, status: "PLANNED" }, select: { id: true } });
      await recordAudit(tx, audit, { action: AUDIT_ACTIONS.periodCreate, outcome: "SUCCESS", entityType: "ReportingPeriod", entityId: created.id, after: { year: input.year, quarter: input.quarter, opensOn, deadline } });
      return created;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", p.exists);
    throw err;
  }
}

type Change = { action: string; allowedFrom: PeriodStatus[]; refusal: string; data: (before: { deadline: Date }) => Prisma.ReportingPeriodUpdateManyMutationInput };

/** One conditional UPDATE per change, so two staff acting at once cannot, say, reopen a closed period. */
async function changePeriod(actor: SessionUser, periodId: string, change: Change): Promise<void> {
  await assertCanAudited(actor, "period:manage", { action: change.action, entityType: "ReportingPeriod", entityId: periodId });
  const before = await db.reportingPeriod.findFirst({ where: { id: periodId, region: regionSubtree(actor) }, select: { status: true, deadline: true } });
  if (!before) {
    await recordDenied(actor, { action: change.action, entityType: "ReportingPeriod", entityId: periodId }, "outOfScope");
    throw new AppError("NOT_FOUND", m.reports.errors.notFound);
  }
  const data = change.data(before);
  const audit = await auditActorOf(actor);
  await db.$transaction(async (tx) => {
    const updated = await tx.reportingPeriod.updateMany({ where: { id: periodId, status: { in: change.allowedFrom } }, data });
    if (updated.count !== 1) throw new AppError("CONFLICT", change.refusal);
    await recordAudit(tx, audit, {
      action: change.action, outcome: "SUCCESS", entityType: "ReportingPeriod", entityId: periodId,
      before: { status: before.status, deadline: before.deadline }, after: JSON.parse(JSON.stringify(data)),
    });
  });
}

export const openPeriod = (actor: SessionUser, periodId: string) =>
  changePeriod(actor, periodId, { action: AUDIT_ACTIONS.periodOpen, allowedFrom: ["PLANNED"], refusal: p.notOpenable, data: () => ({ status: "OPEN" }) });

export const closePeriod = (actor: SessionUser, periodId: string) =>
  changePeriod(actor, periodId, { action: AUDIT_ACTIONS.periodClose, allowedFrom: ["PLANNED", "OPEN"], refusal: p.alreadyClosed, data: () => ({ status: "CLOSED", closedAt: new Date() }) });

/** A later deadline for a period not yet closed. */
export async function extendDeadline(actor: SessionUser, raw: TPeriodExtend): Promise<void> {
  const input = ZPeriodExtend.parse(raw);
  const deadline = day(input.deadline);
  await changePeriod(actor, input.periodId, {
    action: AUDIT_ACTIONS.periodExtend, allowedFrom: ["PLANNED", "OPEN"], refusal: p.alreadyClosed,
    data: (before) => {
      if (deadline <= before.deadline) throw new AppError("INVALID", p.extendOnlyLater);
      return { deadline };
    },
  });
}
