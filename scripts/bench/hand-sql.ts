/**
 * The same dashboard numbers by the best hand-written SQL: one statement each, the judging rule
 * of counts and ceilings written out in SQL (straight-line expectation, 10-point tolerance).
 * `source` is either the summary table or the raw report values, to show what the summary buys.
 */
export type Source = "summary" | "raw";

const quarterly = (source: Source) =>
  source === "summary"
    ? `SELECT "targetId", year, quarter, actual, "milestoneDone" FROM "TargetQuarterActual"`
    : `SELECT rv."targetId", p.year, p.quarter, sum(rv.value) AS actual, bool_and(rv."milestoneDone") AS "milestoneDone"
       FROM "ReportValue" rv JOIN "ProgressReport" r ON r.id = rv."reportId" AND r.status = 'APPROVED'
       JOIN "ReportingPeriod" p ON p.id = r."periodId" GROUP BY 1, 2, 3`;

/** Per target of the plan: latest actual now and a quarter ago, achievement, expected, status. */
export const planRowsSql = (source: Source) => `
  WITH q AS (${quarterly(source)}),
  latest AS (SELECT DISTINCT ON ("targetId") * FROM q ORDER BY "targetId", year DESC, quarter DESC),
  before AS (SELECT DISTINCT ON ("targetId") * FROM q WHERE year * 4 + quarter < $2 ORDER BY "targetId", year DESC, quarter DESC),
  judged AS (
    SELECT t.id, t.code, t.metric, t.kind, t.value, l.actual, l.year, l.quarter, b.actual AS before_actual,
      CASE WHEN t.kind = 'MILESTONE' THEN CASE WHEN l."milestoneDone" THEN 1 ELSE 0 END
           WHEN t.comparator IN ('LTE', 'LT') THEN (coalesce(t."baselineValue", t.value * 2) - l.actual) / nullif(coalesce(t."baselineValue", t.value * 2) - t.value, 0)
           ELSE (l.actual - coalesce(t."baselineValue", 0)) / nullif(t.value - coalesce(t."baselineValue", 0), 0) END AS raw,
      least(1, greatest(0, (make_date(t."deadlineYear", 12, 31) - make_date(pl."startYear", 1, 1))::numeric)) AS span
    FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
    LEFT JOIN latest l ON l."targetId" = t.id LEFT JOIN before b ON b."targetId" = t.id
    WHERE pl.code = $1 AND rg.path LIKE '/990000/%' AND t."archivedAt" IS NULL
  )
  SELECT *, CASE WHEN actual IS NULL AND kind <> 'MILESTONE' THEN 'NO_DATA' WHEN raw >= 1 THEN 'ACHIEVED' WHEN $3::boolean THEN 'OVERDUE'
                 WHEN raw >= 1 THEN 'ON_TRACK' WHEN raw >= 0.9 THEN 'AT_RISK' ELSE 'OFF_TRACK' END AS status
  FROM judged ORDER BY code`;

/** Per plan: how many targets in each status. */
export const overviewSql = (source: Source) => `
  SELECT status, count(*)::int AS n FROM (${planRowsSql(source)}) x GROUP BY status`;
