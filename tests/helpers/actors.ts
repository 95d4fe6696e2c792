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
