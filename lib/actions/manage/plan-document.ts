"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { QuotesLostError, setPlanDocument } from "../../dal/manage/plan-document";
import { m } from "../../i18n";
import { decodePlanText, MAX_PLAN_TEXT_BYTES } from "../../import/plan-text";
import { ZPlanDocument } from "../../validation/plan-document";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";

const d = m.manage.planDocument;

/**
 * /manage/plans/[id], 规划原文: pasted text, or an uploaded .txt/.md file (which wins), decoded
 * from UTF-8 or GBK. A first entry without a name takes the uploaded file's name.
 */
export async function setPlanDocumentAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const { upload, ...fields } = Object.fromEntries(formData);
  const input: Record<string, unknown> = { ...fields };
  if (upload instanceof File && upload.size > 0) {
    const uploadError = (message: string): ManageFormState => ({ ok: false, fieldErrors: { upload: message }, formError: m.manage.common.errorSummary });
    if (upload.size > MAX_PLAN_TEXT_BYTES) return uploadError(d.uploadTooLarge);
    const decoded = decodePlanText(new Uint8Array(await upload.arrayBuffer()));
    if (!decoded.ok) return uploadError(d.uploadUnreadable);
    input.text = decoded.text;
    if (!String(fields.fileName ?? "").trim()) input.fileName = upload.name;
  }
  const parsed = ZPlanDocument.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    const saved = await setPlanDocument(user, parsed.data);
    revalidatePath("/", "layout");
    return { ok: true, message: d.saved(parsed.data.text.length.toLocaleString("zh-CN"), saved.relinked), token: saved.updatedAt.toISOString() };
  } catch (e) {
    if (e instanceof QuotesLostError) return { ok: false, formError: e.message, problems: e.lost };
    return failureState(e);
  }
}
