/**
 * Demo progress: APPROVED quarterly reports for every closed demo period, so the dashboards
 * show a realistic mix right after `npm start` (some targets achieved, some lagging, some never
 * reported). The open period stays empty so the reporting journey starts clean. Values are
 * deterministic (hashed from codes, not random), all reports are isDemo, and a reporter's
 * report for a period is only ever created once: a second run changes nothing.
 */
import { createHash } from "node:crypto";
import type { Prisma } from "../lib/generated/prisma/client";
import type { SyncStats } from "./sync";

type Tx = Prisma.TransactionClient;

/** 0..1, stable for the same words. */
function unit(...words: string[]): number {
  return createHash("sha256").update(words.join("|")).digest().readUInt32BE(0) / 0xffffffff;
}

type Fate = "ACHIEVE" | "PACE" | "LAG" | "SILENT";
function fateOf(code: string): Fate {
  const u = unit("fate", code);
  return u < 0.35 ? "ACHIEVE" : u < 0.6 ? "PACE" : u < 0.85 ? "LAG" : "SILENT";
}
const REACH: Record<Fate, number> = { ACHIEVE: 1.05, PACE: 0.92, LAG: 0.55, SILENT: 0 };

interface DemoTarget {
  code: string;
  kind: string;
  comparator: string;
  value: number | null;
  baselineValue: number | null;
  startYear: number;
  deadlineYear: number;
  assignees: number;
}

const round = (n: number, kind: string) => (kind === "COUNT" || kind === "YEARLY_QUOTA" ? Math.round(n) : Math.round(n * 10) / 10);

/** One assignee's cumulative figure for a quarter: its part of the way along the fate's path. */
export function demoFigure(t: DemoTarget, reporter: string, year: number, quarter: number): { value: number | null; milestoneDone: boolean | null } {
  const fate = fateOf(t.code);
  const start = t.startYear * 4;
  const elapsed = Math.min(1, Math.max(0, (year * 4 + quarter - start) / ((t.deadlineYear + 1) * 4 - start)));
  const wobble = 0.95 + 0.1 * unit("wobble", t.code, reporter, String(year), String(quarter));
  if (t.kind === "MILESTONE") return { value: null, milestoneDone: fate === "ACHIEVE" ? elapsed >= 0.7 : fate === "PACE" && elapsed >= 0.95 };
  const target = t.value ?? 0;
  const share = 1 / Math.max(1, t.assignees);
  if (t.kind === "YEARLY_QUOTA") return { value: round(target * share * (quarter / 4) * REACH[fate] * wobble, t.kind), milestoneDone: null };
  if (t.kind === "GROWTH_RATE" || t.kind === "RATIO") return { value: round(target * share * REACH[fate] * wobble, t.kind), milestoneDone: null };
  if (t.comparator === "LTE" || t.comparator === "LT") {
    // From 30 % above the ceiling down to (or not quite down to) it.
    const from = t.baselineValue ?? target * 1.3;
    const to = fate === "LAG" ? target * 1.15 : target * 0.97;
    return { value: round((from + (to - from) * elapsed * wobble) * share, t.kind), milestoneDone: null };
  }
  const base = t.baselineValue ?? 0;
  return { value: round((base + (target - base) * REACH[fate] * elapsed * wobble) * share, t.kind), milestoneDone: null };
}

export async function loadDemoReports(tx: Tx, stats: SyncStats) {
  const periods = await tx.reportingPeriod.findMany({ where: { status: "CLOSED" }, select: { id: true, regionId: true, year: true, quarter: true } });
  const existing = await tx.progressReport.findMany({ select: { periodId: true, hospitalId: true, unitId: true } });
  const done = new Set(existing.map((r) => `${r.periodId}|${r.hospitalId ?? r.unitId}`));
  const assignments = await tx.assignment.findMany({
    where: { archivedAt: null },
    select: {
      id: true, hospitalId: true, unitId: true, targetId: true,
      hospital: { select: { code: true } }, unit: { select: { name: true } },
      target: {
        select: {
          code: true, kind: true, comparator: true, aggregation: true, value: true, baselineValue: true, deadlineYear: true,
          plan: { select: { code: true, regionId: true, startYear: true } }, _count: { select: { assignments: true } },
        },
      },
    },
  });
  const reviewers = new Map((await tx.user.findMany({ where: { isDemo: true, role: "STAFF" }, select: { id: true, regionId: true } })).map((u) => [u.regionId, u.id]));
  const submitters = await tx.user.findMany({ where: { isDemo: true, role: { in: ["HOSPITAL_REPORTER", "UNIT_REPORTER"] } }, select: { id: true, hospitalId: true, unitId: true } });
  const submitterOf = (orgId: string) => submitters.find((u) => u.hospitalId === orgId || u.unitId === orgId)?.id ?? null;

  const reports: Prisma.ProgressReportCreateManyInput[] = [];
  const values: { key: string; data: Omit<Prisma.ReportValueCreateManyInput, "reportId"> }[] = [];
  for (const p of periods) {
    const mine = assignments.filter((a) => a.target.plan.regionId === p.regionId);
    const byOrg = new Map<string, typeof mine>();
    for (const a of mine) byOrg.set((a.hospitalId ?? a.unitId)!, [...(byOrg.get((a.hospitalId ?? a.unitId)!) ?? []), a]);
    for (const [orgId, list] of byOrg) {
      const key = `${p.id}|${orgId}`;
      if (done.has(key)) continue;
      const reporter = list[0].hospital?.code ?? list[0].unit?.name ?? orgId;
      // A few reporters skip a quarter now and then: missing reports are part of the picture.
      if (unit("skip", reporter, String(p.year), String(p.quarter)) < 0.08) continue;
      const kept = list.filter((a) => fateOf(a.target.code) !== "SILENT" && p.year >= a.target.plan.startYear);
      if (kept.length === 0) continue;
      const quarterEnd = Date.UTC(p.year, p.quarter * 3, 0);
      reports.push({
        periodId: p.id, hospitalId: list[0].hospitalId, unitId: list[0].hospitalId ? null : list[0].unitId, status: "APPROVED",
        progress: "（演示数据）本季度按计划推进各项建设任务。", problems: "", nextSteps: "（演示数据）继续推进。",
        submittedAt: new Date(quarterEnd + 8 * 86_400_000), submittedById: submitterOf(orgId),
        reviewedAt: new Date(quarterEnd + 15 * 86_400_000), reviewedById: reviewers.get(p.regionId) ?? null, isDemo: true,
      });
      for (const a of kept) {
        const t = a.target;
        const figure = demoFigure({
          code: t.code, kind: t.kind, comparator: t.comparator, value: t.value?.toNumber() ?? null, baselineValue: t.baselineValue?.toNumber() ?? null,
          startYear: t.plan.startYear, deadlineYear: t.deadlineYear,
          // Only a SUM is split between the assignees; the lead unit or the latest report carries the whole figure.
          assignees: t.aggregation === "SUM" ? t._count.assignments : 1,
        }, reporter, p.year, p.quarter);
        values.push({ key, data: { assignmentId: a.id, targetId: a.targetId, value: figure.value, milestoneDone: figure.milestoneDone, note: "演示数据" } });
      }
    }
  }
  if (reports.length === 0) return;
  const created = await tx.progressReport.createManyAndReturn({ data: reports, select: { id: true, periodId: true, hospitalId: true, unitId: true } });
  const idOf = new Map(created.map((r) => [`${r.periodId}|${r.hospitalId ?? r.unitId}`, r.id]));
  await tx.reportValue.createMany({ data: values.map((v) => ({ ...v.data, reportId: idOf.get(v.key)! })) });
  for (let i = 0; i < created.length; i++) stats.add("ProgressReport", "created");
  for (let i = 0; i < values.length; i++) stats.add("ReportValue", "created");
}
