import { z } from "zod";
import { UnitKind } from "../generated/prisma/enums";
import { m } from "../i18n";
import { filter, listQuery, optionalText, plainParams, requiredId, requiredText, ZId, ZUpdatedAt } from "./manage-fields";

const u = m.manage.units;

const ZUnitFields = z.object({
  name: requiredText(60),
  fullName: optionalText(120),
  kind: z.enum(UnitKind, { error: u.chooseKind }),
  regionId: requiredId(m.manage.records.chooseRegion),
});

/** /manage/units/new and /manage/units/[id]: the name is unique within its region (the plan lists write it so). */
export const ZUnitCreate = ZUnitFields;
export type TUnitCreate = z.infer<typeof ZUnitCreate>;

export const ZUnitUpdate = ZUnitFields.extend({ id: ZId, updatedAt: ZUpdatedAt });
export type TUnitUpdate = z.infer<typeof ZUnitUpdate>;

export const UNIT_SORTS = ["name", "region", "tasks", "updatedAt"] as const;

export const ZUnitListQuery = listQuery(UNIT_SORTS, { kind: filter(z.enum(UnitKind)), region: filter(ZId) });
export type TUnitListQuery = z.infer<typeof ZUnitListQuery>;

export const parseUnitListQuery = (params: Record<string, string | string[] | undefined>): TUnitListQuery => ZUnitListQuery.parse(plainParams(params));
