import { z } from "zod";
import { m } from "../i18n";

/**
 * The report form's shapes, shared by the UI, the server actions and the /api/v1 handlers.
 * The per-target rules that need the target (number due, share ≤ 100, below last quarter)
 * live in lib/domain/report-values.ts and run on both sides.
 */
const v = m.reports.validation;

export const TEXT_LIMITS = { note: 500, narrative: 4000, reason: 1000 } as const;

const optionalText = (max: number) => z.string().max(max, v.tooLong(max)).nullable().optional();

export const ZReportValueInput = z.object({
  assignmentId: z.string().min(1).max(64),
  // Kept a string: the database holds Decimal(18,4) and a float would round it.
  value: z.string().trim().max(40, v.notNumber).nullable().optional(),
  milestoneDone: z.boolean().nullable().optional(),
  milestoneDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, v.badDate)
    .nullable()
    .optional()
    .or(z.literal("").transform(() => null)),
  note: optionalText(TEXT_LIMITS.note),
});

export const ZReportSave = z.object({
  reportId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  values: z.array(ZReportValueInput).max(2000),
  progress: z.string().max(TEXT_LIMITS.narrative, v.tooLong(TEXT_LIMITS.narrative)),
  problems: z.string().max(TEXT_LIMITS.narrative, v.tooLong(TEXT_LIMITS.narrative)),
  nextSteps: z.string().max(TEXT_LIMITS.narrative, v.tooLong(TEXT_LIMITS.narrative)),
});
export type TReportSave = z.infer<typeof ZReportSave>;
export type TReportValueInput = z.infer<typeof ZReportValueInput>;

/** Where a save's error shows: `<assignmentId>.<field>` for a value's, else the narrative field (for fieldErrorsOf). */
export const reportSaveFieldKey =
  (input: TReportSave | undefined) =>
  ([head, index, field]: readonly PropertyKey[]): string =>
    head === "values" && typeof index === "number" ? `${input?.values[index]?.assignmentId ?? index}.${String(field ?? "value")}` : String(head ?? "form");

export const ZReportSubmit = z.object({ reportId: z.string().min(1).max(64), version: z.number().int().min(1) });
export type TReportSubmit = z.infer<typeof ZReportSubmit>;

export const ZReportReview = z
  .object({
    reportIds: z.array(z.string().min(1).max(64)).min(1).max(500),
    decision: z.enum(["APPROVE", "RETURN"]),
    reason: z.string().trim().max(TEXT_LIMITS.reason, v.tooLong(TEXT_LIMITS.reason)).optional(),
  })
  .refine((r) => r.decision === "APPROVE" || (r.reason ?? "").length > 0, { path: ["reason"], message: v.reasonRequired });
export type TReportReview = z.infer<typeof ZReportReview>;

export const ZReviewQueueQuery = z.object({
  periodId: z.string().min(1).max(64),
  planCode: z.string().max(64).optional(),
  hospitalId: z.string().max(64).optional(),
  unitId: z.string().max(64).optional(),
  status: z.enum(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]).optional(),
});
export type TReviewQueueQuery = z.infer<typeof ZReviewQueueQuery>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, v.badDate);

const pv = m.reports.periods;
/** An empty date input is no date (the default applies); anything else must be a day. */
const optionalIsoDate = z.preprocess((raw) => (raw === "" ? undefined : raw), isoDate.optional());

export const ZPeriodCreate = z.object({
  year: z.coerce.number({ error: pv.badYear }).int(pv.badYear).min(2020, pv.badYear).max(2100, pv.badYear),
  quarter: z.coerce.number({ error: pv.badQuarter }).int(pv.badQuarter).min(1, pv.badQuarter).max(4, pv.badQuarter),
  opensOn: optionalIsoDate,
  deadline: optionalIsoDate,
});
export type TPeriodCreate = z.infer<typeof ZPeriodCreate>;

export const ZPeriodExtend = z.object({ periodId: z.string().min(1).max(64), deadline: z.string({ error: pv.newDeadlineRequired }).min(1, pv.newDeadlineRequired).pipe(isoDate) });
export type TPeriodExtend = z.infer<typeof ZPeriodExtend>;
