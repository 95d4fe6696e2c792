import type { SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";

/** The acting user as getCurrentUser() builds it, from a seeded (demo) account. */
export async function actorFor(prisma: Db, username: string): Promise<SessionUser> {
  const u = await prisma.user.findUniqueOrThrow({
    where: { username },
    select: {
      id: true, username: true, displayName: true, role: true, regionId: true, hospitalId: true, unitId: true, isDemo: true,
      region: { select: { name: true, path: true } }, hospital: { select: { name: true } }, unit: { select: { name: true } },
    },
  });
  const { region, hospital, unit, ...rest } = u;
  return { ...rest, regionName: region.name, regionPath: region.path, organisationName: hospital?.name ?? unit?.name ?? null, passwordChange: null };
}

/** One more commission staff account, of another region than the demo's (天津 staff, a county's staff …), as its actor. */
export async function addStaff(prisma: Db, user: { username: string; displayName: string; regionCode: string }): Promise<SessionUser> {
  const region = await prisma.region.findUniqueOrThrow({ where: { code: user.regionCode }, select: { id: true } });
  await prisma.user.create({ data: { username: user.username, displayName: user.displayName, passwordHash: "x", role: "STAFF", regionId: region.id } });
  return actorFor(prisma, user.username);
}
