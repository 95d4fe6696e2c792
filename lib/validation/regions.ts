import { z } from "zod";
import { normalizeFullWidth } from "../domain/figure-input";
import { RegionLevel } from "../generated/prisma/enums";
import { m } from "../i18n";
import { checkbox, plainParams, requiredId, requiredText, ZId, ZUpdatedAt } from "./manage-fields";

const r = m.manage.regions;

/** 0–9999, empty means 0; full-width digits as typed on a Chinese keyboard are read too. */
const sortOrder = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const text = normalizeFullWidth(raw ?? "").trim();
    if (text === "") return 0;
    if (/^\d{1,4}$/.test(text)) return Number(text);
    ctx.addIssue({ code: "custom", message: r.sortOrderFormat });
    return z.NEVER;
  });

const ZRegionFields = z.object({
  name: requiredText(40),
  sortOrder,
});

/** /manage/regions/new: the path is computed by the data-access layer, never submitted. */
export const ZRegionCreate = ZRegionFields.extend({
  parentId: requiredId(r.chooseParent),
  code: z.string({ error: m.manage.common.required }).trim().regex(/^\d{6}$/, r.codeFormat),
  level: z.enum(RegionLevel, { error: r.chooseLevel }),
});
export type TRegionCreate = z.infer<typeof ZRegionCreate>;

export const ZRegionUpdate = ZRegionFields.extend({ id: ZId, updatedAt: ZUpdatedAt });
export type TRegionUpdate = z.infer<typeof ZRegionUpdate>;

export const parseRegionTreeQuery = (params: Record<string, string | string[] | undefined>) => ({ archived: checkbox.catch(false).parse(plainParams(params).archived) });
