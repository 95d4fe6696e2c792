import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actorFor } from "./actors";
import { useAsAppDatabase, type TestDatabase } from "./database";
import { seededDatabase } from "./seeded";

/** The seeded plans of 温州, 天津 and 贵州. */
export const WZ = "WZ-2023-80";
export const TJ = "TJ-14-5";
export const GZ = "GZ-942";

/** The moment the dashboard tests judge at, so that no status drifts with the calendar. */
export const AS_OF = new Date("2026-11-23T04:00:00Z");

export interface DashboardFixture {
  db: TestDatabase;
  /** 温州's leader and staff member, 天津's leader (demo accounts). */
  leader: SessionUser;
  staff: SessionUser;
  tjLeader: SessionUser;
}

/** A fresh database with the plans and the demo layer, which the data-access layer uses, and the usual readers. */
export async function dashboardFixture(): Promise<DashboardFixture> {
  const db = await seededDatabase();
  // Not a React hook, whatever its name says: it points lib/db.ts at the test database.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  useAsAppDatabase(db.prisma);
  const [leader, staff, tjLeader] = await Promise.all(["leader", "staff", "tj-leader"].map((u) => actorFor(db.prisma, u)));
  return { db, leader, staff, tjLeader };
}

/**
 * Removes the figures of the targets `where` picks, for a test to report hand-picked ones. The
 * dashboard is read first, so the test also covers the summary's refresh; the targets are
 * touched because the app never deletes an approved value, and a changed target makes the
 * summary rebuild all of its figures.
 */
export async function clearFigures({ db, leader }: DashboardFixture, where: Prisma.TargetWhereInput): Promise<void> {
  await getDashboardOverview(leader, AS_OF);
  await db.prisma.reportValue.deleteMany({ where: { target: where } });
  await db.prisma.target.updateMany({ where, data: { updatedAt: new Date() } });
}
