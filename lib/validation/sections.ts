import { z } from "zod";
import { optionalId, optionalSourceFile, optionalWhole, recordCode, requiredText, ZId, ZLoadedAt } from "./manage-fields";

/** A plan's attachment or chapter (正文 BODY, 附件1 A1, 第三章 CH3). */
const ZSectionFields = z.object({
  code: recordCode(32).transform((s) => s.toUpperCase()),
  title: requiredText(200),
  parentId: optionalId,
  /** Empty: after the plan's last section. */
  sortOrder: optionalWhole,
  sourceFile: optionalSourceFile,
});

export const ZSectionCreate = ZSectionFields.extend({ planId: ZId });
export type TSectionCreate = z.infer<typeof ZSectionCreate>;

export const ZSectionUpdate = ZSectionFields.extend({ id: ZId, updatedAt: ZLoadedAt });
export type TSectionUpdate = z.infer<typeof ZSectionUpdate>;
