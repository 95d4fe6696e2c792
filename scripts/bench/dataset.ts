/**
 * The scale dataset of `npm run bench:dashboard`, loaded with a few set-based INSERT … SELECT
 * statements: a province under the country's root (paths as deep as the seeded ones), 2,000
 * hospitals in 10 counties, 300 targets, each hospital assigned 30 targets, 12 quarters
 * (2023–2025) of approved reports: 24,000 reports and 720,000 report values.
 */
import type { SqlConnection } from "../../lib/db/sql";

export const BENCH = { hospitals: 2000, targets: 300, perHospital: 30, quarters: 12, planCode: "BENCH", regionPath: "/100000/990000/" } as const;

export async function loadBenchDataset(sql: SqlConnection, leaderPasswordHash: string): Promise<void> {
  const { hospitals, targets, perHospital, quarters } = BENCH;
  await sql.exec(`
    INSERT INTO "Region" (id, code, name, level, path, "updatedAt") VALUES ('rn', '100000', '全国', 'NATIONAL', '/100000/', now());
    INSERT INTO "Region" (id, code, name, level, "parentId", path, "updatedAt") VALUES ('r0', '990000', '基准省', 'PROVINCE', 'rn', '/100000/990000/', now());
    INSERT INTO "Region" (id, code, name, level, "parentId", path, "sortOrder", "updatedAt")
      SELECT 'r' || i, (990000 + i)::text, '基准县' || i, 'COUNTY', 'r0', '/100000/990000/' || (990000 + i) || '/', i, now() FROM generate_series(1, 10) i;
    INSERT INTO "Plan" (id, code, title, "shortTitle", issuer, "startYear", "endYear", "regionId", "sourceFile", "updatedAt")
      VALUES ('p0', '${BENCH.planCode}', '基准规划', '基准规划', '基准卫健委', 2023, 2025, 'r0', 'bench.txt', now());
    INSERT INTO "Task" (id, "planId", code, number, title, text, "sourceFile", "sortOrder", "updatedAt")
      SELECT 'k' || i, 'p0', 'K' || i, '任务' || i, '基准任务' || i, '基准任务', 'bench.txt', i, now() FROM generate_series(1, 30) i;
    INSERT INTO "ResponsibleUnit" (id, name, kind, "regionId", "updatedAt")
      SELECT 'u' || i, '单位' || i, 'GOVERNMENT_DEPARTMENT', 'r0', now() FROM generate_series(1, 20) i;
    INSERT INTO "Hospital" (id, code, name, kind, "regionId", "updatedAt")
      SELECT 'h' || i, 'H' || i, '基准医院' || i, 'GENERAL', 'r' || (1 + i % 10), now() FROM generate_series(1, ${hospitals}) i;
    INSERT INTO "Target" (id, "planId", "taskId", code, metric, comparator, value, unit, "deadlineYear", kind, "baselineValue", scope, aggregation, "sourceFile", "sourceQuote", "updatedAt")
      SELECT 't' || i, 'p0', 'k' || (1 + i % 30), 'T' || i, '基准指标' || i,
        (CASE WHEN i % 10 = 3 THEN 'LTE' ELSE 'GTE' END)::"Comparator",
        CASE WHEN i % 10 = 7 THEN NULL WHEN i % 10 = 3 THEN 11 ELSE 200 + i % 50 END, '个', 2025,
        (CASE WHEN i % 10 = 7 THEN 'MILESTONE' WHEN i % 10 = 3 THEN 'CEILING' ELSE 'COUNT' END)::"TargetKind",
        CASE WHEN i % 10 = 3 THEN 15 WHEN i % 10 = 7 THEN NULL ELSE 20 END, '全省',
        (CASE WHEN i % 10 = 3 THEN 'LATEST' ELSE 'SUM' END)::"Aggregation", 'bench.txt', '基准原文', now()
      FROM generate_series(1, ${targets}) i;
    INSERT INTO "TargetUnit" ("targetId", "unitId", "isLead") SELECT 't' || i, 'u' || (1 + i % 20), true FROM generate_series(1, ${targets}) i;
    INSERT INTO "Assignment" (id, "targetId", "hospitalId", "updatedAt")
      SELECT 'a' || h || '_' || k, 't' || (1 + (h * 7 + k * 10) % ${targets}), 'h' || h, now()
      FROM generate_series(1, ${hospitals}) h, generate_series(0, ${perHospital - 1}) k;
    INSERT INTO "ReportingPeriod" (id, "regionId", year, quarter, "opensOn", deadline, status, "updatedAt")
      SELECT 'q' || n, 'r0', 2023 + n / 4, 1 + n % 4, make_date(2023 + n / 4, 3 * (n % 4) + 1, 1), make_date(2023 + n / 4, 3 * (n % 4) + 1, 1) + 100, 'CLOSED', now()
      FROM generate_series(0, ${quarters - 1}) n;
    INSERT INTO "ProgressReport" (id, "periodId", "hospitalId", status, "reviewedAt", "updatedAt")
      SELECT 'rp' || h || '_' || n, 'q' || n, 'h' || h, 'APPROVED', make_date(2023 + n / 4, 3 * (n % 4) + 1, 1) + 100, now()
      FROM generate_series(1, ${hospitals}) h, generate_series(0, ${quarters - 1}) n;
    INSERT INTO "ReportValue" (id, "reportId", "assignmentId", "targetId", value, "milestoneDone", "updatedAt")
      SELECT 'v' || h || '_' || k || '_' || n, 'rp' || h || '_' || n, 'a' || h || '_' || k, 't' || (1 + (h * 7 + k * 10) % ${targets}),
        CASE WHEN (1 + (h * 7 + k * 10) % ${targets}) % 10 = 7 THEN NULL
             WHEN (1 + (h * 7 + k * 10) % ${targets}) % 10 = 3 THEN round((15 - n * 0.35 - (h % 5) * 0.1)::numeric, 2)
             ELSE round(((n + 1) * (0.06 + ((h * 7 + k * 10) % ${targets}) % 4 * 0.02) + (h % 3) * 0.05)::numeric, 2) END,
        CASE WHEN (1 + (h * 7 + k * 10) % ${targets}) % 10 = 7 THEN n > 8 END, now()
      FROM generate_series(1, ${hospitals}) h, generate_series(0, ${perHospital - 1}) k, generate_series(0, ${quarters - 1}) n;
    INSERT INTO "User" (id, username, "displayName", "passwordHash", role, "regionId", "mustChangePassword", "passwordChangedAt", "updatedAt")
      VALUES ('bench-leader', 'bench-leader', '基准领导', '${leaderPasswordHash}', 'LEADER', 'r0', false, now(), now());
    ANALYZE;
  `);
}
