"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { archiveHospital, createHospital, updateHospital } from "../../dal/manage/hospitals";
import { m } from "../../i18n";
import { ZHospitalCreate, ZHospitalUpdate } from "../../validation/hospitals";
import { ZRecordId } from "../../validation/target-edit";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";

/** /manage/hospitals/new: on success, on to the new hospital's page. */
export async function createHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZHospitalCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  let id: string;
  try {
    id = await createHospital(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/manage/hospitals");
  redirect(`/manage/hospitals/${id}?created=1`);
}

export async function updateHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZHospitalUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    await updateHospital(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/manage/hospitals", "layout");
  return { ok: true, message: m.manage.common.saved };
}

/** Asked for confirmation first, in the page. */
export async function archiveHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZRecordId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.manage.common.genericError };
  const user = await requireUser();
  try {
    await archiveHospital(user, parsed.data.id);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/manage/hospitals", "layout");
  redirect("/manage/hospitals");
}
