import { z } from "zod";
import { ZUnitLinks } from "./unit-links";
import { filter, listQuery, optionalId, optionalLongText, optionalSourceFile, optionalWhole, plainParams, recordCode, requiredText, ZId, ZLoadedAt } from "./manage-fields";

/** A numbered item of a plan, with where it stands in the document. */
const ZTaskFields = z.object({
  code: recordCode(40),
  number: requiredText(30),
  title: requiredText(200),
  /** Empty: the same as the title (many list items are one line). */
  text: optionalLongText(4000),
  sectionId: optionalId,
  /** Only a task the plan gives to one county (附件4). */
  regionId: optionalId,
  sourceFile: optionalSourceFile,
  sourceQuote: optionalLongText(4000),
  /** Empty: after the plan's last task. */
  sortOrder: optionalWhole,
});

export const ZTaskCreate = ZTaskFields.extend({ planId: ZId });
export type TTaskCreate = z.infer<typeof ZTaskCreate>;

export const ZTaskUpdate = ZTaskFields.extend({ id: ZId, updatedAt: ZLoadedAt });
export type TTaskUpdate = z.infer<typeof ZTaskUpdate>;

/**
 * The whole set of a task's responsible units in order, as the units editor submits it (JSON),
 * with the signature of the set it was loaded with (see taskUnitsSignature).
 */
export const ZTaskUnitsSet = z.object({
  taskId: ZId,
  loaded: z.string().max(4000),
  units: ZUnitLinks,
});
export type TTaskUnitsSet = z.infer<typeof ZTaskUnitsSet>;

/** A task's unit links as one comparable string: the units editor's concurrency token. */
export const taskUnitsSignature = (links: { unitId: string; isLead: boolean }[]) => links.map((l) => `${l.unitId}:${l.isLead ? 1 : 0}`).join(",");

export const TASK_SORTS = ["sortOrder", "code", "title", "updatedAt"] as const;
export const TASK_PAGE_SIZE = 20;

/** The task list on a plan's maintenance page (?q=&section=&archived=&sort=&dir=&page=). */
export const ZTaskListQuery = listQuery(TASK_SORTS, {
  /** A section id, "none" for tasks in no section, or null for all. */
  section: filter(z.string().trim().min(1).max(64)),
});
export type TTaskListQuery = z.infer<typeof ZTaskListQuery>;

export function parseTaskListQuery(params: Record<string, string | string[] | undefined>): TTaskListQuery {
  const v = plainParams(params);
  return ZTaskListQuery.parse({ q: v.q ?? "", section: v.section ?? null, archived: v.archived, sort: v.sort, dir: v.dir, page: v.page });
}
