import { z } from "zod";
import { HospitalKind, HospitalLevel } from "../generated/prisma/enums";
import { m } from "../i18n";
import { checkbox, optionalText, plainParams, requiredText, ZId } from "./manage-fields";

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
  regionId: z.string({ error: h.chooseRegion }).trim().min(1, h.chooseRegion).max(64),
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

export const ZHospitalUpdate = ZHospitalFields.extend({ id: ZId });
export type THospitalUpdate = z.infer<typeof ZHospitalUpdate>;

export const HOSPITAL_SORTS = ["name", "code", "region", "updatedAt"] as const;

/** The list's query string: anything unexpected falls back to the default, never an error. */
export const ZHospitalListQuery = z.object({
  q: z.string().trim().max(64).catch(""),
  kind: z.enum(HospitalKind).nullable().catch(null),
  level: z.enum(HospitalLevel).nullable().catch(null),
  archived: checkbox.catch(false),
  sort: z.enum(HOSPITAL_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type THospitalListQuery = z.infer<typeof ZHospitalListQuery>;

export function parseHospitalListQuery(params: Record<string, string | string[] | undefined>): THospitalListQuery {
  const p = plainParams(params);
  return ZHospitalListQuery.parse({ q: p.q ?? "", kind: p.kind ?? null, level: p.level ?? null, archived: p.archived, sort: p.sort, dir: p.dir, page: p.page });
}
