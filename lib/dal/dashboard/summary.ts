import "server-only";
import { db, type Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";

/**
 * The dashboard summary TargetQuarterActual: per target and quarter, the approved actual after
 * Target.aggregation (docs/decisions/003-dashboard-summary.md). It is refreshed lazily by the
 * dashboards themselves, so the reporting workflow never has to know it exists: when a review,
 * a target or an assignment is newer than the summary's stamp, what it touched is rebuilt in one
 * transaction — a review only the quarter of its report for the report's targets, a target or
 * assignment change the whole target. Only APPROVED reports count (DOMAIN.md).
 */
const STAMP_ID = 1;

type Tx = Prisma.TransactionClient | Db;

/** Rows of the summary rebuilt from the approved report values; `only` narrows by rv (value) and p (period). */
function rebuild(tx: Tx, only: Prisma.Sql) {
  // SUM adds the assignees' figures of the quarter; LEAD_UNIT takes the lead unit's figure (or the
  // sum when no lead unit reports on the target); LATEST takes the last approved figure. One pass
  // that flags the figures to add, then one aggregate: no join whose plan depends on statistics
  // (PGlite has none after a seed, and a join of the picked rows back to their quarters ran in
  // quadratic time there: 9 s for 3,284 values).
  return tx.$executeRaw`
    WITH v AS (
      SELECT rv."targetId", p.year, p.quarter, rv.value, rv."milestoneDone", r."reviewedAt", t.aggregation,
             (tu."unitId" IS NOT NULL) AS is_lead
      FROM "ReportValue" rv
      JOIN "ProgressReport" r ON r.id = rv."reportId" AND r.status = 'APPROVED'
      JOIN "ReportingPeriod" p ON p.id = r."periodId"
      JOIN "Assignment" a ON a.id = rv."assignmentId" AND a."archivedAt" IS NULL
      JOIN "Target" t ON t.id = rv."targetId"
      LEFT JOIN "TargetUnit" tu ON tu."targetId" = rv."targetId" AND tu."unitId" = a."unitId" AND tu."isLead"
      WHERE ${only}
    ), led AS (
      SELECT DISTINCT a."targetId" FROM "Assignment" a
      JOIN "TargetUnit" tu ON tu."targetId" = a."targetId" AND tu."unitId" = a."unitId" AND tu."isLead"
      WHERE a."archivedAt" IS NULL AND a."targetId" IN (SELECT "targetId" FROM v)
    ), flagged AS (
      SELECT v.*, CASE v.aggregation
        WHEN 'SUM' THEN true
        WHEN 'LEAD_UNIT' THEN v.is_lead OR v."targetId" NOT IN (SELECT "targetId" FROM led)
        ELSE row_number() OVER (PARTITION BY v."targetId", v.year, v.quarter ORDER BY v."reviewedAt" DESC NULLS LAST) = 1 END AS picked
      FROM v
    )
    INSERT INTO "TargetQuarterActual" ("targetId", year, quarter, actual, "milestoneDone", "reportCount")
    SELECT "targetId", year, quarter, sum(value) FILTER (WHERE picked), bool_and("milestoneDone") FILTER (WHERE picked), count(*)::int
    FROM flagged GROUP BY "targetId", year, quarter`;
}

interface Freshness {
  exists: boolean;
  stamp: Date | null;
  source: Date | null;
  version: string | null;
}

/**
 * Which rebuild of the summary is stored: it changes with every refresh (refreshedAt), so a value
 * derived from summary rows read together with it stays valid exactly as long as it is unchanged.
 */
export const SUMMARY_VERSION_SQL = Prisma.sql`(SELECT coalesce("sourceStamp"::text, '') || '|' || "refreshedAt"::text FROM "DashboardSummaryStamp" WHERE id = ${STAMP_ID})`;

async function freshness(tx: Tx): Promise<Freshness> {
  // Each max() reads one end of an index (ProgressReport, Assignment: updatedAt/reviewedAt indexes).
  const [row] = await tx.$queryRaw<Freshness[]>`
    SELECT EXISTS (SELECT 1 FROM "DashboardSummaryStamp" WHERE id = ${STAMP_ID}) AS exists,
           (SELECT "sourceStamp" FROM "DashboardSummaryStamp" WHERE id = ${STAMP_ID}) AS stamp,
           ${SUMMARY_VERSION_SQL} AS version,
           GREATEST((SELECT max("reviewedAt") FROM "ProgressReport"),
                    (SELECT max("updatedAt") FROM "Target"),
                    (SELECT max("updatedAt") FROM "Assignment")) AS source`;
  return row;
}

const isFresh = (f: Freshness) => f.exists && (f.source === null || (f.stamp !== null && f.source <= f.stamp));

export interface SummaryState {
  fresh: boolean;
  /** SUMMARY_VERSION_SQL as read with the check; null before the first build. */
  version: string | null;
}

/** Whether the summary is up to date, and which version it holds; one round trip, reading only index ends. */
export async function dashboardSummaryState(client: Db = db): Promise<SummaryState> {
  const f = await freshness(client);
  return { fresh: isFresh(f), version: f.version };
}

/** Brings the summary up to date when something it depends on changed since its stamp. */
export async function ensureDashboardSummary(client: Db = db): Promise<void> {
  if (isFresh(await freshness(client))) return;
  await refresh(client);
}

/**
 * What changed since `stamp`: whole targets (a target or one of its assignments changed: its
 * aggregation, the lead unit rule, an archived assignee) and, for reviews, the quarter of the
 * reviewed report for each target it holds a value for — a twelfth of the target's values, read
 * period first (period → its reports → their values) instead of target first.
 */
async function rebuildTouched(tx: Tx, stamp: Date): Promise<void> {
  const whole = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Target" WHERE "updatedAt" > ${stamp} UNION SELECT "targetId" FROM "Assignment" WHERE "updatedAt" > ${stamp}`;
  const reviewed = await tx.$queryRaw<{ year: number; quarter: number; targetIds: string[] }[]>`
    SELECT p.year, p.quarter, array_agg(DISTINCT rv."targetId") AS "targetIds"
    FROM "ProgressReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId" JOIN "ReportValue" rv ON rv."reportId" = r.id
    WHERE r."reviewedAt" > ${stamp} GROUP BY p.year, p.quarter`;
  const targets = whole.map((t) => t.id);
  if (targets.length > 0) {
    await tx.$executeRaw`DELETE FROM "TargetQuarterActual" WHERE "targetId" = ANY(${targets}::text[])`;
    await rebuild(tx, Prisma.sql`rv."targetId" = ANY(${targets}::text[])`);
  }
  for (const { year, quarter, targetIds } of reviewed) {
    const ids = targetIds.filter((id) => !targets.includes(id));
    if (ids.length === 0) continue;
    await tx.$executeRaw`DELETE FROM "TargetQuarterActual" WHERE year = ${year} AND quarter = ${quarter} AND "targetId" = ANY(${ids}::text[])`;
    await rebuild(tx, Prisma.sql`p.year = ${year} AND p.quarter = ${quarter} AND rv."targetId" = ANY(${ids}::text[])`);
  }
}

async function refresh(client: Db): Promise<void> {
  await client.$transaction(async (tx) => {
    // One refresher at a time; a second one waits, then finds the summary fresh.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(727001)`;
    const f = await freshness(tx);
    if (isFresh(f)) return;
    if (!f.exists || f.stamp === null) {
      await tx.$executeRaw`DELETE FROM "TargetQuarterActual"`;
      await rebuild(tx, Prisma.sql`TRUE`);
    } else {
      await rebuildTouched(tx, f.stamp);
    }
    await tx.$executeRaw`
      INSERT INTO "DashboardSummaryStamp" (id, "sourceStamp", "refreshedAt") VALUES (${STAMP_ID}, ${f.source}, now())
      ON CONFLICT (id) DO UPDATE SET "sourceStamp" = EXCLUDED."sourceStamp", "refreshedAt" = EXCLUDED."refreshedAt"`;
  }, { timeout: 120_000, maxWait: 60_000 });
}
