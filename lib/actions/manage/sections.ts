"use server";

import { createSection, setSectionArchived, updateSection } from "../../dal/manage/sections";
import { m } from "../../i18n";
import { ZSectionCreate, ZSectionUpdate } from "../../validation/sections";
import type { ManageFormState } from "./form-state";
import { lifecycleAction } from "./lifecycle";
import { runCreate, runSave } from "./run";

const s = m.manage.sections;

export async function createSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runCreate(ZSectionCreate, formData, createSection, (id, input) => `/manage/plans/${input.planId}/sections/${id}`);
}

export async function updateSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return runSave(ZSectionUpdate, formData, updateSection, s.saved);
}

export async function archiveSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setSectionArchived(user, id, true), m.manage.common.saved);
}

export async function restoreSectionAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  return lifecycleAction(formData, (user, id) => setSectionArchived(user, id, false), m.manage.restore.done);
}
