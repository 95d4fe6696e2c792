/**
 * The demo layer: accounts for every role, reporting periods and approved past reports
 * (seed/demo-reports.ts), all marked isDemo, so a
 * newcomer sees a living app after `npm start`. Never loaded into production unless asked
 * (scripts/db-seed.ts). The accounts are listed in README.md.
 */
import type { Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password-hash";
import { NATIONAL_CODE } from "../lib/domain/region-code";
import type { Role } from "../lib/generated/prisma/enums";
import { loadDemoReports } from "./demo-reports";
import { SyncStats, syncRecord } from "./sync";

type Tx = Prisma.TransactionClient;

/** Shared by every demo account. Deliberately easy to remember; the demo layer never reaches production (scripts/db-seed.ts). */
export const DEMO_PASSWORD = "Demo@2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  hospitalCode?: string;
  unit?: { regionCode: string; name: string };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", displayName: "系统管理员（演示）", role: "ADMIN", regionCode: "330300" },
  { username: "staff", displayName: "温州市卫健委 业务处（演示）", role: "STAFF", regionCode: "330300" },
  { username: "leader", displayName: "温州市卫健委 领导（演示）", role: "LEADER", regionCode: "330300" },
  { username: "auditor", displayName: "审计员（演示）", role: "AUDITOR", regionCode: "330300" },
  { username: "wmu1", displayName: "温医大附一院 填报员（演示）", role: "HOSPITAL_REPORTER", regionCode: "330300", hospitalCode: "WZ-WMU1" },
  { username: "zxyy", displayName: "温州市中心医院 填报员（演示）", role: "HOSPITAL_REPORTER", regionCode: "330300", hospitalCode: "WZ-CENTRAL" },
  { username: "wjw", displayName: "市卫健委 填报员（演示）", role: "UNIT_REPORTER", regionCode: "330300", unit: { regionCode: "330300", name: "市卫健委" } },
  { username: "tj-leader", displayName: "天津市卫健委 领导（演示）", role: "LEADER", regionCode: "120000" },
  { username: "gz-staff", displayName: "贵州省卫健委 业务处（演示）", role: "STAFF", regionCode: "520000" },
  // Above the three provinces: the one account that sees their plans side by side (issue #6). Listed after
  // `leader`, which stays the leader of the role-based e2e journeys (tests/e2e/accounts.ts).
  { username: "nhc", displayName: "国家卫生健康委 领导（演示）", role: "LEADER", regionCode: NATIONAL_CODE },
];

export async function loadDemoLayer(tx: Tx, stats: SyncStats) {
  const regions = new Map((await tx.region.findMany({ select: { id: true, code: true } })).map((r) => [r.code, r.id]));
  for (const a of DEMO_ACCOUNTS) {
    const regionId = regions.get(a.regionCode)!;
    const hospital = a.hospitalCode ? await tx.hospital.findUniqueOrThrow({ where: { code: a.hospitalCode }, select: { id: true } }) : null;
    const unit = a.unit
      ? await tx.responsibleUnit.findUniqueOrThrow({ where: { regionId_name: { regionId: regions.get(a.unit.regionCode)!, name: a.unit.name } }, select: { id: true } })
      : null;
    // Hashing is slow and salted: only a new account gets one, so a second run changes nothing.
    const exists = (await tx.user.count({ where: { username: a.username } })) > 0;
    await syncRecord(stats, "User", tx.user, { username: a.username }, {
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      regionId,
      hospitalId: hospital?.id ?? null,
      unitId: unit?.id ?? null,
      mustChangePassword: false,
      isDemo: true,
    }, exists ? {} : { passwordHash: await hashPassword(DEMO_PASSWORD), passwordChangedAt: new Date() });
  }
  await loadDemoPeriods(tx, stats);
  await loadDemoReports(tx, stats);
}

/**
 * Quarters from each plan's issue (or start) to the current one; past quarters closed, the
 * current one open. Deadline: the 10th day after the quarter ends (DOMAIN.md).
 */
async function loadDemoPeriods(tx: Tx, stats: SyncStats) {
  const plans = await tx.plan.findMany({ select: { startYear: true, issuedOn: true, region: { select: { id: true } } } });
  const now = new Date();
  const currentYear = now.getUTCFullYear();
  const currentQuarter = Math.floor(now.getUTCMonth() / 3) + 1;
  for (const plan of plans) {
    for (let year = plan.startYear; year <= currentYear; year++) {
      const firstQuarter = plan.issuedOn?.getUTCFullYear() === year ? Math.floor(plan.issuedOn.getUTCMonth() / 3) + 1 : 1;
      for (let quarter = firstQuarter; quarter <= 4; quarter++) {
        if (year === currentYear && quarter > currentQuarter) break;
        const end = new Date(Date.UTC(year, quarter * 3, 0));
        const opensOn = new Date(Date.UTC(year, quarter * 3 - 1, 20));
        const deadline = new Date(end.getTime() + 10 * 86_400_000);
        const isCurrent = year === currentYear && quarter === currentQuarter;
        await syncRecord(stats, "ReportingPeriod", tx.reportingPeriod, { regionId_year_quarter: { regionId: plan.region.id, year, quarter } }, {
          regionId: plan.region.id,
          year,
          quarter,
          opensOn,
          deadline,
          status: isCurrent ? "OPEN" : "CLOSED",
        });
      }
    }
  }
}
