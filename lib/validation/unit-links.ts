import { z } from "zod";
import { m } from "../i18n";
import { jsonRows, ZId } from "./manage-fields";

const u = m.manage.taskUnits;

/**
 * The responsible units of a task or a target in the plan's order, as the units editor
 * submits them (JSON): each unit once, and at least one 牵头 unit when there are any — the
 * plans name two for some tasks (温州 附件3 任务16: 市卫健委*、温州医科大学*).
 */
export const ZUnitLinks = jsonRows(z.object({ unitId: ZId, isLead: z.boolean() }, { error: u.unitInvalid }), 30, { invalid: u.unitInvalid, tooMany: u.tooMany })
  .refine((links) => new Set(links.map((l) => l.unitId)).size === links.length, u.duplicate)
  .refine((links) => links.length === 0 || links.some((l) => l.isLead), u.needLead);
export type TUnitLinks = z.infer<typeof ZUnitLinks>;
