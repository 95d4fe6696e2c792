"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { archiveHospital, createHospital, restoreHospital, updateHospital } from "../../dal/manage/hospitals";
import { m } from "../../i18n";
import { ZHospitalCreate, ZHospitalUpdate } from "../../validation/hospitals";
import type { ManageFormState } from "./form-state";
import { runArchiveToggle, runCreate, runRecordWrite, runSave } from "./run";

/** /manage/hospitals/new: on success, on to the new hospital's page. */
export async function createHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZHospitalCreate, formData, createHospital, (id) => `/manage/hospitals/${id}`);
}

/** The form carries the updatedAt it was loaded with: a save over somebody else's is refused. */
export async function updateHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZHospitalUpdate, formData, updateHospital);
}

/** Asked for confirmation first, in the page; then back to the list. */
export async function archiveHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const outcome = await runRecordWrite(formData, archiveHospital);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  redirect("/manage/hospitals");
}

export async function restoreHospitalAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runArchiveToggle(formData, restoreHospital, m.manage.records.restored);
}
