"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { setTaskUnits } from "../../dal/manage/task-units";
import { createTask, setTaskArchived, updateTask } from "../../dal/manage/tasks";
import { m } from "../../i18n";
import { taskUnitsSignature, ZTaskCreate, ZTaskUnitsSet, ZTaskUpdate } from "../../validation/tasks";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";
import { lifecycleAction, savedState } from "./lifecycle";

const k = m.manage.tasks;

/** On success, on to the new task's page: its units and targets come next. */
export async function createTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZTaskCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  let id: string;
  try {
    id = await createTask(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  redirect(`/manage/plans/${parsed.data.planId}/tasks/${id}?created=1`);
}

export async function updateTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZTaskUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    return savedState(k.saved, await updateTask(user, parsed.data));
  } catch (e) {
    return failureState(e);
  }
}

/** The units editor: the whole set in order, replacing the stored one. */
export async function setTaskUnitsAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZTaskUnitsSet.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    await setTaskUnits(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: m.manage.taskUnits.saved, token: taskUnitsSignature(parsed.data.units) };
}

export async function archiveTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setTaskArchived(user, id, true), m.manage.common.saved);
}

export async function restoreTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setTaskArchived(user, id, false), m.manage.restore.done);
}
