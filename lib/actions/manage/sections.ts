"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { createSection, setSectionArchived, updateSection } from "../../dal/manage/sections";
import { m } from "../../i18n";
import { ZSectionCreate, ZSectionUpdate } from "../../validation/sections";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";
import { lifecycleAction, savedState } from "./lifecycle";

const s = m.manage.sections;

export async function createSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZSectionCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  let id: string;
  try {
    id = await createSection(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  redirect(`/manage/plans/${parsed.data.planId}/sections/${id}?created=1`);
}

export async function updateSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZSectionUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    return savedState(s.saved, await updateSection(user, parsed.data));
  } catch (e) {
    return failureState(e);
  }
}

export async function archiveSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setSectionArchived(user, id, true), m.manage.common.saved);
}

export async function restoreSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setSectionArchived(user, id, false), m.manage.restore.done);
}
