import "server-only";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { daysLeft } from "../../domain/report-workflow";
import { formatQuarter, m } from "../../i18n";
import { regionSubtree } from "../scope";
import { listMyPeriods } from "./reporter";

export interface Notice {
  text: string;
  href: string;
  tone: "info" | "warn" | "bad";
}

const n = m.reports.notifications;

/**
 * The header's notification area (issue #5): reporters see open periods with the days left
 * and returned reports; staff see reports awaiting review and overdue reporters.
 */
export async function listNotifications(actor: SessionUser, now = new Date()): Promise<Notice[]> {
  if (actor.role === "HOSPITAL_REPORTER" || actor.role === "UNIT_REPORTER") {
    const notices: Notice[] = [];
    for (const p of await listMyPeriods(actor, now)) {
      const href = p.report ? `/reports/${p.report.id}` : "/reports";
      if (p.report?.status === "RETURNED") notices.push({ text: n.returned(p.label), href, tone: "bad" });
      else if (p.status === "OPEN" && (!p.report || p.report.status === "DRAFT")) {
        notices.push({ text: n.openPeriod(p.label, m.reports.daysLeft(p.daysLeft)), href, tone: p.daysLeft < 0 ? "bad" : p.daysLeft <= 7 ? "warn" : "info" });
      }
    }
    return notices;
  }
  if (actor.role !== "STAFF") return [];
  const notices: Notice[] = [];
  const waiting = await db.progressReport.count({ where: { status: "SUBMITTED", period: { region: regionSubtree(actor) } } });
  if (waiting > 0) notices.push({ text: n.newSubmissions(waiting), href: "/review", tone: "info" });
  const open = await db.reportingPeriod.findMany({ where: { status: "OPEN", region: regionSubtree(actor) }, select: { id: true, year: true, quarter: true, deadline: true, regionId: true } });
  for (const p of open.filter((p) => daysLeft(p.deadline, now) < 0)) {
    const live = { archivedAt: null, target: { archivedAt: null, plan: { archivedAt: null, regionId: p.regionId } } };
    const notDone = { reports: { none: { periodId: p.id, status: { in: ["SUBMITTED" as const, "APPROVED" as const] } } } };
    const [h, u] = await Promise.all([
      db.hospital.count({ where: { archivedAt: null, assignments: { some: live }, ...notDone } }),
      db.responsibleUnit.count({ where: { archivedAt: null, assignments: { some: live }, ...notDone } }),
    ]);
    if (h + u > 0) notices.push({ text: n.overdue(formatQuarter(p.year, p.quarter), h + u), href: `/completeness?period=${p.id}`, tone: "warn" });
  }
  return notices;
}
