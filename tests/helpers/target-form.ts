import type { SessionUser } from "@/lib/auth/session-user";
import { getEditableTarget } from "@/lib/dal/manage/targets";
import { ZTargetUpdate } from "@/lib/validation/target-edit";

/** The target edit form as the browser submits it for the stored target, with some fields changed. */
export async function targetForm(staff: SessionUser, id: string, over: Record<string, string> = {}) {
  const t = (await getEditableTarget(staff, id))!;
  const s = (v: number | null) => (v === null ? "" : String(v));
  return ZTargetUpdate.parse({
    id, version: String(t.version), metric: t.metric, comparator: t.comparator, value: s(t.value), valueHigh: s(t.valueHigh), unit: t.unit,
    deadlineYear: String(t.deadlineYear), deadlineDate: t.deadlineDate ?? "", kind: t.kind, baselineValue: s(t.baselineValue), baselineYear: s(t.baselineYear),
    scope: t.scope, aggregation: t.aggregation, sourceFile: t.sourceFile, sourceQuote: t.sourceQuote, decisionNote: t.decisionNote ?? "", reason: "", effectiveFrom: "",
    ...over,
  });
}
