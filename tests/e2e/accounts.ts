import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/seed/demo";

export { DEMO_PASSWORD };

/** One demo account per role, signed in once by auth.setup.ts. */
export const ROLE_ACCOUNTS: Record<Role, string> = Object.fromEntries(
  (["ADMIN", "STAFF", "HOSPITAL_REPORTER", "UNIT_REPORTER", "LEADER", "AUDITOR"] as const).map((role) => [
    role,
    DEMO_ACCOUNTS.find((a) => a.role === role)!.username,
  ]),
) as Record<Role, string>;

/** Second accounts for the cross-tenant cases: another hospital, another region. */
export const OTHER_ACCOUNTS = { otherHospital: "zxyy", otherRegionLeader: "tj-leader", otherRegionStaff: "gz-staff" } as const;

export const storageStateFor = (who: Role | string) => `test-results/.auth/${who}.json`;
