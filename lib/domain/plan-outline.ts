import { isFilterActive, matchesTargetFilter, type FilterableTarget, type TargetFilter } from "./target-filter";

interface SectionLike {
  id: string;
  parentId: string | null;
}
interface TaskLike {
  id: string;
  sectionId: string | null;
  number: string;
  title: string;
}
interface TargetLike extends FilterableTarget {
  taskId: string;
}

export interface OutlineSection<S, T, G> {
  /** null for tasks the plan data puts in no section. */
  section: S | null;
  depth: number;
  tasks: { task: T; targets: G[] }[];
}

/**
 * The plan page's body: sections in document order, each with its tasks and their targets.
 * Under a filter only the matching targets remain, and tasks and sections left empty drop out;
 * without one every task shows, including those with no numeric target.
 */
export function buildPlanOutline<S extends SectionLike, T extends TaskLike, G extends TargetLike>(
  sections: S[],
  tasks: T[],
  targets: G[],
  filter: TargetFilter,
): OutlineSection<S, T, G>[] {
  const filtering = isFilterActive(filter);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const targetsByTask = new Map<string, G[]>();
  for (const g of targets) {
    const task = taskById.get(g.taskId);
    if (!task || !matchesTargetFilter(g, task, filter)) continue;
    targetsByTask.set(g.taskId, [...(targetsByTask.get(g.taskId) ?? []), g]);
  }
  const known = new Set(sections.map((s) => s.id));
  const entry = (section: S | null, depth: number): OutlineSection<S, T, G> => ({
    section,
    depth,
    tasks: tasks
      .filter((t) => (section ? t.sectionId === section.id : t.sectionId === null || !known.has(t.sectionId)))
      .map((task) => ({ task, targets: targetsByTask.get(task.id) ?? [] }))
      .filter((x) => !filtering || x.targets.length > 0),
  });
  const outline = [...sections.map((s) => entry(s, sectionDepth(s, sections))), entry(null, 0)];
  // A parent section with no tasks of its own stays when a child section shows (附件3 → 其清单).
  return outline.filter((o, i) => o.tasks.length > 0 || (o.section !== null && outline.slice(i + 1).some((c) => c.tasks.length > 0 && isDescendant(c.section, o.section!, sections))));
}

/** How deep a section sits under the given ones (0 at the top, or when its parent is not among them). */
export function sectionDepth(section: SectionLike, sections: SectionLike[]): number {
  const parent = section.parentId ? sections.find((p) => p.id === section.parentId) : undefined;
  return parent ? 1 + sectionDepth(parent, sections) : 0;
}

/** Whether `child` lies under `ancestor` (a section is not its own descendant). */
export function isDescendant(child: SectionLike | null, ancestor: SectionLike, sections: SectionLike[]): boolean {
  for (let s = child; s?.parentId; s = sections.find((p) => p.id === s!.parentId) ?? null) {
    if (s.parentId === ancestor.id) return true;
  }
  return false;
}
