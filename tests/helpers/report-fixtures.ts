import type { Db } from "@/lib/db/client";

/**
 * A figure of a hospital's report for a quarter, written as the reporting workflow leaves it:
 * the hospital's report of that period (created, or moved to `status`) holding `value` for the
 * target. An APPROVED report is stamped reviewed now, so the dashboard summary sees it.
 */
export async function reportFigure(
  prisma: Db,
  f: { targetId: string; hospitalId: string; year: number; quarter: number; value: number; status?: "APPROVED" | "SUBMITTED"; regionCode?: string },
): Promise<string> {
  const status = f.status ?? "APPROVED";
  const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { year: f.year, quarter: f.quarter, region: { code: f.regionCode ?? "330300" } }, select: { id: true } });
  const assignment = await prisma.assignment.findFirstOrThrow({ where: { targetId: f.targetId, hospitalId: f.hospitalId }, select: { id: true } });
  const reviewedAt = status === "APPROVED" ? new Date() : null;
  const report = await prisma.progressReport.upsert({
    where: { periodId_hospitalId: { periodId: period.id, hospitalId: f.hospitalId } },
    create: { periodId: period.id, hospitalId: f.hospitalId, status, reviewedAt },
    update: { status, reviewedAt },
    select: { id: true },
  });
  await prisma.reportValue.create({ data: { reportId: report.id, assignmentId: assignment.id, targetId: f.targetId, value: f.value } });
  return report.id;
}
