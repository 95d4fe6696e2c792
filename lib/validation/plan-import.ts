import { z } from "zod";
import { m } from "../i18n";
import { optionalDay, optionalText, requiredText, requiredYear } from "./manage-fields";

const i = m.manage.import;

/** The plan's own facts, typed into the form next to the uploaded workbook. */
export const ZPlanImportFields = z
  .object({
    code: z
      .string({ error: m.manage.common.required })
      .trim()
      .toUpperCase()
      .min(1, m.manage.common.required)
      .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, m.manage.hospitals.codeFormat),
    title: requiredText(200),
    shortTitle: requiredText(40),
    documentNumber: optionalText(60),
    issuer: requiredText(100),
    issuedOn: optionalDay,
    startYear: requiredYear,
    endYear: requiredYear,
    regionId: z.string({ error: m.manage.hospitals.chooseRegion }).trim().min(1, m.manage.hospitals.chooseRegion).max(64),
    /** One of seed/sources, or empty for a plan whose text is not bundled. */
    sourceFile: z.string().trim().max(120).optional().transform((s) => s || null),
  })
  .refine((p) => p.endYear >= p.startYear, { path: ["endYear"], message: i.yearOrder });
export type TPlanImportFields = z.infer<typeof ZPlanImportFields>;

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
