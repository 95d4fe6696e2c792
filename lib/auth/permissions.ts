import { AppError } from "../errors";
import { m } from "../i18n";
import type { Role } from "../generated/prisma/enums";
import type { SessionUser } from "./session-user";

/**
 * What each role may do (三权分立: no role does everything; the admin cannot read the audit
 * log and the auditor can change nothing). Which records a user may touch is decided by the
 * data-access layer's scoping (lib/dal/scope.ts); this table decides which actions.
 */
export type Action =
  | "plan:read" // plans, tasks, targets and their sources
  | "plan:write"
  | "target:export"
  | "report:fill" // own hospital's / unit's report
  | "report:review"
  | "period:manage"
  | "dashboard:read"
  | "user:manage"
  | "audit:read";

const MATRIX: Record<Action, readonly Role[]> = {
  "plan:read": ["ADMIN", "STAFF", "LEADER", "HOSPITAL_REPORTER", "UNIT_REPORTER"],
  "plan:write": ["STAFF"],
  "target:export": ["STAFF", "LEADER"],
  "report:fill": ["HOSPITAL_REPORTER", "UNIT_REPORTER"],
  "report:review": ["STAFF"],
  "period:manage": ["ADMIN", "STAFF"],
  "dashboard:read": ["STAFF", "LEADER"],
  "user:manage": ["ADMIN"],
  "audit:read": ["AUDITOR"],
};

export function can(user: Pick<SessionUser, "role">, action: Action): boolean {
  return MATRIX[action].includes(user.role);
}

/** Throws a typed 403 when the role may not take the action. */
export function assertCan(user: Pick<SessionUser, "role">, action: Action): void {
  if (!can(user, action)) throw new AppError("FORBIDDEN", m.errors.forbiddenAction);
}

export const rolesAllowed = (action: Action): readonly Role[] => MATRIX[action];
