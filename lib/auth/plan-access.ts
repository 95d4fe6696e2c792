import { can } from "./permissions";
import type { SessionUser } from "./session-user";

/**
 * Who may change a plan and everything in it (sections, tasks, task units, targets): staff
 * whose region contains the plan's region. Staff see the plans of the regions above them
 * (a county takes part in the city plan) but do not maintain them. The pages ask this before
 * they show an edit control, and the data-access layer asks it before every write, so the
 * two cannot disagree (a county staff member was shown 编辑 on the city plan and got a 404).
 */
export function canManagePlan(actor: Pick<SessionUser, "role" | "regionPath">, plan: { regionPath: string }): boolean {
  return can(actor, "plan:write") && plan.regionPath.startsWith(actor.regionPath);
}
