import type { TargetRevisionSnapshot } from "./target-in-force";

type Snapshot = Partial<TargetRevisionSnapshot>;

/** The parts of a target a revision history shows, each with the fields it is made of. */
const PARTS = {
  figures: ["comparator", "value", "valueHigh", "deadlineYear", "deadlineDate", "kind"],
  baseline: ["baselineValue", "baselineYear"],
  milestones: ["milestones"],
  citations: ["citations"],
  units: ["units"],
} as const satisfies Record<string, readonly (keyof TargetRevisionSnapshot)[]>;

export type RevisionPart = keyof typeof PARTS;

/**
 * The parts a revision changed, in the order the history lists them. A field only one side
 * records (revisions written before baselines, milestones, citations and units were recorded)
 * is not a change.
 */
export function changedParts(before: Snapshot, after: Snapshot): RevisionPart[] {
  return (Object.keys(PARTS) as RevisionPart[]).filter((part) =>
    PARTS[part].some((k) => k in before && k in after && JSON.stringify(before[k]) !== JSON.stringify(after[k])),
  );
}

type Citation = TargetRevisionSnapshot["citations"][number];

/** The further citations a revision added and removed; only reordered when it did neither but changed the order. */
export function citationChanges(before: Citation[], after: Citation[]): { added: Citation[]; removed: Citation[]; reordered: boolean } {
  const has = (list: Citation[], c: Citation) => list.some((x) => x.sourceFile === c.sourceFile && x.quote === c.quote);
  const added = after.filter((c) => !has(before, c));
  const removed = before.filter((c) => !has(after, c));
  return { added, removed, reordered: added.length === 0 && removed.length === 0 && JSON.stringify(before) !== JSON.stringify(after) };
}
