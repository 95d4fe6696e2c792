import type { TargetKind } from "../generated/prisma/enums";

export interface TargetFilter {
  /** Free text, matched case-insensitively against the target's code, metric and scope and its task's number and title. */
  text: string;
  kind: TargetKind | null;
}

export interface FilterableTarget {
  code: string;
  metric: string;
  scope: string;
  kind: TargetKind;
}

export const isFilterActive = (f: TargetFilter) => f.text !== "" || f.kind !== null;

/** Whether a target shows on the plan page under the filter. */
export function matchesTargetFilter(target: FilterableTarget, task: { number: string; title: string }, f: TargetFilter): boolean {
  if (f.kind !== null && target.kind !== f.kind) return false;
  const needle = f.text.trim().toLowerCase();
  if (needle === "") return true;
  return [target.code, target.metric, target.scope, task.number, task.title].some((s) => s.toLowerCase().includes(needle));
}
