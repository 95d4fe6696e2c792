/**
 * Checks that the hand-written SQL of hand-sql.ts answers exactly what the app's data functions
 * answer on the bench dataset, so the timings compare the same work: the same plans, counts,
 * laggards and changes; the same rows with the same status, figures and order; the same filter
 * choices. Throws on the first difference.
 */
import type { PlanOverview } from "../../lib/dal/dashboard/overview";
import type { PlanDashboard } from "../../lib/dal/dashboard/plan";
import type { JudgedTarget } from "../../lib/dal/dashboard/judged-targets";

/* eslint-disable @typescript-eslint/no-explicit-any -- rows of pg's JSON, compared field by field */
type Row = Record<string, any>;

function same(what: string, app: unknown, sql: unknown): void {
  const a = JSON.stringify(app);
  const s = JSON.stringify(sql);
  if (a !== s) throw new Error(`hand SQL differs from the app in ${what}:\n  app ${a.slice(0, 400)}\n  sql ${s.slice(0, 400)}`);
}

/** Figures rounded so that float noise between SQL and JavaScript does not count as a difference. */
const r = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 1e9) / 1e9);
const latestOf = (l: JudgedTarget["latest"] | Row | null) => (l ? { value: r(l.value), milestoneDone: l.milestoneDone, year: l.year, quarter: l.quarter } : null);
const line = (t: JudgedTarget | Row) => ({ id: t.id, code: t.code, status: t.status, progress: r(t.progress), expected: r(t.expected), latest: latestOf(t.latest) });

export function compareOverview(app: PlanOverview[], sql: Row[]): void {
  same("the plans", app.map((p) => p.code), sql.map((p) => p.code));
  app.forEach((p, i) => {
    const s = sql[i];
    same(`${p.code} totals`, [p.total, p.counts, r(p.goodShare), p.improved, p.worsened], [s.total, s.counts, r(s.goodShare), s.improved, s.worsened]);
    same(`${p.code} laggards`, p.lagging.map(line), s.lagging.map(line));
    same(`${p.code} changes`, p.changed.map((c) => [c.target.id, c.from, c.to]), s.changed.map((c: Row) => [c.id, c.from, c.to]));
  });
}

export function comparePlan(app: PlanDashboard, sql: Row): void {
  const row = (t: JudgedTarget | Row, task: string, deadline: string) => ({ ...line(t), task, leadUnits: t.leadUnits, stale: t.stale, deadline, reportCount: t.reportCount });
  same("the plan's rows", app.rows.map((t) => row(t, `${t.task.number} ${t.task.title}`, t.deadline)), sql.rows.map((t: Row) => row(t, t.task, t.deadline)));
  same("the plan's counts", app.counts, sql.counts);
  same("the filter choices", app.options, { tasks: sql.tasks, units: sql.units, hospitals: sql.hospitals, counties: sql.counties, years: sql.years });
}
