import { z } from "zod";
import { m } from "../i18n";
import { MAX_PLAN_TEXT_CHARS, normalizePlanText } from "../import/plan-text";
import { requiredText, ZDocumentFileName, ZId } from "./manage-fields";

const d = m.manage.planDocument;

/**
 * The plan-text form: the name (only when the text is first entered; empty → the uploaded
 * file's name or the plan code), the title, the text (already decoded when it came as a
 * file), and what the form was loaded with: "" for no text yet, else the text's updatedAt.
 */
export const ZPlanDocument = z.object({
  planId: ZId,
  fileName: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || null)
    .pipe(ZDocumentFileName.nullable()),
  title: requiredText(200),
  text: z
    .string({ error: d.textRequired })
    .transform(normalizePlanText)
    .refine((s) => s.trim().length > 0, d.textRequired)
    .refine((s) => s.length <= MAX_PLAN_TEXT_CHARS, d.textTooLong(MAX_PLAN_TEXT_CHARS.toLocaleString("zh-CN"))),
  loaded: z.string().max(64).default(""),
});
export type TPlanDocument = z.infer<typeof ZPlanDocument>;
