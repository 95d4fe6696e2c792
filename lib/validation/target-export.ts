import { z } from "zod";
import { TARGET_EXPORT_FORMATS } from "../export/targets";
import { m } from "../i18n";

export const ZTargetExportFormat = z.enum(TARGET_EXPORT_FORMATS, { error: m.targetExport.invalidFormat });

/** Plan codes as seed/schema.ts defines them (WZ-2023-80). */
export const ZPlanCode = z.string().trim().regex(/^[A-Z0-9-]{1,40}$/, m.targetExport.invalidPlanCode);

/** GET /api/targets/export?format=xlsx|csv|json[&plan=CODE]; Excel unless asked otherwise. */
export const ZTargetExportQuery = z.object({
  format: ZTargetExportFormat.default("xlsx"),
  plan: ZPlanCode.optional(),
});

export type TTargetExportQuery = z.infer<typeof ZTargetExportQuery>;

/** `npm run export:targets -- --format … --out … [--plan …]` (scripts/export-targets.ts). */
export const ZTargetExportCommand = z.object({
  format: z.unknown().refine((v) => v !== undefined && v !== true, m.targetExport.cli.missingFormat).pipe(ZTargetExportFormat),
  out: z.string({ error: m.targetExport.cli.missingOut }).trim().min(1, m.targetExport.cli.missingOut),
  plan: ZPlanCode.optional(),
});

export type TTargetExportCommand = z.infer<typeof ZTargetExportCommand>;
