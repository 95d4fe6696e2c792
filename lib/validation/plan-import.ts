import { z } from "zod";
import { ZId } from "./manage-fields";
import { ZPlanCreate, type TPlanCreate } from "./plans";

/** The plan's own facts, typed into the form next to the uploaded workbook: the same as a new plan's. */
export const ZPlanImportFields = ZPlanCreate;
export type TPlanImportFields = TPlanCreate;

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Importing into a plan that exists (/manage/import?plan=…): only which plan. */
export const ZPlanImportInto = z.object({ planId: ZId });
