import type { Role } from "../generated/prisma/enums";

/** What the application knows about the signed-in user: loaded from the database per request. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionId: string;
  regionName: string;
  /** Materialized path of the user's region: access is scoped to this subtree. */
  regionPath: string;
  hospitalId: string | null;
  unitId: string | null;
  /** The hospital or unit a reporter reports for. */
  organisationName: string | null;
  isDemo: boolean;
  /** Set when the user must change their password before doing anything else. */
  passwordChange?: "required" | "expired" | null;
}
