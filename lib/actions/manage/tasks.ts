"use server";

import { revalidatePath } from "next/cache";
import { setTaskUnits } from "../../dal/manage/task-units";
import { createTask, setTaskArchived, updateTask } from "../../dal/manage/tasks";
import { m } from "../../i18n";
import { taskUnitsSignature, ZTaskCreate, ZTaskUnitsSet, ZTaskUpdate } from "../../validation/tasks";
import type { ManageFormState } from "./form-state";
import { lifecycleAction } from "./lifecycle";
import { runCreate, runFormWrite, runSave } from "./run";

const k = m.manage.tasks;

/** On success, on to the new task's page: its units and targets come next. */
export async function createTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZTaskCreate, formData, createTask, (id, input) => `/manage/plans/${input.planId}/tasks/${id}`);
}

export async function updateTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZTaskUpdate, formData, updateTask, k.saved);
}

/** The units editor: the whole set in order, replacing the stored one. */
export async function setTaskUnitsAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const outcome = await runFormWrite(ZTaskUnitsSet, formData, setTaskUnits);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  return { ok: true, message: m.manage.taskUnits.saved, token: taskUnitsSignature(outcome.input.units) };
}

export async function archiveTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setTaskArchived(user, id, true), m.manage.common.saved);
}

export async function restoreTaskAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setTaskArchived(user, id, false), m.manage.restore.done);
}
