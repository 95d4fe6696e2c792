import { z } from "zod";
import { DesignationLevel, DesignationStatus, SpecialtyCategory } from "../generated/prisma/enums";
import { m } from "../i18n";
import { filter, listQuery, optionalText, plainParams, requiredId, requiredText, ZId, ZUpdatedAt } from "./manage-fields";

const s = m.manage.specialties;
const d = m.manage.designations;

const ZSpecialtyFields = z.object({
  name: requiredText(40),
  category: z.enum(SpecialtyCategory, { error: s.chooseCategory }),
});

/** The specialty catalogue, shared by every region: the name is unique. */
export const ZSpecialtyCreate = ZSpecialtyFields;
export type TSpecialtyCreate = z.infer<typeof ZSpecialtyCreate>;
export const ZSpecialtyUpdate = ZSpecialtyFields.extend({ id: ZId, updatedAt: ZUpdatedAt });
export type TSpecialtyUpdate = z.infer<typeof ZSpecialtyUpdate>;

export const SPECIALTY_SORTS = ["name", "category", "updatedAt"] as const;
export const ZSpecialtyListQuery = listQuery(SPECIALTY_SORTS, { category: filter(z.enum(SpecialtyCategory)) });
export type TSpecialtyListQuery = z.infer<typeof ZSpecialtyListQuery>;
export const parseSpecialtyListQuery = (params: Record<string, string | string[] | undefined>): TSpecialtyListQuery => ZSpecialtyListQuery.parse(plainParams(params));

/** Textareas submit CRLF line ends; the source documents use LF. */
const quote = z
  .string()
  .optional()
  .transform((q) => (q ?? "").replace(/\r\n?/g, "\n").trim() || null)
  .refine((q) => q === null || q.length <= 2000, m.manage.common.tooLong(2000));

/**
 * A hospital's specialty at a level (unique per hospital, specialty and level), optionally
 * tied to the plan and task that set it and to the sentence of the document it comes from.
 */
const ZDesignationFields = z
  .object({
    hospitalId: requiredId(d.chooseHospital),
    specialtyId: requiredId(d.chooseSpecialty),
    level: z.enum(DesignationLevel, { error: d.chooseLevel }),
    status: z.enum(DesignationStatus, { error: d.chooseStatus }),
    programme: optionalText(60),
    planId: optionalText(64),
    taskCode: optionalText(40),
    sourceFile: optionalText(120),
    sourceQuote: quote,
  })
  // `when`: checked even while other fields are wrong, so the form shows every problem at once.
  .refine((v) => !v.taskCode || v.planId, { path: ["taskCode"], message: d.taskWithoutPlan, when: () => true })
  .refine((v) => !v.sourceQuote || v.sourceFile, { path: ["sourceFile"], message: d.quoteWithoutFile, when: () => true });

export const ZDesignationCreate = ZDesignationFields;
export type TDesignationCreate = z.infer<typeof ZDesignationCreate>;
export const ZDesignationUpdate = z.intersection(ZDesignationFields, z.object({ id: ZId, updatedAt: ZUpdatedAt }));
export type TDesignationUpdate = z.infer<typeof ZDesignationUpdate>;

export const DESIGNATION_SORTS = ["hospital", "specialty", "level", "updatedAt"] as const;
export const ZDesignationListQuery = listQuery(DESIGNATION_SORTS, {
  level: filter(z.enum(DesignationLevel)),
  status: filter(z.enum(DesignationStatus)),
  hospital: filter(ZId),
  specialty: filter(ZId),
  plan: filter(ZId),
});
export type TDesignationListQuery = z.infer<typeof ZDesignationListQuery>;
export const parseDesignationListQuery = (params: Record<string, string | string[] | undefined>): TDesignationListQuery => ZDesignationListQuery.parse(plainParams(params));
