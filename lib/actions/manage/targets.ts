"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { archiveAssignment, createAssignment } from "../../dal/manage/assignments";
import { createTarget } from "../../dal/manage/target-create";
import { archiveTarget, restoreTarget, updateTarget } from "../../dal/manage/targets";
import { m } from "../../i18n";
import { ZAssignmentCreate, ZRecordId, ZTargetCreate, ZTargetUpdate } from "../../validation/target-edit";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";
import { lifecycleAction } from "./lifecycle";

const refresh = (targetId: string) => {
  revalidatePath(`/manage/targets/${targetId}`);
  revalidatePath(`/targets/${targetId}`);
};

/** /manage/targets/[id]: every field; a revision needs a reason; a stale version is refused. */
export async function updateTargetAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZTargetUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    const { version, revised } = await updateTarget(user, parsed.data);
    refresh(parsed.data.id);
    return { ok: true, version, message: revised ? m.manage.target.revised(version) : m.manage.target.saved };
  } catch (e) {
    return failureState(e);
  }
}

/** /manage/targets/new?task=…: on success, on to the new target's page to choose who reports on it. */
export async function createTargetAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZTargetCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  let id: string;
  try {
    id = await createTarget(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  redirect(`/manage/targets/${id}?created=1`);
}

/** From the task's maintenance page, where archived targets are listed. */
export async function restoreTargetAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, restoreTarget, m.manage.newTarget.restored);
}

/** Back to the target's task, where archived targets are listed and can be restored. */
export async function archiveTargetAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZRecordId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.manage.common.genericError };
  const user = await requireUser();
  let home: { planId: string; taskId: string };
  try {
    home = await archiveTarget(user, parsed.data.id);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  redirect(`/manage/plans/${home.planId}/tasks/${home.taskId}`);
}

export async function createAssignmentAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZAssignmentCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const user = await requireUser();
  try {
    await createAssignment(user, parsed.data);
  } catch (e) {
    return failureState(e);
  }
  refresh(parsed.data.targetId);
  return { ok: true, message: m.manage.assignments.added };
}

export async function archiveAssignmentAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const parsed = ZRecordId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.manage.common.genericError };
  const user = await requireUser();
  try {
    const { targetId } = await archiveAssignment(user, parsed.data.id);
    refresh(targetId);
  } catch (e) {
    return failureState(e);
  }
  return { ok: true, message: m.manage.assignments.removed };
}
