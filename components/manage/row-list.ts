/** Shared by the list editors of the /manage forms (units, milestones, citations). */

/** The small buttons of a row: move up, move down, remove. */
export const rowButton = "rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40";

/** The button that adds a row under a list. */
export const addRowButton = "rounded-md border border-brand-700 bg-white px-3 py-2 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-50";

/** The list with row i moved one place up (-1) or down (1). */
export function moveRow<T>(rows: T[], i: number, by: -1 | 1): T[] {
  const next = [...rows];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}
