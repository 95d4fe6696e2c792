/**
 * The shape of the plan data under seed/data, checked with zod when it is loaded.
 * Every fact carries its provenance: a source file in seed/sources and an exact quote.
 * Cross-references use natural keys (codes, Chinese names), never database ids.
 */
import { z } from "zod";

export const SOURCE_FILES = [
  "000_3e53f0e1dca5df2f.txt",
  "001_221d51d9768594f4.txt",
  "002_170e9a2674a15e6e.txt",
  "003_d106d0cb25d5ee2a.txt",
  "004_8c6d92b27c4e23f4.txt",
] as const;

export const ZSourceFile = z.enum(SOURCE_FILES);

/** A byte-for-byte substring of a source file. */
export const ZCitation = z.object({
  file: ZSourceFile,
  quote: z.string().min(2),
});

export const ZRegionSeed = z.object({
  code: z.string().regex(/^\d{6}$/), // GB/T 2260
  name: z.string(),
  level: z.enum(["NATIONAL", "PROVINCE", "CITY", "COUNTY"]),
  parentCode: z.string().regex(/^\d{6}$/).nullable(),
});

export const ZPlanSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  title: z.string(),
  shortTitle: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string(),
  issuedOn: z.iso.date().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  regionCode: z.string(),
  sourceFile: ZSourceFile,
});

export const ZSectionSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  title: z.string(),
  parentCode: z.string().optional(),
  sourceFile: ZSourceFile.optional(),
});

export const ZUnitSeed = z.object({
  /** As the plan's 责任单位 column writes it, e.g. 市卫健委; the natural key within a region. */
  name: z.string(),
  fullName: z.string().optional(),
  kind: z.enum(["GOVERNMENT_DEPARTMENT", "LOCAL_GOVERNMENT", "UNIVERSITY", "HOSPITAL", "ENTERPRISE", "OTHER"]),
  regionCode: z.string(),
});

export const ZHospitalSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  /** Full official name. */
  name: z.string(),
  shortName: z.string().optional(),
  /** Every other way the documents write it. */
  aliases: z.array(z.string()).default([]),
  level: z.enum(["TERTIARY_A", "TERTIARY_B", "TERTIARY", "SECONDARY_A", "SECONDARY_B", "SECONDARY", "PRIMARY", "UNRATED"]).optional(),
  kind: z.enum(["GENERAL", "TCM", "INTEGRATED", "SPECIALIZED", "MATERNAL_CHILD"]),
  regionCode: z.string(),
});

export const ZSpecialtySeed = z.object({
  name: z.string(),
  category: z.enum(["CLINICAL", "TCM", "PLATFORM"]),
});

export const ZDesignationSeed = z.object({
  hospitalCode: z.string(),
  specialtyName: z.string(),
  level: z.enum(["NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "FEATURE", "DISEASE_CENTER", "LEADING", "DENGFENG", "PANFENG", "ZHUFENG"]),
  status: z.enum(["CULTIVATING", "BUILDING", "RECOGNIZED"]),
  programme: z.string().optional(),
  taskCode: z.string().optional(),
  source: ZCitation,
});

export const ZUnitRef = z.object({ name: z.string(), lead: z.boolean() });

export const ZTaskSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  sectionCode: z.string(),
  number: z.string(),
  title: z.string(),
  text: z.string(),
  regionCode: z.string().optional(),
  /** Lead unit(s) first. */
  units: z.array(ZUnitRef).default([]),
  source: ZCitation,
});

const decimal = z.number().finite();

export const ZTargetSeed = z
  .object({
    code: z.string().regex(/^[A-Z0-9-]+$/),
    taskCode: z.string(),
    metric: z.string(),
    comparator: z.enum(["GTE", "GT", "LTE", "LT", "EQ", "RANGE"]),
    value: decimal.nullable(),
    valueHigh: decimal.optional(),
    unit: z.string(),
    deadlineYear: z.number().int(),
    deadlineDate: z.iso.date().optional(),
    kind: z.enum(["COUNT", "CEILING", "SHARE", "YEARLY_QUOTA", "GROWTH_RATE", "RATIO", "MILESTONE"]),
    baselineValue: decimal.optional(),
    baselineYear: z.number().int().optional(),
    scope: z.string(),
    scopeRegionCode: z.string().optional(),
    scopeHospitalCode: z.string().optional(),
    aggregation: z.enum(["SUM", "LEAD_UNIT", "LATEST"]).optional(),
    /** Lead unit first. Defaults to the task's units when omitted. */
    units: z.array(ZUnitRef).optional(),
    /** Hospitals that report on it (default assignments). */
    hospitalCodes: z.array(z.string()).default([]),
    source: ZCitation,
    /** Every other place the same commitment appears. */
    alsoIn: z.array(ZCitation).default([]),
    /** How the quote's wording maps to the value when the digits are not in it (三分之二 → 66.67). */
    valueWording: z.string().optional(),
    /** How an ambiguous sentence was read. */
    decision: z.string().optional(),
  })
  .superRefine((t, ctx) => {
    if (t.kind === "MILESTONE" ? t.value !== null : t.value === null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "里程碑类目标不设数值，其余目标必须有数值" });
    }
    if ((t.comparator === "RANGE") !== (t.valueHigh !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "区间目标必须且只有区间目标有上限值" });
    }
  });

export const ZBaselineSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  metric: z.string(),
  value: decimal,
  unit: z.string(),
  year: z.number().int(),
  scope: z.string(),
  source: ZCitation,
});

export const ZDimensionSeed = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  name: z.string(),
  description: z.string(),
  source: ZCitation,
});

/** One part of a plan's data; a plan may be assembled from several parts (one per attachment). */
export const ZPlanPart = z.object({
  units: z.array(ZUnitSeed).default([]),
  hospitals: z.array(ZHospitalSeed).default([]),
  specialties: z.array(ZSpecialtySeed).default([]),
  designations: z.array(ZDesignationSeed).default([]),
  tasks: z.array(ZTaskSeed).default([]),
  targets: z.array(ZTargetSeed).default([]),
  baselines: z.array(ZBaselineSeed).default([]),
  dimensions: z.array(ZDimensionSeed).default([]),
});

export const ZPlanBundle = z.object({
  plan: ZPlanSeed,
  sections: z.array(ZSectionSeed),
  parts: z.array(ZPlanPart),
});

export type TPlanPartInput = z.input<typeof ZPlanPart>;
export type TPlanBundleInput = z.input<typeof ZPlanBundle>;
export type TPlanBundle = z.output<typeof ZPlanBundle>;
export type TRegionSeed = z.infer<typeof ZRegionSeed>;
