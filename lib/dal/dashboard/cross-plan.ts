import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { arrangeCrossPlan, type CrossPlanLayout } from "../../domain/cross-plan";
import { loadJudgedTargets, type JudgedTarget } from "./judged-targets";

export interface CrossPlanComparison extends CrossPlanLayout<JudgedTarget> {
  plans: JudgedTarget["plan"][];
}

/**
 * The plans of the user's region side by side on the measures they share (lib/domain/cross-plan):
 * per plan the family's targets as judged for every dashboard. One set-based read of the visible
 * targets (two queries however many plans and targets), scoped like the rest of the dashboards,
 * so a leader sees only the plans of their own region.
 */
export async function getCrossPlanComparison(actor: SessionUser, asOf = new Date()): Promise<CrossPlanComparison> {
  assertCan(actor, "dashboard:read");
  const visible = await loadJudgedTargets(actor.regionPath, {}, asOf);
  const layout = arrangeCrossPlan(visible);
  const plans = layout.planCodes.map((code) => visible.find((t) => t.plan.code === code)!.plan);
  return { ...layout, plans };
}
