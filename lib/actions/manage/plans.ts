"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { createPlan, setPlanArchived, updatePlan } from "../../dal/manage/plans";
import { m } from "../../i18n";
import { ZPlanCreate, ZPlanUpdate } from "../../validation/plans";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";
import { lifecycleAction, savedState } from "./lifecycle";

const p = m.manage.plans;

/** /manage/plans/new: on success, on to the new plan's maintenance page to add its sections and tasks. */
export async function createPlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZPlanCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  let id: string;
  try {
    id = await createPlan(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  redirect(`/manage/plans/${id}?created=1`);
}

export async function updatePlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZPlanUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    return savedState(p.saved, await updatePlan(user, parsed.data));
  } catch (e) {
    return failureState(e);
  }
}

export async function archivePlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setPlanArchived(user, id, true), m.manage.common.saved);
}

export async function restorePlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setPlanArchived(user, id, false), m.manage.restore.done);
}
