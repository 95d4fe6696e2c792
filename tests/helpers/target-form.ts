import type { SessionUser } from "@/lib/auth/session-user";
import { getEditableTarget } from "@/lib/dal/manage/targets";
import { ZTargetUpdate } from "@/lib/validation/target-edit";

/**
 * The target edit form's fields as the browser submits them for the stored target, with some
 * changed. Milestones, citations and units are left out (so they stay as stored) unless given.
 */
export async function targetFormFields(staff: SessionUser, id: string, over: Record<string, string> = {}): Promise<Record<string, string>> {
  const t = (await getEditableTarget(staff, id))!;
  const s = (v: number | null) => (v === null ? "" : String(v));
  return {
    id, version: String(t.version), metric: t.metric, comparator: t.comparator, value: s(t.value), valueHigh: s(t.valueHigh), unit: t.unit,
    deadlineYear: String(t.deadlineYear), deadlineDate: t.deadlineDate ?? "", kind: t.kind, baselineValue: s(t.baselineValue), baselineYear: s(t.baselineYear),
    scope: t.scope, aggregation: t.aggregation, sourceFile: t.sourceFile, sourceQuote: t.sourceQuote, decisionNote: t.decisionNote ?? "", reason: "", effectiveFrom: "",
    ...over,
  };
}

/** The same, parsed by the form's schema as the server action does. */
export async function targetForm(staff: SessionUser, id: string, over: Record<string, string> = {}) {
  return ZTargetUpdate.parse(await targetFormFields(staff, id, over));
}
