import { z } from "zod";
import { HospitalKind, HospitalLevel } from "../generated/prisma/enums";
import { m } from "../i18n";
import { filter, listQuery, optionalText, plainParams, requiredId, requiredText, ZId, ZUpdatedAt } from "./manage-fields";

const h = m.manage.hospitals;

/** 别名 as typed: separated by 、，, or newlines. */
const aliases = z
  .string()
  .optional()
  .transform((raw) => [...new Set((raw ?? "").split(/[、，,;；\n]/).map((s) => s.trim()).filter(Boolean))])
  .refine((list) => list.length <= 20 && list.every((a) => a.length <= 60), m.manage.common.tooLong(60));

const ZHospitalFields = z.object({
  name: requiredText(80),
  shortName: optionalText(30),
  aliases,
  level: z
    .union([z.enum(HospitalLevel), z.literal("")])
    .optional()
    .transform((l) => l || null),
  kind: z.enum(HospitalKind, { error: h.chooseKind }),
  regionId: requiredId(h.chooseRegion),
});

export const ZHospitalCreate = ZHospitalFields.extend({
  code: z
    .string({ error: m.manage.common.required })
    .trim()
    .toUpperCase()
    .min(1, m.manage.common.required)
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, h.codeFormat),
});
export type THospitalCreate = z.infer<typeof ZHospitalCreate>;

export const ZHospitalUpdate = ZHospitalFields.extend({ id: ZId, updatedAt: ZUpdatedAt });
export type THospitalUpdate = z.infer<typeof ZHospitalUpdate>;

export const HOSPITAL_SORTS = ["name", "code", "region", "updatedAt"] as const;

/** The list's query string: anything unexpected falls back to the default, never an error. */
export const ZHospitalListQuery = listQuery(HOSPITAL_SORTS, { kind: filter(z.enum(HospitalKind)), level: filter(z.enum(HospitalLevel)) });
export type THospitalListQuery = z.infer<typeof ZHospitalListQuery>;

export const parseHospitalListQuery = (params: Record<string, string | string[] | undefined>): THospitalListQuery => ZHospitalListQuery.parse(plainParams(params));
